/**
 * Storage of the Woo desk. Every write is ONE commitAction (record + outbox + audit in one
 * transaction); screens never touch the tables. Cases are read through the cases feature
 * (getCase), and new cases are numbered by it (nextCaseNumber) inside the same transaction.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import type { IsoDate } from '../../../../shared/calendar/isoDate';
import { amsterdamInstant } from '../../../../shared/calendar/amsterdam';
import { callbackDueBy, type AvgTerm } from '../../../../shared/woo/deadline';
import { newAvgTask } from '../../../../shared/woo/avgDeadline';
import type { CaseFields, CaseRecord, ContactFields, TaskFields, Visitor } from '../../../../shared/model/case';
import type { AuditEvent, Channel } from '../../../../shared/model/records';
import { newId } from '../../../../shared/ids';
import type { FilingInput } from '../../../../shared/woo/filing';
import { applyWooStep, newWooRequestState, preciseringAskBy, type StepResult, type WooStep } from '../../../../shared/woo/lifecycle';
import {
  OPEN_WOO_STATUSES,
  wooRequestFieldsSchema,
  type Bestuursorgaan,
  type WooLifecycleState,
  type WooRequestFields,
  type WooRequestRecord,
} from '../../../../shared/woo/request';
import { commitAction, type Change, type StepChange } from '../../db/commit';
import { database, type LoketDatabase, type StoredRecord } from '../../db/database';
import { CaseGoneError, getCase, nextCaseNumber, withCaseNumbers } from '../cases';

export interface WooContext {
  actor: string;
  /** The local calendar day the action happens on. */
  today: IsoDate;
  now?: Date;
  extraHolidays?: readonly IsoDate[];
}

/** A stored record that is not a valid Woo request (e.g. written by a newer version). */
export class UnreadableWooRequestError extends Error {
  constructor(readonly id: string, detail: string) {
    super(`Woo request ${id} cannot be read: ${detail}`);
    this.name = 'UnreadableWooRequestError';
  }
}

function asRequest(record: StoredRecord): WooRequestRecord {
  const result = wooRequestFieldsSchema.safeParse(record);
  if (!result.success) throw new UnreadableWooRequestError(record.id, result.error.message);
  return record as unknown as WooRequestRecord;
}

export async function getWooRequest(db: LoketDatabase, id: string): Promise<WooRequestRecord | undefined> {
  const record = await db.wooRequests.get(id);
  return record && !record.deleted ? asRequest(record) : undefined;
}

/** The Woo requests of a case, newest first. */
export async function wooRequestsForCase(db: LoketDatabase, caseId: string): Promise<WooRequestRecord[]> {
  const records = await db.wooRequests.where('caseId').equals(caseId).filter((r) => !r.deleted).toArray();
  return records.map(asRequest).sort((a, b) => b.id.localeCompare(a.id));
}

export interface WooRequestView {
  request: WooRequestRecord;
  /** Undefined when the case is gone (deleted) or not synced yet. */
  caseRecord: CaseRecord | undefined;
}

/** `undefined` while loading, `null` when there is no such request. */
export function useWooRequest(id: string): WooRequestView | null | undefined {
  return useLiveQuery(async () => {
    const db = database();
    const request = await getWooRequest(db, id);
    if (!request) return null;
    return { request, caseRecord: await getCase(request.caseId, db) };
  }, [id]);
}

export function useWooRequestsForCase(caseId: string | undefined): WooRequestRecord[] | undefined {
  return useLiveQuery(async () => (caseId ? wooRequestsForCase(database(), caseId) : []), [caseId]);
}

export interface WooListItem {
  request: WooRequestRecord;
  caseNumber: string | undefined;
  /** When the informal approach's callback is still to be made: its due moment (ISO timestamp). */
  callbackDueAt?: string;
}

/** The open callback tasks of the informal approach, by case: the earliest due moment per case. */
async function openCallbacks(db: LoketDatabase, caseIds: readonly string[]): Promise<Map<string, string>> {
  const tasks = await db.tasks.where('caseId').anyOf([...new Set(caseIds)]).toArray();
  const due = new Map<string, string>();
  for (const stored of tasks) {
    const task = stored as unknown as TaskFields & { deleted?: boolean };
    if (task.deleted || task.action !== CALLBACK_TASK_ACTION || task.status === 'verwerkt') continue;
    const earlier = due.get(task.caseId);
    if (!earlier || task.dueAt < earlier) due.set(task.caseId, task.dueAt);
  }
  return due;
}

/** The due moment of the request's open callback task, if there is one. */
export function useOpenCallback(caseId: string): string | undefined | null {
  return useLiveQuery(async () => (await openCallbacks(database(), [caseId])).get(caseId) ?? null, [caseId]);
}

/**
 * Requests still waiting for a decision, by deadline: earliest first; suspended ones (no
 * deadline while the clock stands still) after them, by the day their answer term ends.
 */
export async function openWooRequests(db: LoketDatabase): Promise<WooListItem[]> {
  const records = await db.wooRequests
    .where('status')
    .anyOf([...OPEN_WOO_STATUSES])
    .filter((r) => !r.deleted)
    .toArray();
  const requests = records.map(asRequest);
  // ISO dates compare correctly as plain strings; a suspended request sorts after every dated one.
  const key = (r: WooRequestRecord): [number, string] =>
    r.decideBy ? [0, r.decideBy] : [1, r.suspensions.find((s) => !s.until)?.answerBy ?? ''];
  const compare = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);
  requests.sort((a, b) => {
    const [ga, da] = key(a);
    const [gb, dbb] = key(b);
    return ga - gb || compare(da, dbb) || compare(a.id, b.id);
  });
  const callbacks = await openCallbacks(db, requests.map((r) => r.caseId));
  return withCaseNumbers(db, requests, (request) => request.caseId, (request, caseNumber) => {
    const callbackDueAt = callbacks.get(request.caseId);
    return { request, caseNumber, ...(callbackDueAt ? { callbackDueAt } : {}) };
  });
}

/** Decided and closed requests, most recently changed first. */
export async function finishedWooRequests(db: LoketDatabase, limit = 50): Promise<WooListItem[]> {
  const records = await db.wooRequests
    .where('status')
    .anyOf(['besloten', 'gesloten'])
    .filter((r) => !r.deleted)
    .toArray();
  const requests = records
    .map(asRequest)
    .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))
    .slice(0, limit);
  return withCaseNumbers(db, requests, (request) => request.caseId, (request, caseNumber) => ({ request, caseNumber }));
}


export function useOpenWooRequests(): WooListItem[] | undefined {
  return useLiveQuery(() => openWooRequests(database()), []);
}

export function useFinishedWooRequests(): WooListItem[] | undefined {
  return useLiveQuery(() => finishedWooRequests(database()), []);
}

/** Who did what to the request and when, oldest first (the audit trail). */
export function useWooHistory(requestId: string): AuditEvent[] | undefined {
  return useLiveQuery(() => database().audit.where('recordId').equals(requestId).sortBy('at'), [requestId]);
}

// ---------------------------------------------------------------------------------------------
// Writing

interface CaseTarget {
  caseId?: string;
  channel: Channel;
  question: string;
  topic?: string;
  visitor?: Visitor;
  kind: CaseFields['kind'];
  status: CaseFields['status'];
}

interface ResolvedCase {
  caseId: string;
  caseNumber: string;
  created: boolean;
  changes: Change[];
}

/**
 * The case a desk action belongs to: the existing one, updated (kind, status, visitor details
 * given now merged over what was known), or a new one with the next case number. Runs inside
 * the caller's transaction (tables cases and meta).
 */
async function resolveCase(db: LoketDatabase, target: CaseTarget, now: Date): Promise<ResolvedCase> {
  if (target.caseId) {
    const existing = await getCase(target.caseId, db);
    if (!existing) throw new CaseGoneError(target.caseId);
    const patch: Record<string, unknown> = {};
    if (existing.kind !== target.kind) patch.kind = target.kind;
    if (target.topic && !existing.topic) patch.topic = target.topic;
    if (existing.status !== target.status) {
      patch.status = target.status;
      patch.closedAt = target.status === 'closed' ? now.toISOString() : null;
    }
    if (target.visitor) {
      const merged = { ...existing.visitor, ...target.visitor };
      if (JSON.stringify(merged) !== JSON.stringify(existing.visitor ?? {})) patch.visitor = merged;
    }
    const changes: Change[] = Object.keys(patch).length ? [{ entity: 'cases', op: 'patch', id: existing.id, values: patch }] : [];
    return { caseId: existing.id, caseNumber: existing.number, created: false, changes };
  }
  const caseId = newId();
  const caseNumber = await nextCaseNumber(db, now);
  const values: CaseFields = {
    number: caseNumber,
    kind: target.kind,
    status: target.status,
    channel: target.channel,
    question: target.question,
    ...(target.topic ? { topic: target.topic } : {}),
    ...(target.visitor && Object.keys(target.visitor).length ? { visitor: target.visitor } : {}),
    ...(target.status === 'closed' ? { closedAt: now.toISOString() } : {}),
  };
  return { caseId, caseNumber, created: true, changes: [{ entity: 'cases', op: 'create', id: caseId, values: { ...values } }] };
}

/** A contact for a walk-in or caller who had no case yet, so the case's timeline shows the visit. */
function firstContact(caseId: string, channel: Channel, summary: string, outcome: ContactFields['outcome'], now: Date, topic?: string): Change {
  const contact: ContactFields = {
    caseId,
    ...(topic ? { topic } : {}),
    channel,
    direction: 'inbound',
    startedAt: now.toISOString(),
    summary,
    outcome,
    confidential: false,
  };
  return { entity: 'contacts', op: 'create', id: newId(), values: { ...contact } };
}

const WRITE_TABLES = (db: LoketDatabase) => [db.cases, db.contacts, db.tasks, db.wooRequests, db.outbox, db.audit, db.meta];

/** What a desk action knows about its case; optional fields stay absent rather than undefined. */
function caseTarget(
  input: { caseId?: string | undefined; channel: Channel; question: string; topic?: string | undefined; visitor?: Visitor | undefined },
  kind: CaseFields['kind'],
  status: CaseFields['status'],
): CaseTarget {
  return {
    ...(input.caseId ? { caseId: input.caseId } : {}),
    channel: input.channel,
    question: input.question,
    ...(input.topic ? { topic: input.topic } : {}),
    ...(input.visitor ? { visitor: input.visitor } : {}),
    kind,
    status,
  };
}

/**
 * One desk action on a case: resolves (or creates) the case, adds the action's own changes and
 * commits it all as one audited action, in one transaction.
 */
async function onCase<T>(
  db: LoketDatabase,
  target: CaseTarget,
  audit: { actor: string; action: string; now: Date },
  build: (resolved: ResolvedCase) => { changes: Change[]; result: T },
): Promise<T> {
  return db.transaction('rw', WRITE_TABLES(db), async () => {
    const resolved = await resolveCase(db, target, audit.now);
    const { changes, result } = build(resolved);
    await commitAction(db, audit, [...resolved.changes, ...changes]);
    return result;
  });
}

/** Derived fields stored with the lifecycle state, so lists can sort and index by deadline. */
function lifecycleFields(result: StepResult): Pick<WooRequestFields, keyof WooLifecycleState | 'decideBy' | 'extensionNoticeBy'> {
  return { ...result.state, decideBy: result.term.decideBy, extensionNoticeBy: result.term.extensionNoticeBy };
}

export interface FiledWooRequest {
  requestId: string;
  caseId: string;
  caseNumber: string;
  caseCreated: boolean;
}

/** The callback task of the informal approach: phone the requester about the request. */
export const CALLBACK_TASK_ACTION = 'Verzoeker bellen over het verzoek';

export interface FilingOptions {
  /** The informal approach: a task to phone the requester within two working days. */
  callback?: { assignee: string };
}

/**
 * Files a Woo request: the case (new, or the existing one turned into a Woo case), the request
 * with its computed term, for a new case the contact, and when asked the callback task – one
 * action, one transaction.
 */
export async function fileWooRequest(db: LoketDatabase, input: FilingInput, context: WooContext, options: FilingOptions = {}): Promise<FiledWooRequest> {
  const now = context.now ?? new Date();
  const extra = context.extraHolidays ?? [];
  const initial = newWooRequestState(input.receivedOn, { today: context.today, extraHolidays: extra });
  const target = caseTarget({ ...input, question: input.subject }, 'woo', 'open');
  return onCase(db, target, { actor: context.actor, action: 'woo.filed', now }, (resolved) => {
    const requestId = newId();
    const fields: WooRequestFields = {
      caseId: resolved.caseId,
      bestuursorgaan: input.bestuursorgaan,
      subject: input.subject,
      ...(input.period ? { period: input.period } : {}),
      disclosureForm: input.disclosureForm,
      decisionDelivery: input.decisionDelivery,
      channel: input.channel,
      ...(input.receivedOnReason ? { receivedOnReason: input.receivedOnReason } : {}),
      filedOn: context.today,
      ...lifecycleFields(initial),
    };
    const changes: Change[] = [];
    if (resolved.created) changes.push(firstContact(resolved.caseId, input.channel, input.subject, 'woo-filed', now, input.topic));
    changes.push({ entity: 'wooRequests', op: 'create', id: requestId, values: { ...fields } });
    if (options.callback) {
      const due = callbackDueBy(context.today, extra);
      const askBy = preciseringAskBy(input.receivedOn, extra);
      const task: TaskFields = {
        caseId: resolved.caseId,
        action: CALLBACK_TASK_ACTION,
        assignee: options.callback.assignee,
        // End of the office day on the desk's calendar, whatever zone the machine is set to.
        dueAt: amsterdamInstant(due.date, '17:00').toISOString(),
        status: 'te_verwerken',
        note: `Informele aanpak: uiterlijk ${due.date} bellen. Precisering nodig? Vraag die uiterlijk ${askBy} (Woo art. 4.1 lid 5).`,
      };
      changes.push({ entity: 'tasks', op: 'create', id: newId(), values: { ...task } });
    }
    return { changes, result: { requestId, caseId: resolved.caseId, caseNumber: resolved.caseNumber, caseCreated: resolved.created } };
  });
}

export class WooRequestGoneError extends Error {
  constructor(readonly id: string) {
    super(`Woo request ${id} no longer exists`);
    this.name = 'WooRequestGoneError';
  }
}

/**
 * One lifecycle step (see shared/woo/lifecycle.ts), audited as 'woo.<step>'. The term is
 * recomputed and stored. Closing the request closes its case too. Throws WooLifecycleError when
 * the step is not allowed; nothing is stored then.
 */
export async function takeWooStep(db: LoketDatabase, requestId: string, step: WooStep, context: WooContext): Promise<StepResult> {
  const now = context.now ?? new Date();
  return db.transaction('rw', WRITE_TABLES(db), async () => {
    const request = await getWooRequest(db, requestId);
    if (!request) throw new WooRequestGoneError(requestId);
    const result = applyWooStep(request, step, { today: context.today, extraHolidays: context.extraHolidays ?? [] });
    const next = lifecycleFields(result);
    const patch: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(next)) {
      if (JSON.stringify(value) !== JSON.stringify((request as unknown as Record<string, unknown>)[key])) patch[key] = value;
    }
    // Synced as the step itself (decision 060): the hub replays it with the same engine, so two
    // desks' steps become a conflict rather than a mixed state. `values` is what it gave here.
    const changes: (Change | StepChange)[] = [{ entity: 'wooRequests', op: 'step', id: requestId, values: patch, step }];
    if (step.type === 'close') {
      const caseRecord = await getCase(request.caseId, db);
      if (caseRecord && caseRecord.status !== 'closed') {
        changes.push({ entity: 'cases', op: 'patch', id: caseRecord.id, values: { status: 'closed', closedAt: now.toISOString() } });
      }
    }
    await commitAction(db, { actor: context.actor, action: `woo.${step.type}`, now }, changes);
    return result;
  });
}

export interface AvgInput {
  caseId?: string;
  channel: Channel;
  question: string;
  visitor?: Visitor;
  receivedOn: IsoDate;
  /** Person or team that answers the access request. */
  assignee: string;
}

export interface RoutedAvgRequest {
  caseId: string;
  caseNumber: string;
  term: AvgTerm;
}

/**
 * Routes the matter as an AVG access request (art. 15 AVG) instead of a Woo request: the case
 * becomes kind 'avg', and a task carries the answer deadline (one month, AVG art. 12 lid 3), so
 * it shows up with the other follow-ups.
 */
export async function routeToAvg(db: LoketDatabase, input: AvgInput, context: WooContext): Promise<RoutedAvgRequest> {
  const now = context.now ?? new Date();
  return onCase(db, caseTarget(input, 'avg', 'open'), { actor: context.actor, action: 'avg.routed', now }, (resolved) => {
    const changes: Change[] = [];
    if (resolved.created) changes.push(firstContact(resolved.caseId, input.channel, input.question, 'avg-routed', now));
    const { task, term } = newAvgTask({ caseId: resolved.caseId, receivedOn: input.receivedOn, assignee: input.assignee, extraHolidays: context.extraHolidays ?? [] });
    changes.push({ entity: 'tasks', op: 'create', id: newId(), values: { ...task } });
    return { changes, result: { caseId: resolved.caseId, caseNumber: resolved.caseNumber, term } };
  });
}

export interface ReferralInput {
  caseId?: string;
  channel: Channel;
  question: string;
  body: Bestuursorgaan;
}

/**
 * Records a referral to another body (Woo art. 4.2): a contact with outcome 'referred' naming
 * the body, and the case as a closed referral.
 */
export async function recordReferral(
  db: LoketDatabase,
  input: ReferralInput,
  context: WooContext,
): Promise<{ caseId: string; caseNumber: string }> {
  const now = context.now ?? new Date();
  return onCase(db, caseTarget(input, 'referral', 'closed'), { actor: context.actor, action: 'referral.recorded', now }, (resolved) => {
    const summary = `Doorverwezen naar ${input.body.name} (${input.body.code}), Woo art. 4.2.${input.question ? ` Vraag: ${input.question}` : ''}`;
    return {
      changes: [firstContact(resolved.caseId, input.channel, summary, 'referred', now)],
      result: { caseId: resolved.caseId, caseNumber: resolved.caseNumber },
    };
  });
}
