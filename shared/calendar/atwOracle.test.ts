import { describe, expect, it } from 'vitest';
import { oracleEaster, oracleEndOfTerm, oracleHolidays, oracleWorkingDaysBetween } from './atwOracle.testing';

// The oracle is only worth something if it is right on its own: checked here against published
// facts, never against atw.ts.
describe('the test-only Atw oracle', () => {
  it.each([
    [1981, '1981-04-19'], // Gauss's exception: d = 29, e = 6
    [1954, '1954-04-18'], // Gauss's exception: d = 28, e = 6 (outside the range for holidays, Easter only)
    [2000, '2000-04-23'],
    [2008, '2008-03-23'],
    [2011, '2011-04-24'],
    [2019, '2019-04-21'],
    [2024, '2024-03-31'],
    [2026, '2026-04-05'],
    [2038, '2038-04-25'],
    [2049, '2049-04-18'], // Gauss's exception: d = 28, e = 6
    [2285, '2285-03-22'],
  ])('Easter %i is %s (published tables)', (year, expected) => {
    expect(oracleEaster(year)).toBe(expected);
  });

  it('lists the Atw days of 2026, 2025 (Koningsdag on Saturday), 2016 (Ascension on 5 May) and 2006 (Koninginnedag on Saturday)', () => {
    expect(oracleHolidays(2026)).toEqual(['2026-01-01', '2026-04-03', '2026-04-06', '2026-04-27', '2026-05-05', '2026-05-14', '2026-05-25', '2026-12-25', '2026-12-26']);
    expect(oracleHolidays(2025)).toContain('2025-04-26');
    expect(oracleHolidays(2016).filter((d) => d === '2016-05-05')).toHaveLength(1);
    expect(oracleHolidays(2016)).toHaveLength(8);
    expect(oracleHolidays(2006)).toContain('2006-04-29');
    expect(() => oracleHolidays(1979)).toThrow(RangeError);
  });

  it('ends a term on the next working day and counts working days one by one', () => {
    expect(oracleEndOfTerm('2038-04-23')).toBe('2038-04-28'); // Good Friday → Wed after Koningsdag
    expect(oracleEndOfTerm('2022-05-26', ['2022-05-27'])).toBe('2022-05-30');
    expect(oracleWorkingDaysBetween('2025-04-17', '2025-04-22')).toBe(1);
    expect(oracleWorkingDaysBetween('2026-03-25', '2026-04-20')).toBe(16);
  });
});
