import { amsterdamDate } from '../../../../shared/calendar/amsterdam';
import type { Period } from '../../../../shared/indicators/indicators';
import type { NotFoundListSignal } from './data';

/** One line of the coordinator's "niet gevonden" list: a subject asked for and not found. */
export interface NotFoundGroup {
  subject: string;
  topics: string[];
  count: number;
  /** First and last day it was asked (Amsterdam dates), within the period. */
  first: string;
  last: string;
}

/**
 * Signals grouped by subject (case and spacing folded to one spelling) within the period (days on
 * Amsterdam's clock, both ends included), most asked first: the information worth publishing
 * actively (issue 14 point 4). Signals carry no personal data; neither does this.
 */
export function groupNotFound(signals: readonly NotFoundListSignal[], period: Period): NotFoundGroup[] {
  const groups = new Map<string, NotFoundGroup>();
  for (const signal of signals) {
    const day = amsterdamDate(new Date(signal.at));
    if (day < period.from || day > period.to) continue;
    const subject = signal.subject.trim().replace(/\s+/g, ' ');
    if (!subject) continue;
    const key = subject.toLocaleLowerCase('nl');
    const group = groups.get(key) ?? { subject, topics: [], count: 0, first: day, last: day };
    group.count += 1;
    if (day < group.first) group.first = day;
    if (day > group.last) group.last = day;
    if (signal.topic && !group.topics.includes(signal.topic)) group.topics.push(signal.topic);
    groups.set(key, group);
  }
  return [...groups.values()].sort((a, b) => b.count - a.count || b.last.localeCompare(a.last) || a.subject.localeCompare(b.subject, 'nl'));
}
