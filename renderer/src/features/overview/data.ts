/**
 * What the coordinator's workspace reads from the local database (a coordinator's workstation
 * pulls every case from the hub). Plain rows out; the pure functions in caseHistory.ts, board.ts
 * and shared/indicators do the rest.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { amsterdamDate } from '../../../../shared/calendar/amsterdam';
import type { IsoDate } from '../../../../shared/calendar/isoDate';
import { firstOutcomes, type IndicatorInput, type NotFoundSignal } from '../../../../shared/indicators/indicators';
import { referralBody } from '../../../../shared/indicators/referrals';
import type { CaseRecord, ContactRecord, TaskRecord } from '../../../../shared/model/case';
import type { AuditEvent } from '../../../../shared/model/records';
import { OPEN_WOO_STATUSES, type WooRequestRecord } from '../../../../shared/woo/request';
import { database, type LoketDatabase } from '../../db/database';
import { foldForSearch, stationOf, type CaseRow } from '../../../../shared/cases/history';

/** Task actions that are callbacks (contact intake; the Woo desk's informal-approach call). */
export const CALLBACK_ACTIONS = ['Terugbellen', 'Verzoeker bellen over het verzoek'];
/** The task the Woo desk creates for an AVG access request; its due moment is the legal deadline. */
export const AVG_TASK_PREFIX = 'AVG-inzageverzoek';

const live = <T extends { deleted?: unknown }>(records: T[]) => records.filter((r) => !r.deleted);

export async function loadCaseRows(db: LoketDatabase, today: IsoDate, now: Date): Promise<CaseRow[]> {
  const [cases, tasks, woo, contacts] = await Promise.all([
    db.cases.toArray(),
    db.tasks.where('status').equals('te_verwerken').toArray(),
    db.wooRequests.toArray(),
    db.contacts.toArray(),
  ]);
  const nowIso = now.toISOString();
  const overdue = new Set<string>();
  for (const task of live(tasks)) if ((task.dueAt as string) < nowIso) overdue.add(task.caseId as string);
  const hasWoo = new Set<string>();
  for (const request of live(woo) as unknown as WooRequestRecord[]) {
    hasWoo.add(request.caseId);
    if (OPEN_WOO_STATUSES.includes(request.status) && request.decideBy && request.decideBy < today) overdue.add(request.caseId);
  }
  const contactLanguage = new Map<string, string>();
  for (const contact of live(contacts) as unknown as ContactRecord[]) {
    if (contact.language && !contactLanguage.has(contact.caseId)) contactLanguage.set(contact.caseId, contact.language);
  }
  return (live(cases) as unknown as CaseRecord[]).map((c) => ({
    id: c.id,
    number: c.number,
    kind: c.kind,
    status: c.status,
    channel: c.channel,
    topic: c.topic ?? '',
    assignee: c.assignee ?? '',
    station: stationOf(c.number),
    language: c.visitor?.language ?? contactLanguage.get(c.id) ?? '',
    createdAt: c.createdAt,
    updatedAt: c.updatedAt,
    closedAt: c.closedAt ?? '',
    overdue: overdue.has(c.id),
    hasWoo: hasWoo.has(c.id),
    text: foldForSearch([c.number, c.question, c.topic, c.assignee, c.visitor?.name].filter(Boolean).join(' ')),
  }));
}

/** A "niet gevonden" signal with the contact's topic beside it, for the coordinator's list. */
export type NotFoundListSignal = NotFoundSignal & { topic?: string };

/** The contact outcome issue 14 records when what the visitor asked for is not public. */
export const NOT_FOUND_OUTCOME = 'document-not-found';

/**
 * "Niet gevonden" signals: contacts that ended 'document-not-found' (issue 14), by the few words
 * staff noted (`notFoundNote`, no personal data) or else their topic – never the visitor's own
 * words (the summary), so a purge leaves the figure unchanged.
 */
export function notFoundSignals(contacts: readonly ContactRecord[]): NotFoundListSignal[] {
  return contacts.flatMap((c) => {
    if (c.outcome !== NOT_FOUND_OUTCOME) return [];
    const subject = c.notFoundNote?.trim() || c.topic;
    return subject ? [{ at: c.startedAt, subject, ...(c.topic ? { topic: c.topic } : {}) }] : [];
  });
}

/**
 * When each finished callback was done: the last audit event that set its status. Not updatedAt –
 * any later change moves that (the retention purge clearing the task's note did), and a callback
 * done on time would count as late after a purge. updatedAt remains the fallback for a task whose
 * events this desk does not have.
 */
async function callbacksDoneAt(db: LoketDatabase, tasks: readonly TaskRecord[]): Promise<Map<string, string>> {
  const done = tasks.filter((t) => t.status === 'verwerkt' && CALLBACK_ACTIONS.includes(t.action)).map((t) => t.id);
  const at = new Map<string, string>();
  if (!done.length) return at;
  for (const event of await db.audit.where('recordId').anyOf(done).toArray()) {
    if (!event.fields.includes('status')) continue;
    const known = at.get(event.recordId);
    if (known === undefined || event.at > known) at.set(event.recordId, event.at);
  }
  return at;
}

export async function loadIndicatorInput(db: LoketDatabase): Promise<IndicatorInput & { notFound: readonly NotFoundListSignal[] }> {
  const [cases, contacts, tasks, woo] = await Promise.all([db.cases.toArray(), db.contacts.toArray(), db.tasks.toArray(), db.wooRequests.toArray()]);
  const liveTasks = live(tasks) as unknown as TaskRecord[];
  const doneAt = await callbacksDoneAt(db, liveTasks);
  const notFound = notFoundSignals(live(contacts) as unknown as ContactRecord[]);
  const contactRows = (live(contacts) as unknown as ContactRecord[]).map((c) => ({
    caseId: c.caseId,
    channel: c.channel,
    startedAt: c.startedAt,
    outcome: c.outcome,
    topic: c.topic,
    referredTo: c.outcome === 'referred' ? referralBody(c.summary) : undefined,
  }));
  return {
    cases: (live(cases) as unknown as CaseRecord[]).map((c) => ({ id: c.id, createdAt: c.createdAt })),
    contacts: contactRows,
    // Once per load, not per chosen period: the costliest step of the indicators.
    firstOutcome: firstOutcomes(contactRows),
    tasks: liveTasks.map((t) => ({
      action: t.action,
      dueAt: t.dueAt,
      status: t.status,
      doneAt: t.status === 'verwerkt' ? (doneAt.get(t.id) ?? t.updatedAt) : undefined,
    })),
    woo: (live(woo) as unknown as WooRequestRecord[]).map((w) => ({
      receivedOn: w.receivedOn,
      decideBy: w.decideBy,
      decidedOn: w.decision?.decidedOn,
      suspensions: w.suspensions.length,
      extended: w.extension !== undefined,
    })),
    notFound,
    callbackActions: CALLBACK_ACTIONS,
  };
}

export function useIndicatorInput(): (IndicatorInput & { notFound: readonly NotFoundListSignal[] }) | undefined {
  return useLiveQuery(() => loadIndicatorInput(database()), []);
}

// ---------------------------------------------------------------------------------------------
// One case, fully: the timeline and the audit trail.

export interface CaseDossier {
  record: CaseRecord;
  contacts: ContactRecord[];
  tasks: TaskRecord[];
  woo: WooRequestRecord[];
  /** Events on the case and on every record that belongs to it, newest first. */
  audit: AuditEvent[];
}

export async function loadDossier(db: LoketDatabase, caseId: string): Promise<CaseDossier | null> {
  const record = (await db.cases.get(caseId)) as unknown as CaseRecord | undefined;
  if (!record || (record as { deleted?: boolean }).deleted) return null;
  const [contacts, tasks, woo] = await Promise.all([
    db.contacts.where('caseId').equals(caseId).toArray(),
    db.tasks.where('caseId').equals(caseId).toArray(),
    db.wooRequests.where('caseId').equals(caseId).toArray(),
  ]);
  const ids = [caseId, ...contacts.map((r) => r.id), ...tasks.map((r) => r.id), ...woo.map((r) => r.id)];
  const audit = await db.audit.where('recordId').anyOf(ids).toArray();
  audit.sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0));
  return {
    record,
    contacts: (live(contacts) as unknown as ContactRecord[]).sort((a, b) => (a.startedAt < b.startedAt ? 1 : -1)),
    tasks: live(tasks) as unknown as TaskRecord[],
    woo: live(woo) as unknown as WooRequestRecord[],
    audit,
  };
}

export function useDossier(caseId: string): CaseDossier | null | undefined {
  return useLiveQuery(() => loadDossier(database(), caseId), [caseId]);
}

/** The Amsterdam day of an instant, for grouping. */
export const dayOf = (instant: string): IsoDate => amsterdamDate(new Date(instant));
