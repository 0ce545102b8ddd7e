/**
 * Dutch date wording for explanations that end up in letters and on screen. A fixed table rather
 * than Intl: ICU data differs between Node, Electron and browsers (and may be missing), and these
 * words appear in legal text that must read the same everywhere.
 */
import type { IsoDate } from './isoDate';
import { dayOfWeek, parseIsoDate } from './isoDate';

export const DUTCH_WEEKDAYS = ['zondag', 'maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag'] as const;

export const DUTCH_MONTHS = [
  'januari',
  'februari',
  'maart',
  'april',
  'mei',
  'juni',
  'juli',
  'augustus',
  'september',
  'oktober',
  'november',
  'december',
] as const;

/** '3 juni 2025', or 'dinsdag 3 juni 2025' with `weekday`. */
export function formatDutchDate(date: IsoDate, options: { weekday?: boolean } = {}): string {
  const parts = parseIsoDate(date);
  if (!parts) throw new RangeError(`Not a valid calendar date (YYYY-MM-DD): ${JSON.stringify(date)}`);
  const text = `${parts.day} ${DUTCH_MONTHS[parts.month - 1]} ${parts.year}`;
  return options.weekday ? `${DUTCH_WEEKDAYS[dayOfWeek(date)]} ${text}` : text;
}

/** '1 dag', '7 dagen'. */
export function dutchDays(count: number): string {
  return `${count} ${Math.abs(count) === 1 ? 'dag' : 'dagen'}`;
}
