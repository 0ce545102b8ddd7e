/**
 * An independent Atw oracle, for tests only: which days a statutory term cannot end on, written
 * from the law's text (DOMAIN.md "Counting a term"; Atw art. 1 and 3) without importing anything
 * from atw.ts or isoDate.ts. Properties compare the production code against it, so a mistake must
 * be made twice, in two different ways, to go unnoticed:
 * - Easter by Gauss's algorithm (atw.ts uses Meeus/Jones/Butcher);
 * - date arithmetic and weekdays through `Date.UTC`/`getUTCDay` (isoDate.ts uses integer formulas);
 * - the holidays as a plain list of month/day offsets, rebuilt for every question (no cache).
 *
 * Valid for 1980–2299 (what the properties draw from). Not for production use.
 */

const DAY_MS = 86_400_000;
export const ORACLE_FIRST_YEAR = 1980;
export const ORACLE_LAST_YEAR = 2299;

function utc(year: number, month: number, day: number): number {
  return Date.UTC(year, month - 1, day);
}

function iso(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

function msOf(date: string): number {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new RangeError(`oracle: not a date ${JSON.stringify(date)}`);
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const ms = utc(y, m, d);
  if (iso(ms) !== date) throw new RangeError(`oracle: no such day ${date}`);
  return ms;
}

export function oracleAddDays(date: string, days: number): string {
  return iso(msOf(date) + days * DAY_MS);
}

/** Calendar days from `from` to `to` (negative when `to` is earlier). */
export function oracleDaysBetween(from: string, to: string): number {
  return Math.round((msOf(to) - msOf(from)) / DAY_MS);
}

/** 0 = Sunday … 6 = Saturday. */
export function oracleWeekday(date: string): number {
  return new Date(msOf(date)).getUTCDay();
}

/** Easter Sunday by Carl Friedrich Gauss's method (1816 form with the Gregorian corrections). */
export function oracleEaster(year: number): string {
  const a = year % 19;
  const b = year % 4;
  const c = year % 7;
  const k = Math.floor(year / 100);
  const p = Math.floor((13 + 8 * k) / 25);
  const q = Math.floor(k / 4);
  const M = (15 - p + k - q) % 30;
  const N = (4 + k - q) % 7;
  const d = (19 * a + M) % 30;
  const e = (2 * b + 4 * c + 6 * d + N) % 7;
  // Gauss's two exceptions: 26 April becomes 19 April; 25 April becomes 18 April in some years.
  if (d === 29 && e === 6) return iso(utc(year, 4, 19));
  if (d === 28 && e === 6 && (11 * M + 11) % 30 < 19) return iso(utc(year, 4, 18));
  return iso(utc(year, 3, 22 + d + e));
}

/**
 * The Atw art. 3 holidays of `year`, as dates (duplicates removed), sorted:
 * Nieuwjaarsdag, Goede Vrijdag (Easter − 2), Tweede Paasdag (Easter + 1), the King's birthday as
 * celebrated, 5 May every year, Hemelvaartsdag (Easter + 39), Tweede Pinksterdag (Easter + 50),
 * 25 and 26 December. The King's birthday: Koningsdag 27 April (26 April when the 27th is a
 * Sunday) from 2014; before that Koninginnedag 30 April (29 April when the 30th is a Sunday).
 */
export function oracleHolidays(year: number): string[] {
  if (!Number.isInteger(year) || year < ORACLE_FIRST_YEAR || year > ORACLE_LAST_YEAR) {
    throw new RangeError(`oracle: year ${year} outside ${ORACLE_FIRST_YEAR}–${ORACLE_LAST_YEAR}`);
  }
  const easter = oracleEaster(year);
  const birthday = year >= 2014 ? iso(utc(year, 4, 27)) : iso(utc(year, 4, 30));
  const king = oracleWeekday(birthday) === 0 ? oracleAddDays(birthday, -1) : birthday;
  const days = [
    iso(utc(year, 1, 1)),
    oracleAddDays(easter, -2),
    oracleAddDays(easter, 1),
    king,
    iso(utc(year, 5, 5)),
    oracleAddDays(easter, 39),
    oracleAddDays(easter, 50),
    iso(utc(year, 12, 25)),
    iso(utc(year, 12, 26)),
  ];
  return [...new Set(days)].sort();
}

/** Saturday, Sunday, an art. 3 holiday, or a day equated by Royal Decree (`extra`). */
export function oracleIsNonWorkingDay(date: string, extra: readonly string[] = []): boolean {
  const weekday = oracleWeekday(date);
  if (weekday === 0 || weekday === 6) return true;
  if (extra.includes(date)) return true;
  return oracleHolidays(Number(date.slice(0, 4))).includes(date);
}

/** Atw art. 1: a term ending on a non-working day ends on the next working day instead. */
export function oracleEndOfTerm(end: string, extra: readonly string[] = []): string {
  let day = end;
  while (oracleIsNonWorkingDay(day, extra)) day = oracleAddDays(day, 1);
  return day;
}

/** Working days after `from` up to and including `to` (from ≤ to), counted one by one. */
export function oracleWorkingDaysBetween(from: string, to: string, extra: readonly string[] = []): number {
  let count = 0;
  for (let day = oracleAddDays(from, 1); day <= to; day = oracleAddDays(day, 1)) {
    if (!oracleIsNonWorkingDay(day, extra)) count += 1;
  }
  return count;
}
