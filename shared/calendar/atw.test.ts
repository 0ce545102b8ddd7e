import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  atwEndOfTerm,
  atwHolidayOn,
  atwHolidays,
  countWorkingDays,
  easterSunday,
  isAtwHoliday,
  isAtwNonWorkingDay,
  nextAtwWorkingDay,
} from './atw';
import { addDays, dayOfWeek, diffDays, fromDayNumber, makeIsoDate, toDayNumber } from './isoDate';
import {
  ORACLE_FIRST_YEAR,
  ORACLE_LAST_YEAR,
  oracleAddDays,
  oracleEaster,
  oracleEndOfTerm,
  oracleHolidays,
  oracleIsNonWorkingDay,
  oracleWorkingDaysBetween,
} from './atwOracle.testing';

describe('easterSunday (Meeus/Jones/Butcher)', () => {
  // Published Gregorian Easter dates, including the extremes 22 March and 25 April.
  it.each([
    [2000, '2000-04-23'],
    [2008, '2008-03-23'],
    [2011, '2011-04-24'],
    [2019, '2019-04-21'],
    [2022, '2022-04-17'],
    [2024, '2024-03-31'],
    [2025, '2025-04-20'],
    [2026, '2026-04-05'],
    [2027, '2027-03-28'],
    [2028, '2028-04-16'],
    [2038, '2038-04-25'],
    [2285, '2285-03-22'],
  ])('%i → %s', (year, expected) => {
    expect(easterSunday(year)).toBe(expected);
  });

  it('is always a Sunday between 22 March and 25 April', () => {
    for (let year = 1600; year <= 3000; year += 1) {
      const easter = easterSunday(year);
      expect(dayOfWeek(easter)).toBe(0);
      expect(easter >= `${year}-03-22` && easter <= `${year}-04-25`).toBe(true);
    }
  });
});

describe('atwHolidays', () => {
  // Hand-written from the Atw art. 3 list; Easter 2025 = 20 Apr, 2026 = 5 Apr, 2027 = 28 Mar, 2028 = 16 Apr.
  const table: Record<number, [string, string][]> = {
    2025: [
      ['2025-01-01', 'nieuwjaarsdag'],
      ['2025-04-18', 'goede-vrijdag'],
      ['2025-04-21', 'tweede-paasdag'],
      ['2025-04-26', 'koningsdag'], // 27 April 2025 is a Sunday
      ['2025-05-05', 'bevrijdingsdag'],
      ['2025-05-29', 'hemelvaartsdag'],
      ['2025-06-09', 'tweede-pinksterdag'],
      ['2025-12-25', 'eerste-kerstdag'],
      ['2025-12-26', 'tweede-kerstdag'],
    ],
    2026: [
      ['2026-01-01', 'nieuwjaarsdag'],
      ['2026-04-03', 'goede-vrijdag'],
      ['2026-04-06', 'tweede-paasdag'],
      ['2026-04-27', 'koningsdag'],
      ['2026-05-05', 'bevrijdingsdag'],
      ['2026-05-14', 'hemelvaartsdag'],
      ['2026-05-25', 'tweede-pinksterdag'],
      ['2026-12-25', 'eerste-kerstdag'],
      ['2026-12-26', 'tweede-kerstdag'],
    ],
    2027: [
      ['2027-01-01', 'nieuwjaarsdag'],
      ['2027-03-26', 'goede-vrijdag'],
      ['2027-03-29', 'tweede-paasdag'],
      ['2027-04-27', 'koningsdag'],
      ['2027-05-05', 'bevrijdingsdag'],
      ['2027-05-06', 'hemelvaartsdag'],
      ['2027-05-17', 'tweede-pinksterdag'],
      ['2027-12-25', 'eerste-kerstdag'],
      ['2027-12-26', 'tweede-kerstdag'],
    ],
    2028: [
      ['2028-01-01', 'nieuwjaarsdag'],
      ['2028-04-14', 'goede-vrijdag'],
      ['2028-04-17', 'tweede-paasdag'],
      ['2028-04-27', 'koningsdag'],
      ['2028-05-05', 'bevrijdingsdag'],
      ['2028-05-25', 'hemelvaartsdag'],
      ['2028-06-05', 'tweede-pinksterdag'],
      ['2028-12-25', 'eerste-kerstdag'],
      ['2028-12-26', 'tweede-kerstdag'],
    ],
  };

  it.each([2025, 2026, 2027, 2028])('%i matches the hand-written table', (year) => {
    expect(atwHolidays(year).map((h) => [h.date, h.kind])).toEqual(table[year]);
  });

  it('names the legal basis: Goede Vrijdag is only equated (art. 3 lid 2)', () => {
    const goodFriday = atwHolidayOn('2025-04-18');
    expect(goodFriday).toMatchObject({ name: 'Goede Vrijdag', basis: 'Atw art. 3 lid 2' });
    expect(atwHolidayOn('2025-05-05')).toMatchObject({ name: 'Bevrijdingsdag', basis: 'Atw art. 3 lid 1' });
  });

  it('5 May is a holiday every year, not only in lustrum years', () => {
    for (let year = 2000; year <= 2100; year += 1) {
      expect(isAtwHoliday(makeIsoDate(year, 5, 5))).toBe(true);
      expect(atwHolidays(year).filter((h) => h.kind === 'bevrijdingsdag')).toHaveLength(1);
    }
  });

  it('has the nine statutory days every year, Good Friday on a Friday, King’s Day never on a Sunday', () => {
    for (let year = 1980; year <= 2200; year += 1) {
      const list = atwHolidays(year);
      expect(list).toHaveLength(9);
      const byKind = new Map(list.map((h) => [h.kind, h.date]));
      expect(dayOfWeek(byKind.get('goede-vrijdag') as string)).toBe(5);
      expect(dayOfWeek(byKind.get('koningsdag') as string)).not.toBe(0);
      // Easter Sunday and Whit Sunday are not in the Atw list (they are Sundays anyway).
      expect(isAtwHoliday(easterSunday(year))).toBe(false);
      expect(isAtwNonWorkingDay(easterSunday(year))).toBe(true);
      expect(isAtwNonWorkingDay(addDays(easterSunday(year), 49))).toBe(true);
    }
  });

  it('uses Koninginnedag (30 April, 29 April when a Sunday) before 2014 and refuses unknown years', () => {
    expect(atwHolidayOn('2006-04-29')?.name).toBe('Koninginnedag'); // 30 April 2006 was a Sunday
    expect(atwHolidayOn('2013-04-30')?.name).toBe('Koninginnedag');
    expect(isAtwHoliday('2013-04-27')).toBe(false);
    expect(atwHolidayOn('2014-04-26')?.name).toBe('Koningsdag'); // 27 April 2014 was a Sunday
    expect(() => atwHolidays(1979)).toThrow(RangeError);
  });

  it('keeps both names when Ascension Day falls on 5 May (2016)', () => {
    const on5May = atwHolidays(2016).filter((h) => h.date === '2016-05-05');
    expect(on5May.map((h) => h.kind).sort()).toEqual(['bevrijdingsdag', 'hemelvaartsdag']);
  });

  it('adds days equated by Royal Decree (art. 3 lid 3) to their own year only', () => {
    const extra = ['2022-05-27', '2023-01-02'];
    const list2022 = atwHolidays(2022, extra);
    expect(list2022).toHaveLength(10);
    expect(list2022.find((h) => h.date === '2022-05-27')).toMatchObject({
      kind: 'koninklijk-besluit',
      basis: 'Atw art. 3 lid 3',
    });
    expect(atwHolidays(2023, extra).map((h) => h.date)).toContain('2023-01-02');
    expect(atwHolidays(2021, extra)).toHaveLength(9);
    expect(isAtwHoliday('2022-05-27')).toBe(false);
    expect(isAtwHoliday('2022-05-27', extra)).toBe(true);
  });

  it('ignores an extra day that is already a holiday, and rejects malformed extra days', () => {
    expect(atwHolidays(2025, ['2025-12-25'])).toHaveLength(9);
    expect(() => atwHolidays(2025, ['2025-02-30'])).toThrow(/extraHolidays\[0\]/);
    expect(() => isAtwNonWorkingDay('2025-06-03', ['27-05-2022'])).toThrow(RangeError);
  });

  it('returns a fresh array that callers may change', () => {
    const list = atwHolidays(2025);
    list.pop();
    expect(atwHolidays(2025)).toHaveLength(9);
  });
});

describe('working days', () => {
  it('isAtwNonWorkingDay covers weekends and holidays', () => {
    expect(isAtwNonWorkingDay('2025-06-07')).toBe(true); // Saturday
    expect(isAtwNonWorkingDay('2025-06-08')).toBe(true); // Sunday
    expect(isAtwNonWorkingDay('2025-06-09')).toBe(true); // Tweede Pinksterdag
    expect(isAtwNonWorkingDay('2025-06-10')).toBe(false);
    expect(isAtwNonWorkingDay('2027-04-27')).toBe(true); // Koningsdag on a Tuesday
    expect(isAtwNonWorkingDay('2025-04-27')).toBe(true); // Sunday, but not Koningsdag that year
    expect(isAtwNonWorkingDay('2025-04-28')).toBe(false);
  });

  it('nextAtwWorkingDay is strictly after; atwEndOfTerm (art. 1) keeps a working day', () => {
    expect(nextAtwWorkingDay('2025-06-03')).toBe('2025-06-04');
    expect(nextAtwWorkingDay('2025-04-17')).toBe('2025-04-22'); // Thu → Good Friday, weekend, Easter Monday
    expect(atwEndOfTerm('2025-06-03')).toBe('2025-06-03');
    expect(atwEndOfTerm('2025-04-18')).toBe('2025-04-22');
    expect(atwEndOfTerm('2022-05-26', ['2022-05-27'])).toBe('2022-05-30');
    expect(atwEndOfTerm('2025-12-31')).toBe('2025-12-31');
    expect(atwEndOfTerm('2027-12-31')).toBe('2027-12-31');
    expect(atwEndOfTerm('2028-01-01')).toBe('2028-01-03');
  });

  it('counts working days after `from` up to and including `to`', () => {
    expect(countWorkingDays('2025-06-02', '2025-06-06')).toBe(4); // Mon → Fri
    expect(countWorkingDays('2025-06-03', '2025-06-03')).toBe(0);
    expect(countWorkingDays('2025-04-17', '2025-04-22')).toBe(1); // only Tuesday 22 April
    expect(countWorkingDays('2025-06-06', '2025-06-13')).toBe(4); // Whit Monday skipped
    expect(countWorkingDays('2022-05-25', '2022-05-30', ['2022-05-27'])).toBe(1);
    expect(countWorkingDays('2025-06-06', '2025-06-02')).toBe(-4);
    expect(Object.is(countWorkingDays('2025-06-09', '2025-06-07'), 0)).toBe(true); // no -0
  });

  const dateArb = fc
    .integer({ min: toDayNumber('1990-01-01'), max: toDayNumber('2099-12-31') })
    .map((n) => fromDayNumber(n));

  it('property: counting is additive and antisymmetric', () => {
    fc.assert(
      fc.property(dateArb, fc.integer({ min: 0, max: 400 }), fc.integer({ min: 0, max: 400 }), (a, x, y) => {
        const b = addDays(a, x);
        const c = addDays(b, y);
        expect(countWorkingDays(a, c)).toBe(countWorkingDays(a, b) + countWorkingDays(b, c));
        expect(countWorkingDays(c, a)).toBe(-countWorkingDays(a, c) || 0);
      }),
    );
  });

  it('property: atwEndOfTerm is the first working day on or after the date', () => {
    fc.assert(
      fc.property(dateArb, (date) => {
        const end = atwEndOfTerm(date);
        expect(isAtwNonWorkingDay(end)).toBe(false);
        for (let d = date; d < end; d = addDays(d, 1)) expect(isAtwNonWorkingDay(d)).toBe(true);
        expect(nextAtwWorkingDay(addDays(date, -1))).toBe(end);
      }),
    );
  });

  it('a term end moves at most 5 days, and 5 only from Good Friday when Easter is 25 April', () => {
    // Good Friday 23 April, weekend, Easter Monday 26 April, Koningsdag Tuesday 27 April (2038).
    expect(atwEndOfTerm('2038-04-23')).toBe('2038-04-28');
    for (let n = toDayNumber('1980-01-01'); n <= toDayNumber('2300-12-31'); n += 1) {
      const date = fromDayNumber(n);
      const shift = diffDays(date, atwEndOfTerm(date));
      if (shift > 4) {
        expect(shift).toBe(5);
        expect(atwHolidayOn(date)?.kind).toBe('goede-vrijdag');
        expect(easterSunday(Number(date.slice(0, 4)))).toBe(`${date.slice(0, 4)}-04-25`);
      }
    }
  });
});

// The independent oracle (atwOracle.testing.ts: Gauss's Easter, Date.UTC arithmetic, the art. 3
// list written from the law's text) against the production code, over the whole range it covers.
describe('atw.ts agrees with the independent Atw oracle', () => {
  const yearArb = fc.integer({ min: ORACLE_FIRST_YEAR, max: ORACLE_LAST_YEAR });
  const dayArb = fc
    .integer({ min: Date.UTC(ORACLE_FIRST_YEAR, 0, 1), max: Date.UTC(ORACLE_LAST_YEAR, 9, 31) })
    .map((ms) => new Date(ms - (ms % 86_400_000)).toISOString().slice(0, 10));
  // Days equated by Royal Decree: a few near the drawn day, so they matter.
  const extraArb = (day: string) => fc.array(fc.integer({ min: -3, max: 8 }).map((k) => oracleAddDays(day, k)), { maxLength: 3 });

  it('Easter Sunday is the same by Meeus/Jones/Butcher and by Gauss for every year 1583–4099', () => {
    for (let year = 1583; year <= 4099; year += 1) expect(easterSunday(year), String(year)).toBe(oracleEaster(year));
  });

  it('property: the holidays of a year are the oracle’s', () => {
    fc.assert(
      fc.property(yearArb, (year) => {
        expect([...new Set(atwHolidays(year).map((h) => h.date))]).toEqual(oracleHolidays(year));
      }),
      { numRuns: 300 },
    );
  });

  it('property: non-working day, end of term, next working day and working-day count match the oracle', () => {
    fc.assert(
      fc.property(
        dayArb.chain((day) => fc.tuple(fc.constant(day), extraArb(day), fc.nat({ max: 60 }))),
        ([day, extra, span]) => {
          expect(isAtwNonWorkingDay(day, extra)).toBe(oracleIsNonWorkingDay(day, extra));
          expect(atwEndOfTerm(day, extra)).toBe(oracleEndOfTerm(day, extra));
          expect(nextAtwWorkingDay(day, extra)).toBe(oracleEndOfTerm(oracleAddDays(day, 1), extra));
          const to = oracleAddDays(day, span);
          expect(countWorkingDays(day, to, extra)).toBe(oracleWorkingDaysBetween(day, to, extra));
        },
      ),
      { numRuns: 1000 },
    );
  });
});
