/**
 * Calendar dates as 'YYYY-MM-DD' strings.
 *
 * Legal terms are counted in whole calendar days in Europe/Amsterdam; a time of day or a time zone
 * would only introduce off-by-one errors around midnight and daylight-saving changes. So all
 * arithmetic here runs on a plain day number (days since 1970-01-01 in the proleptic Gregorian
 * calendar), computed with integer formulas rather than `Date`, which maps years 0–99 to 1900–1999
 * and drags in the host's time zone as soon as anyone uses a local getter.
 */

/** 'YYYY-MM-DD', a calendar date (no time, no zone). Validate with {@link isIsoDate}. */
export type IsoDate = string;

export interface IsoDateParts {
  year: number;
  /** 1–12 */
  month: number;
  /** 1–31 */
  day: number;
}

/** 0 = Sunday … 6 = Saturday, the same numbering as `Date.prototype.getUTCDay`. */
export type DayOfWeek = 0 | 1 | 2 | 3 | 4 | 5 | 6;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** The parts of a valid date, or null for anything else (wrong shape, no such day). */
export function parseIsoDate(value: unknown): IsoDateParts | null {
  if (typeof value !== 'string') return null;
  const match = ISO_DATE.exec(value);
  if (!match) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12) return null;
  if (day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

export function isIsoDate(value: unknown): value is IsoDate {
  return parseIsoDate(value) !== null;
}

function requireParts(date: IsoDate): IsoDateParts {
  const parts = parseIsoDate(date);
  if (!parts) throw new RangeError(`Not a valid calendar date (YYYY-MM-DD): ${JSON.stringify(date)}`);
  return parts;
}

/** Builds a date from parts; throws when the parts do not name an existing day in years 0000–9999. */
export function makeIsoDate(year: number, month: number, day: number): IsoDate {
  if (!Number.isInteger(year) || year < 0 || year > 9999) {
    throw new RangeError(`Year out of range 0000–9999: ${year}`);
  }
  if (!Number.isInteger(month) || month < 1 || month > 12) throw new RangeError(`No such month: ${month}`);
  if (!Number.isInteger(day) || day < 1 || day > daysInMonth(year, month)) {
    throw new RangeError(`No such day: ${year}-${month}-${day}`);
  }
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

// Howard Hinnant's days_from_civil / civil_from_days: exact for every Gregorian date, integers only.
function dayNumberFromParts({ year, month, day }: IsoDateParts): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

function partsFromDayNumber(dayNumber: number): IsoDateParts {
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return { year, month, day };
}

/** Days since 1970-01-01 (negative before). */
export function toDayNumber(date: IsoDate): number {
  return dayNumberFromParts(requireParts(date));
}

export function fromDayNumber(dayNumber: number): IsoDate {
  if (!Number.isInteger(dayNumber)) throw new RangeError(`Day number must be an integer: ${dayNumber}`);
  const { year, month, day } = partsFromDayNumber(dayNumber);
  return makeIsoDate(year, month, day);
}

export function addDays(date: IsoDate, days: number): IsoDate {
  if (!Number.isInteger(days)) throw new RangeError(`Days must be an integer: ${days}`);
  return fromDayNumber(toDayNumber(date) + days);
}

/** `to − from` in days: positive when `to` is later. */
export function diffDays(from: IsoDate, to: IsoDate): number {
  return toDayNumber(to) - toDayNumber(from);
}

export function dayOfWeek(date: IsoDate): DayOfWeek {
  // 1970-01-01 was a Thursday (4).
  return (((toDayNumber(date) + 4) % 7) + 7) % 7 as DayOfWeek;
}

export function isWeekend(date: IsoDate): boolean {
  const dow = dayOfWeek(date);
  return dow === 0 || dow === 6;
}

/** −1, 0 or 1; usable as an `Array.prototype.sort` comparator. */
export function compareIsoDates(a: IsoDate, b: IsoDate): -1 | 0 | 1 {
  const d = toDayNumber(a) - toDayNumber(b);
  return d < 0 ? -1 : d > 0 ? 1 : 0;
}

export interface MonthsResult {
  date: IsoDate;
  /** True when the start's day number does not exist in the target month and the month's last day was used. */
  clamped: boolean;
}

/**
 * Same day number `months` later; when the target month is shorter, its last day
 * (31 January + 1 month = 28 or 29 February). This is the rule of EU Regulation 1182/71 art. 3(2)(c)
 * for periods expressed in months.
 */
export function addMonthsClamped(date: IsoDate, months: number): MonthsResult {
  if (!Number.isInteger(months)) throw new RangeError(`Months must be an integer: ${months}`);
  const { year, month, day } = requireParts(date);
  const index = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(index / 12);
  const targetMonth = index - targetYear * 12 + 1;
  const last = daysInMonth(targetYear, targetMonth);
  return { date: makeIsoDate(targetYear, targetMonth, Math.min(day, last)), clamped: day > last };
}

export function yearOf(date: IsoDate): number {
  return requireParts(date).year;
}
