import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  addDays,
  addMonthsClamped,
  compareIsoDates,
  dayOfWeek,
  daysInMonth,
  diffDays,
  fromDayNumber,
  isIsoDate,
  isWeekend,
  makeIsoDate,
  parseIsoDate,
  toDayNumber,
} from './isoDate';

// Date.UTC is a trustworthy independent oracle for years 100 and later.
const utcDayNumber = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d) / 86_400_000;
const dayNumberArb = fc.integer({ min: utcDayNumber(1800, 1, 1), max: utcDayNumber(2400, 12, 31) });

describe('parseIsoDate / isIsoDate', () => {
  it.each(['2025-06-03', '2024-02-29', '2000-02-29', '1999-12-31', '0001-01-01', '9999-12-31'])('accepts %s', (s) => {
    expect(isIsoDate(s)).toBe(true);
  });

  it.each([
    '2025-02-30', // no such day
    '2025-02-29', // not a leap year
    '1900-02-29', // century, not a leap year
    '2025-04-31',
    '2025-13-01',
    '2025-00-10',
    '2025-01-00',
    '2025-1-5', // unpadded
    '25-01-05',
    '2025/01/05',
    '2025-01-05T00:00:00Z', // a timestamp is not a calendar date
    ' 2025-01-05',
    '',
    '२०२५-०१-०५', // non-ASCII digits
  ])('rejects %j', (s) => {
    expect(isIsoDate(s)).toBe(false);
    expect(parseIsoDate(s)).toBeNull();
  });

  it('rejects non-strings', () => {
    for (const v of [undefined, null, 20250603, new Date(), ['2025-06-03']]) expect(isIsoDate(v)).toBe(false);
  });

  it('returns the parts', () => {
    expect(parseIsoDate('2025-06-03')).toEqual({ year: 2025, month: 6, day: 3 });
  });
});

describe('makeIsoDate', () => {
  it('pads and validates', () => {
    expect(makeIsoDate(2025, 1, 5)).toBe('2025-01-05');
    expect(makeIsoDate(33, 4, 3)).toBe('0033-04-03');
    expect(() => makeIsoDate(2025, 2, 29)).toThrow(RangeError);
    expect(() => makeIsoDate(10000, 1, 1)).toThrow(RangeError);
  });

  it('knows month lengths', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((m) => daysInMonth(2025, m))).toEqual([
      31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31,
    ]);
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(2000, 2)).toBe(29);
    expect(daysInMonth(2100, 2)).toBe(28);
  });
});

describe('day arithmetic', () => {
  it('adds days across month, year and leap-day boundaries', () => {
    expect(addDays('2025-06-03', 28)).toBe('2025-07-01');
    expect(addDays('2024-12-04', 28)).toBe('2025-01-01');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2025-02-28', 1)).toBe('2025-03-01');
    expect(addDays('2025-01-01', -1)).toBe('2024-12-31');
    expect(addDays('2025-06-03', 0)).toBe('2025-06-03');
  });

  it('diffDays is to − from', () => {
    expect(diffDays('2025-06-10', '2025-06-17')).toBe(7);
    expect(diffDays('2025-06-17', '2025-06-10')).toBe(-7);
    expect(diffDays('2024-01-01', '2025-01-01')).toBe(366);
  });

  it('knows weekdays (0 = Sunday)', () => {
    expect(dayOfWeek('1970-01-01')).toBe(4);
    expect(dayOfWeek('2025-06-03')).toBe(2);
    expect(dayOfWeek('2025-06-01')).toBe(0);
    expect(dayOfWeek('2000-01-01')).toBe(6);
    expect(dayOfWeek('1969-12-31')).toBe(3);
    expect(isWeekend('2025-04-26')).toBe(true);
    expect(isWeekend('2025-04-28')).toBe(false);
  });

  it('compares', () => {
    expect(compareIsoDates('2025-06-03', '2025-06-04')).toBe(-1);
    expect(compareIsoDates('2025-06-04', '2025-06-04')).toBe(0);
    expect(compareIsoDates('2026-01-01', '2025-12-31')).toBe(1);
    expect(['2025-12-31', '2025-01-02', '2024-06-30'].sort(compareIsoDates)).toEqual([
      '2024-06-30',
      '2025-01-02',
      '2025-12-31',
    ]);
  });

  it('throws on invalid dates instead of guessing', () => {
    expect(() => addDays('2025-02-30', 1)).toThrow(RangeError);
    expect(() => diffDays('2025-1-5', '2025-01-06')).toThrow(RangeError);
    expect(() => addDays('2025-01-01', 0.5)).toThrow(RangeError);
    expect(() => addDays('9999-12-31', 1)).toThrow(RangeError);
  });

  it('day numbers agree with Date.UTC and round-trip', () => {
    fc.assert(
      fc.property(dayNumberArb, (n) => {
        const date = fromDayNumber(n);
        const js = new Date(n * 86_400_000);
        expect(date).toBe(js.toISOString().slice(0, 10));
        expect(toDayNumber(date)).toBe(n);
        expect(dayOfWeek(date)).toBe(js.getUTCDay());
      }),
    );
  });

  it('addDays and diffDays are inverse', () => {
    fc.assert(
      fc.property(dayNumberArb, fc.integer({ min: -5000, max: 5000 }), (n, k) => {
        const date = fromDayNumber(n);
        expect(diffDays(date, addDays(date, k))).toBe(k);
        expect(compareIsoDates(date, addDays(date, k))).toBe(Math.sign(-k) || 0);
      }),
    );
  });
});

describe('addMonthsClamped', () => {
  it.each([
    ['2025-01-15', 1, '2025-02-15', false],
    ['2025-01-31', 1, '2025-02-28', true],
    ['2024-01-31', 1, '2024-02-29', true],
    ['2025-01-29', 1, '2025-02-28', true],
    ['2025-01-28', 1, '2025-02-28', false],
    ['2025-03-31', 1, '2025-04-30', true],
    ['2025-12-31', 1, '2026-01-31', false],
    ['2025-01-31', 3, '2025-04-30', true],
    ['2025-05-31', 3, '2025-08-31', false],
    ['2025-11-30', 3, '2026-02-28', true],
    ['2025-03-31', -1, '2025-02-28', true],
  ] as const)('%s + %i months = %s', (from, months, expected, clamped) => {
    expect(addMonthsClamped(from, months)).toEqual({ date: expected, clamped });
  });
});
