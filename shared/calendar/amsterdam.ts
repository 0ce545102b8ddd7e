/**
 * Calendar dates and wall-clock times in Europe/Amsterdam: the one place that turns an instant
 * (a `Date`, a moment in time) into the date and time a desk in the Netherlands reads off the
 * clock, and back. Everything else in shared/ works on instants or on {@link IsoDate}s and never
 * asks the host for its time zone (an ESLint rule forbids local-time `Date` getters in shared/):
 * a hub in UTC, a test runner in New York and a workstation in Amsterdam must agree on what
 * "today" and "16:00" mean.
 *
 * Instant → wall clock uses `Intl.DateTimeFormat` with `timeZone: 'Europe/Amsterdam'` (the IANA
 * rules shipped with every JavaScript runtime; no library). Wall clock → instant tries the two
 * offsets in force around that moment and keeps the one whose wall clock matches, so it is exact
 * across the daylight-saving changes (last Sunday of March 02:00 → 03:00, last Sunday of October
 * 03:00 → 02:00) without knowing the rules itself.
 */
import { makeIsoDate, parseIsoDate, type IsoDate } from './isoDate';

export const AMSTERDAM_TIME_ZONE = 'Europe/Amsterdam';

/** 'HH:MM' on a 24-hour clock, 00:00–23:59. */
export type WallTime = string;

/** 'YYYY-MM-DDTHH:MM': a date and wall-clock time without zone (the value of `<input type=datetime-local>`). */
export type WallDateTime = string;

export interface AmsterdamClock {
  date: IsoDate;
  time: WallTime;
  /** Minutes ahead of UTC at that instant: 60 in winter (CET), 120 in summer (CEST). */
  offsetMinutes: number;
}

/**
 * What to do with a wall-clock time that occurs twice (the October change: 02:30 happens in CEST
 * and again in CET) or not at all (the March change: 02:00–02:59 is skipped).
 * - 'compatible' (the default, as Temporal and `Date` do): the earlier of two; for a skipped
 *   time, the instant the clock shows one hour later (02:30 → 03:30 CEST).
 * - 'earlier' / 'later': which of two; a skipped time as with 'compatible' / one hour earlier.
 * - 'reject': a RangeError for both.
 */
export type Disambiguation = 'compatible' | 'earlier' | 'later' | 'reject';

const WALL_TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;
const WALL_DATE_TIME = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})$/;
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

let formatter: Intl.DateTimeFormat | undefined;

function clockFormatter(): Intl.DateTimeFormat {
  // Created on first use: constructing it is the expensive part. 'h23' so midnight is 00, never 24.
  formatter ??= new Intl.DateTimeFormat('en-US', {
    timeZone: AMSTERDAM_TIME_ZONE,
    calendar: 'gregory',
    numberingSystem: 'latn',
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  });
  return formatter;
}

function requireInstant(instant: Date): number {
  const ms = instant instanceof Date ? instant.getTime() : Number.NaN;
  if (!Number.isFinite(ms)) throw new RangeError(`Not a valid instant: ${String(instant)}`);
  return ms;
}

interface WallParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

function wallParts(ms: number): WallParts {
  const parts: Record<string, number> = {};
  for (const part of clockFormatter().formatToParts(ms)) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  return { year: parts.year!, month: parts.month!, day: parts.day!, hour: parts.hour!, minute: parts.minute!, second: parts.second! };
}

/** The wall clock read as if it were UTC, in ms: comparing it with the instant gives the offset. */
function wallAsUtc({ year, month, day, hour, minute, second }: WallParts): number {
  const ms = Date.UTC(2000, month - 1, day, hour, minute, second);
  // Date.UTC maps years 0–99 to 1900–1999; setting the year afterwards does not.
  const date = new Date(ms);
  date.setUTCFullYear(year);
  return date.getTime();
}

function offsetMs(ms: number): number {
  // Whole seconds: Intl has no milliseconds, and Amsterdam's offsets are whole minutes since 1940.
  const whole = Math.floor(ms / 1000) * 1000;
  return wallAsUtc(wallParts(whole)) - whole;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** Date, time and offset in Amsterdam at `instant`. */
export function amsterdamClock(instant: Date): AmsterdamClock {
  const ms = requireInstant(instant);
  const parts = wallParts(ms);
  return {
    date: makeIsoDate(parts.year, parts.month, parts.day),
    time: `${pad(parts.hour)}:${pad(parts.minute)}`,
    offsetMinutes: Math.round((wallAsUtc(parts) - Math.floor(ms / 1000) * 1000) / MINUTE),
  };
}

/** The calendar date in Amsterdam at `instant`. */
export function amsterdamDate(instant: Date): IsoDate {
  return amsterdamClock(instant).date;
}

/** The wall-clock time ('HH:MM') in Amsterdam at `instant`. */
export function amsterdamTime(instant: Date): WallTime {
  return amsterdamClock(instant).time;
}

/** Today's date in Amsterdam. */
export function todayInAmsterdam(now: Date = new Date()): IsoDate {
  return amsterdamDate(now);
}

export function isWallTime(value: unknown): value is WallTime {
  return typeof value === 'string' && WALL_TIME.test(value);
}

/**
 * The instant at which Amsterdam's clocks show `time` on `date`. Throws a RangeError for an
 * invalid date or time, and for a skipped or repeated time when `disambiguation` is 'reject'.
 */
export function amsterdamInstant(date: IsoDate, time: WallTime, disambiguation: Disambiguation = 'compatible'): Date {
  const day = parseIsoDate(date);
  if (!day) throw new RangeError(`Not a valid calendar date (YYYY-MM-DD): ${JSON.stringify(date)}`);
  const clock = WALL_TIME.exec(typeof time === 'string' ? time : '');
  if (!clock) throw new RangeError(`Not a valid time (HH:MM): ${JSON.stringify(time)}`);
  const wall = wallAsUtc({ ...day, hour: Number(clock[1]), minute: Number(clock[2]), second: 0 });

  // The offsets in force half a day either side cover any single change around this moment.
  const before = offsetMs(wall - 12 * HOUR);
  const after = offsetMs(wall + 12 * HOUR);
  const matches = [...new Set([wall - before, wall - after])]
    .filter((candidate) => offsetMs(candidate) === wall - candidate)
    .sort((a, b) => a - b);

  if (matches.length === 1) return new Date(matches[0]!);
  if (matches.length > 1) {
    if (disambiguation === 'reject') throw new RangeError(`${date} ${time} happens twice in Amsterdam (clocks go back)`);
    return new Date(disambiguation === 'later' ? matches[matches.length - 1]! : matches[0]!);
  }
  if (disambiguation === 'reject') throw new RangeError(`${date} ${time} does not exist in Amsterdam (clocks go forward)`);
  // Skipped: read the wall time with the offset from before the change (the clock moved on by the gap).
  return new Date(disambiguation === 'earlier' ? wall - after : wall - before);
}

/** The instant at `time` on the Amsterdam calendar date of `instant` (e.g. "today at 16:00"). */
export function amsterdamSameDayAt(instant: Date, time: WallTime, disambiguation: Disambiguation = 'compatible'): Date {
  return amsterdamInstant(amsterdamDate(instant), time, disambiguation);
}

/** 'YYYY-MM-DDTHH:MM' → the instant in Amsterdam; undefined for anything that is not a real date and time. */
export function parseAmsterdamDateTime(value: string, disambiguation: Disambiguation = 'compatible'): Date | undefined {
  const match = WALL_DATE_TIME.exec(value);
  if (!match || !parseIsoDate(match[1]) || !WALL_TIME.test(match[2]!)) return undefined;
  try {
    return amsterdamInstant(match[1]!, match[2]!, disambiguation);
  } catch {
    return undefined;
  }
}

/** The instant as 'YYYY-MM-DDTHH:MM' on Amsterdam's clock. */
export function formatAmsterdamDateTime(instant: Date): WallDateTime {
  const { date, time } = amsterdamClock(instant);
  return `${date}T${time}`;
}

const formats = new Map<string, Intl.DateTimeFormat>();

/**
 * An `Intl.DateTimeFormat` for display in `locale` that always shows Amsterdam's clock (any
 * `timeZone` in `options` is overridden) with Latin digits; cached, as constructing one is slow.
 */
export function amsterdamFormat(locale: string, options: Intl.DateTimeFormatOptions = {}): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { numberingSystem: 'latn', ...options, timeZone: AMSTERDAM_TIME_ZONE });
    formats.set(key, format);
  }
  return format;
}
