/**
 * Retention and erasure of visitor data (AVG; issue 10 point 8). Pure rules: which closed cases
 * are due, and which fields a purge or an erasure clears. The desk turns the result into ordinary
 * synced patches (a field set to null is removed on the hub and on every desk), each with an
 * audit event, so the removal travels like any other change and leaves a trace of who and when,
 * never of what was removed.
 *
 * What stays is what the indicators need (shared/indicators): kind, status, channel, topic,
 * dates, outcomes, and the receiving body of a referral. `indicators.test` in this folder checks
 * that a purge leaves every indicator unchanged.
 */
import { amsterdamDate } from '../calendar/amsterdam';
import { addMonthsClamped, compareIsoDates, type IsoDate } from '../calendar/isoDate';
import { referralSentence } from '../indicators/referrals';

/** Default retention after closing; the centre sets its own (centre settings, synced). */
export const DEFAULT_RETENTION_MONTHS = 12;
export const MIN_RETENTION_MONTHS = 1;
export const MAX_RETENTION_MONTHS = 120;

/** A form draft (localStorage) older than this is removed with whatever visitor data it holds. */
export const DRAFT_MAX_AGE_HOURS = 24;

export class RetentionError extends Error {
  override readonly name = 'RetentionError';
}

export function checkRetentionMonths(months: unknown): number {
  if (typeof months !== 'number' || !Number.isInteger(months) || months < MIN_RETENTION_MONTHS || months > MAX_RETENTION_MONTHS) {
    throw new RetentionError(`Bewaartermijn moet een heel aantal maanden zijn, van ${MIN_RETENTION_MONTHS} tot ${MAX_RETENTION_MONTHS}: ${String(months)}`);
  }
  return months;
}

export interface PurgeCase {
  id: string;
  status: string;
  closedAt?: string | undefined;
  visitor?: unknown;
  question?: string | undefined;
}

export interface PurgeContact {
  id: string;
  summary: string;
  outcome: string;
  confidential: boolean;
  /** "Niet gevonden" in staff's words: meant to hold no personal data, but nothing enforces it. */
  notFoundNote?: string | null | undefined;
}

export interface PurgeTask {
  id: string;
  note?: string | undefined;
}

/** The Amsterdam day from which a case closed at `closedAt` has outlived its retention. */
export function purgeDueOn(closedAt: string, months: number): IsoDate {
  const instant = new Date(closedAt);
  if (Number.isNaN(instant.getTime())) throw new RetentionError(`Geen geldig sluitmoment: ${closedAt}`);
  return addMonthsClamped(amsterdamDate(instant), checkRetentionMonths(months)).date;
}

/** Whether the personal data of this case must go today: closed, retention passed, something left. */
export function isPurgeDue(record: PurgeCase, today: IsoDate, months: number): boolean {
  if (record.status !== 'closed' || !record.closedAt) return false;
  return compareIsoDates(purgeDueOn(record.closedAt, months), today) <= 0;
}

export type PurgeMode = 'retention' | 'erasure';

export interface FieldPatch {
  entity: 'cases' | 'contacts' | 'tasks';
  id: string;
  values: Record<string, unknown>;
}

/** What is left of a summary: a referral keeps the body it went to, anything else nothing. */
function anonymousSummary(contact: PurgeContact): string {
  if (contact.outcome === 'referred') {
    const sentence = referralSentence(contact.summary);
    if (sentence) return sentence;
  }
  return '';
}

/**
 * The patches that remove the personal data of one case.
 * - retention (scheduled, closed cases past the term): the visitor's details, the summaries of
 *   contacts marked confidential, and the notes of tasks.
 * - erasure (the visitor asks, AVG art. 17): also the question, every contact summary and every
 *   "niet gevonden" note (typed with the visitor at the desk, it may name them); the coordinator's
 *   signal then counts the contact under its topic, so the figure stays.
 * Only fields that still hold something are patched, so a second run changes nothing.
 */
export function purgePatches(record: PurgeCase, contacts: readonly PurgeContact[], tasks: readonly PurgeTask[], mode: PurgeMode): FieldPatch[] {
  const patches: FieldPatch[] = [];
  const caseValues: Record<string, unknown> = {};
  if (record.visitor !== undefined && record.visitor !== null) caseValues.visitor = null;
  if (mode === 'erasure' && record.question) caseValues.question = '';
  if (Object.keys(caseValues).length) patches.push({ entity: 'cases', id: record.id, values: caseValues });
  for (const contact of contacts) {
    if (mode === 'retention' && !contact.confidential) continue;
    const values: Record<string, unknown> = {};
    const summary = anonymousSummary(contact);
    if (contact.summary !== summary) values.summary = summary;
    if (mode === 'erasure' && contact.notFoundNote) values.notFoundNote = null;
    if (Object.keys(values).length) patches.push({ entity: 'contacts', id: contact.id, values });
  }
  for (const task of tasks) {
    if (task.note) patches.push({ entity: 'tasks', id: task.id, values: { note: null } });
  }
  return patches;
}

/** Whether a draft written at `writtenAt` (ms) must be removed at `now` (ms). */
export function draftExpired(writtenAt: number | undefined, now: number, maxAgeHours = DRAFT_MAX_AGE_HOURS): boolean {
  return writtenAt === undefined || !Number.isFinite(writtenAt) || now - writtenAt > maxAgeHours * 3_600_000;
}
