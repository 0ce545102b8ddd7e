/**
 * Algemene termijnenwet (Atw): which days a statutory term may not end on.
 *
 * The list is the Atw's own (art. 3), not a generic "Dutch public holidays" list: those get it
 * wrong for terms (5 May only every fifth year, Good Friday missing, Easter Sunday included).
 */
import type { IsoDate } from './isoDate';
import { addDays, dayOfWeek, fromDayNumber, isIsoDate, makeIsoDate, toDayNumber, yearOf } from './isoDate';

export type AtwHolidayKind =
  | 'nieuwjaarsdag'
  | 'goede-vrijdag'
  | 'tweede-paasdag'
  | 'koningsdag'
  | 'bevrijdingsdag'
  | 'hemelvaartsdag'
  | 'tweede-pinksterdag'
  | 'eerste-kerstdag'
  | 'tweede-kerstdag'
  | 'koninklijk-besluit';

export interface AtwHoliday {
  date: IsoDate;
  kind: AtwHolidayKind;
  /** Dutch name for display and for explanations. */
  name: string;
  /** Where the Atw recognises the day. */
  basis: 'Atw art. 3 lid 1' | 'Atw art. 3 lid 2' | 'Atw art. 3 lid 3';
}

/**
 * The King's-birthday rule below is only known to be right from 1980 (Koninginnedag 30 April,
 * Saturday 29 April when the 30th was a Sunday; Koningsdag from 2014). Earlier years had other
 * rules, and a silently wrong holiday would silently shift a deadline, so they are refused.
 */
export const ATW_FIRST_YEAR = 1980;
export const ATW_LAST_YEAR = 9999;

function requireSupportedYear(year: number): void {
  if (!Number.isInteger(year) || year < ATW_FIRST_YEAR || year > ATW_LAST_YEAR) {
    throw new RangeError(`Atw holidays are only known for ${ATW_FIRST_YEAR}–${ATW_LAST_YEAR}, not ${year}`);
  }
}

/** Easter Sunday (Gregorian), by the anonymous Meeus/Jones/Butcher algorithm. */
export function easterSunday(year: number): IsoDate {
  if (!Number.isInteger(year) || year < 1583 || year > 9999) {
    throw new RangeError(`Gregorian Easter is only defined here for 1583–9999, not ${year}`);
  }
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return makeIsoDate(year, month, day);
}

function kingsDay(year: number): { date: IsoDate; name: string } {
  if (year >= 2014) {
    // Koningsdag: 27 April, moved back to Saturday the 26th when the 27th is a Sunday.
    const date = makeIsoDate(year, 4, 27);
    return { date: dayOfWeek(date) === 0 ? makeIsoDate(year, 4, 26) : date, name: 'Koningsdag' };
  }
  const date = makeIsoDate(year, 4, 30);
  return { date: dayOfWeek(date) === 0 ? makeIsoDate(year, 4, 29) : date, name: 'Koninginnedag' };
}

const statutoryCache = new Map<number, readonly AtwHoliday[]>();

function statutoryHolidays(year: number): readonly AtwHoliday[] {
  const cached = statutoryCache.get(year);
  if (cached) return cached;
  requireSupportedYear(year);
  const easter = easterSunday(year);
  const king = kingsDay(year);
  const lid1 = 'Atw art. 3 lid 1' as const;
  const list: AtwHoliday[] = [
    { date: makeIsoDate(year, 1, 1), kind: 'nieuwjaarsdag', name: 'Nieuwjaarsdag', basis: lid1 },
    { date: addDays(easter, -2), kind: 'goede-vrijdag', name: 'Goede Vrijdag', basis: 'Atw art. 3 lid 2' },
    { date: addDays(easter, 1), kind: 'tweede-paasdag', name: 'Tweede Paasdag', basis: lid1 },
    { date: king.date, kind: 'koningsdag', name: king.name, basis: lid1 },
    // 5 May is in the Atw list every year, not only in the lustrum years when it is a day off.
    { date: makeIsoDate(year, 5, 5), kind: 'bevrijdingsdag', name: 'Bevrijdingsdag', basis: lid1 },
    { date: addDays(easter, 39), kind: 'hemelvaartsdag', name: 'Hemelvaartsdag', basis: lid1 },
    { date: addDays(easter, 50), kind: 'tweede-pinksterdag', name: 'Tweede Pinksterdag', basis: lid1 },
    { date: makeIsoDate(year, 12, 25), kind: 'eerste-kerstdag', name: 'Eerste Kerstdag', basis: lid1 },
    { date: makeIsoDate(year, 12, 26), kind: 'tweede-kerstdag', name: 'Tweede Kerstdag', basis: lid1 },
  ];
  // Ascension Day can fall on 5 May (2016); both entries stay so each name can be shown.
  list.sort((x, y) => toDayNumber(x.date) - toDayNumber(y.date));
  const frozen = Object.freeze(list.map((h) => Object.freeze(h)));
  statutoryCache.set(year, frozen);
  return frozen;
}

function requireExtras(extraHolidays: readonly IsoDate[]): void {
  extraHolidays.forEach((date, index) => {
    if (!isIsoDate(date)) {
      throw new RangeError(`extraHolidays[${index}] is not a valid date (YYYY-MM-DD): ${JSON.stringify(date)}`);
    }
  });
}

/**
 * The days of `year` on which an Atw term cannot end, besides Saturdays and Sundays, sorted by date.
 * `extraHolidays` are days equated by Royal Decree (art. 3 lid 3); only those in `year` are listed,
 * and one that coincides with a statutory holiday adds nothing.
 */
export function atwHolidays(year: number, extraHolidays: readonly IsoDate[] = []): AtwHoliday[] {
  requireExtras(extraHolidays);
  const statutory = statutoryHolidays(year);
  const taken = new Set(statutory.map((h) => h.date));
  const extras: AtwHoliday[] = [];
  for (const date of extraHolidays) {
    if (yearOf(date) !== year || taken.has(date)) continue;
    taken.add(date);
    extras.push({
      date,
      kind: 'koninklijk-besluit',
      name: 'Bij koninklijk besluit gelijkgestelde dag',
      basis: 'Atw art. 3 lid 3',
    });
  }
  return [...statutory, ...extras].sort((x, y) => toDayNumber(x.date) - toDayNumber(y.date));
}

/** The holiday (first one, if two share the date) on `date`, or undefined. */
export function atwHolidayOn(date: IsoDate, extraHolidays: readonly IsoDate[] = []): AtwHoliday | undefined {
  return atwHolidays(yearOf(date), extraHolidays).find((h) => h.date === date);
}

export function isAtwHoliday(date: IsoDate, extraHolidays: readonly IsoDate[] = []): boolean {
  return atwHolidayOn(date, extraHolidays) !== undefined;
}

/**
 * A checker that validates the extra days once, for loops that test many consecutive days.
 * Compares day numbers so that any valid spelling of a date matches.
 */
function nonWorkingDayChecker(extraHolidays: readonly IsoDate[]): (dayNumber: number) => boolean {
  requireExtras(extraHolidays);
  const extra = new Set(extraHolidays.map(toDayNumber));
  const statutoryByYear = new Map<number, Set<number>>();
  return (dayNumber) => {
    const dow = (((dayNumber + 4) % 7) + 7) % 7;
    if (dow === 0 || dow === 6) return true;
    if (extra.has(dayNumber)) return true;
    const year = yearOf(fromDayNumber(dayNumber));
    let days = statutoryByYear.get(year);
    if (!days) {
      days = new Set(statutoryHolidays(year).map((h) => toDayNumber(h.date)));
      statutoryByYear.set(year, days);
    }
    return days.has(dayNumber);
  };
}

/** Saturday, Sunday, or a day recognised or equated as a holiday by the Atw. */
export function isAtwNonWorkingDay(date: IsoDate, extraHolidays: readonly IsoDate[] = []): boolean {
  return nonWorkingDayChecker(extraHolidays)(toDayNumber(date));
}

/** The first working day strictly after `date` (the next business day). */
export function nextAtwWorkingDay(date: IsoDate, extraHolidays: readonly IsoDate[] = []): IsoDate {
  const isOff = nonWorkingDayChecker(extraHolidays);
  let n = toDayNumber(date) + 1;
  while (isOff(n)) n += 1;
  return fromDayNumber(n);
}

/**
 * Atw art. 1: the day a term that would end on `end` actually ends: `end` itself when it is a
 * working day, otherwise the next day that is no Saturday, Sunday or holiday.
 */
export function atwEndOfTerm(end: IsoDate, extraHolidays: readonly IsoDate[] = []): IsoDate {
  const isOff = nonWorkingDayChecker(extraHolidays);
  let n = toDayNumber(end);
  while (isOff(n)) n += 1;
  return fromDayNumber(n);
}

/**
 * Working days after `from` up to and including `to`: "how many working days are left" when
 * `from` is today and `to` the deadline. Negative (the same count, mirrored) when `to` is before
 * `from`, so an overdue deadline reads as working days overdue.
 */
export function countWorkingDays(from: IsoDate, to: IsoDate, extraHolidays: readonly IsoDate[] = []): number {
  const isOff = nonWorkingDayChecker(extraHolidays);
  const a = toDayNumber(from);
  const b = toDayNumber(to);
  const [lo, hi, sign] = a <= b ? [a, b, 1] : [b, a, -1];
  let count = 0;
  for (let n = lo + 1; n <= hi; n += 1) if (!isOff(n)) count += 1;
  return count === 0 ? 0 : sign * count;
}
