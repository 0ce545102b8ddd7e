import { auditPullResponseSchema, KNOWN_ENTITIES, pullResponseSchema, pushResponseSchema, type HubIdentity } from '../../../shared/sync/protocol';
import { PROTOCOL_VERSION } from '../../../shared/sync/mutation';
import type { AuditEvent, SyncedEntity } from '../../../shared/model/records';
import { todayInAmsterdam } from '../../../shared/calendar/amsterdam';
import { addDays } from '../../../shared/calendar/isoDate';
import { applyWooStep } from '../../../shared/woo/lifecycle';
import type { WooLifecycleState } from '../../../shared/woo/request';
import { newId } from '../../../shared/ids';
import type { LoketDatabase, OutboxEntry, StoredRecord, SyncIssue } from '../db/database';
import { syncable, withLocalFields } from '../db/localFields';
import { CURRENT_SCHEMA_VERSION } from '../db/schema';

/**
 * One round of sync with the hub (DESIGN.md "Sync protocol", decision 060): push the outbox, pull
 * what changed on the hub, pull the audit trail. Every step that changes local state is one
 * transaction, so a crash or a lost connection at any point leaves a consistent database that the
 * next round continues from. One round at a time per workstation database.
 */

export type FetchLike = (url: string, init?: RequestInit) => Promise<Response>;

export type SyncErrorKind = 'unreachable' | 'refused' | 'invalid-response' | 'update-required';

export class SyncError extends Error {
  constructor(
    readonly kind: SyncErrorKind,
    message: string,
    readonly status?: number,
  ) {
    super(message);
    this.name = 'SyncError';
  }
}

export const PUSH_BATCH = 500;
const AUDIT_BATCH = 500;
const PULL_PAGE = 500;
const MAX_PULL_PAGES = 50;
const RECORD_FIELDS = ['id', 'rev', 'createdAt', 'updatedAt', 'updatedBy', 'deleted'];

async function call(fetchImpl: FetchLike, url: string, init?: RequestInit): Promise<Response> {
  try {
    return await fetchImpl(url, init);
  } catch (error) {
    throw new SyncError('unreachable', error instanceof Error ? error.message : String(error));
  }
}

async function readJson(response: Response): Promise<unknown> {
  try {
    return await response.json();
  } catch {
    throw new SyncError('invalid-response', `The hub answered ${response.status} without valid JSON`, response.status);
  }
}

interface ErrorBody {
  error?: { code?: string; message?: string; issues?: { path?: string; message?: string }[] };
}

async function errorBody(response: Response): Promise<ErrorBody | null> {
  return (await readJson(response).catch(() => null)) as ErrorBody | null;
}

function refusal(response: Response, body: ErrorBody | null): SyncError {
  const message = body?.error?.message ?? `HTTP ${response.status}`;
  if (response.status === 426) return new SyncError('update-required', message, 426);
  // A hub error (5xx) is like an unreachable hub: retried with back-off, nothing moves.
  return new SyncError(response.status >= 500 ? 'unreachable' : 'refused', message, response.status);
}

function entityTables(db: LoketDatabase) {
  return (['cases', 'contacts', 'tasks', 'wooRequests', 'documents'] as const).map((entity) => db.table$(entity));
}

async function meta<T>(db: LoketDatabase, key: string): Promise<T | undefined> {
  return (await db.meta.get(key))?.value as T | undefined;
}

/** Things a coordinator must look at: merge conflicts and case numbers used twice. */
async function addToCounter(db: LoketDatabase, key: string, amount: number): Promise<void> {
  const previous = await meta<number>(db, key);
  await db.meta.put({ key, value: (typeof previous === 'number' ? previous : 0) + amount });
}

/**
 * The seq a mutation goes out with. After re-registering under a new clientId (a 409: a cloned
 * disk, or another desk's huge seq) the numbering restarts at 1 from the oldest pending entry.
 */
async function seqOffset(db: LoketDatabase): Promise<number> {
  return (await meta<number>(db, 'seqOffset')) ?? 0;
}

/** Point 13: a new clientId; everything still pending goes again under it (seq from 1), nothing is lost. */
export async function reRegister(db: LoketDatabase): Promise<string> {
  return db.transaction('rw', [db.meta, db.outbox], async () => {
    const first = await db.outbox.orderBy('seq').first();
    const clientId = newId();
    await db.meta.put({ key: 'clientId', value: clientId });
    await db.meta.put({ key: 'seqOffset', value: first ? first.seq! - 1 : 0 });
    return clientId;
  });
}

export interface PushOutcome {
  pushed: number;
  conflicts: number;
  refused: number;
  /** Entries taken from the outbox this call (pushed or refused): 0 means nothing left to do. */
  handled: number;
}

/** Moves a refused entry to the "Niet verzonden" list, data kept, and lets the rest go on (point 4). */
async function moveToRefused(db: LoketDatabase, entry: OutboxEntry, reason: string): Promise<void> {
  await db.transaction('rw', [db.outbox, db.syncIssues], async () => {
    await db.outbox.delete(entry.seq!);
    await db.syncIssues.add({ kind: 'refused', entity: entry.entity, id: entry.id, at: new Date().toISOString(), reason, entry });
  });
}

function stripLocal<T extends object>(event: T): Omit<T, 'unsent'> {
  const { unsent: _unsent, ...rest } = event as T & { unsent?: number };
  return rest;
}

async function sendBatch(
  db: LoketDatabase,
  hubUrl: string,
  fetchImpl: FetchLike,
  entries: OutboxEntry[],
  withAudit: boolean,
  reRegistered = false,
): Promise<PushOutcome> {
  const audit = withAudit ? await db.audit.where('unsent').equals(1).limit(AUDIT_BATCH).toArray() : [];
  if (entries.length === 0 && audit.length === 0) return { pushed: 0, conflicts: 0, refused: 0, handled: 0 };
  const offset = await seqOffset(db);
  const body = {
    clientId: await db.clientId(),
    schemaVersion: CURRENT_SCHEMA_VERSION,
    protocol: PROTOCOL_VERSION,
    mutations: entries.map((entry) => ({ ...entry, seq: entry.seq! - offset })),
    audit: audit.map(stripLocal),
  };
  const response = await call(fetchImpl, `${hubUrl}/sync/push`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (!response.ok) {
    const error = await errorBody(response);
    const namedAudit = /^audit\.(\d+)/.exec(error?.error?.issues?.[0]?.path ?? '');
    if (response.status === 400 && audit.length && (namedAudit || entries.length === 0)) {
      // An audit event the hub refuses is kept here, marked (unsent: 2), and no longer blocks sync.
      const refused = namedAudit ? [audit[Number(namedAudit[1])]!] : audit;
      await db.audit.where('id').anyOf(refused.map((event) => event.id)).modify((event) => {
        (event as { unsent?: number }).unsent = 2;
      });
      return { pushed: 0, conflicts: 0, refused: 0, handled: refused.length };
    }
    if (response.status === 413 || (response.status === 400 && entries.length > 1)) {
      const named = /^mutations\.(\d+)/.exec(error?.error?.issues?.[0]?.path ?? '');
      const culprit = named ? entries[Number(named[1])] : undefined;
      if (culprit) {
        await moveToRefused(db, culprit, error?.error?.message ?? `HTTP ${response.status}`);
        return { pushed: 0, conflicts: 0, refused: 1, handled: 1 };
      }
      if (entries.length > 1) return sendBatch(db, hubUrl, fetchImpl, entries.slice(0, Math.ceil(entries.length / 2)), false);
    }
    if ((response.status === 400 || response.status === 413 || response.status === 422) && entries.length === 1) {
      await moveToRefused(db, entries[0]!, error?.error?.message ?? `HTTP ${response.status}`);
      return { pushed: 0, conflicts: 0, refused: 1, handled: 1 };
    }
    if (response.status === 409 && !reRegistered && ['seq-reused', 'mutation-reused'].includes(error?.error?.code ?? '')) {
      await reRegister(db);
      const fresh = await db.outbox.orderBy('seq').limit(entries.length).toArray();
      return sendBatch(db, hubUrl, fetchImpl, fresh, withAudit, true);
    }
    throw refusal(response, error);
  }
  const parsed = pushResponseSchema.safeParse(await readJson(response));
  if (!parsed.success || parsed.data.results.length !== entries.length) {
    throw new SyncError('invalid-response', 'The hub answered the push with an unexpected shape');
  }

  let conflicts = 0;
  const now = new Date().toISOString();
  const issues: SyncIssue[] = [];
  for (const [index, result] of parsed.data.results.entries()) {
    const entry = entries[index]!;
    if (result.status === 'conflict') {
      conflicts++;
      issues.push({ kind: 'conflict', entity: entry.entity, id: entry.id, at: now, reason: (result.conflicts ?? []).join(', ') });
    }
    if (result.overruled?.length) {
      // Point 12: the desk whose change lost to a later one is told which fields.
      issues.push({ kind: 'overruled', entity: entry.entity, id: entry.id, at: now, reason: result.overruled.join(', ') });
    }
  }
  // In bulk: a batch of 500 is one delete, one update and one add instead of 1,500 single writes.
  await db.transaction('rw', [db.outbox, db.meta, db.audit, db.syncIssues], async () => {
    // Only the entries sent leave the outbox. Pending entries keep the baseRev they were made on
    // (point 1): raising it would claim revisions they never saw and hide other desks' changes.
    await db.outbox.bulkDelete(entries.map((entry) => entry.seq!));
    if (issues.length) await db.syncIssues.bulkAdd(issues);
    if (audit.length) await db.audit.bulkUpdate(audit.map((event) => ({ key: event.id, changes: { unsent: 0 } as Partial<AuditEvent> })));
    if (conflicts) await addToCounter(db, 'conflicts', conflicts);
  });
  return { pushed: entries.length, conflicts, refused: 0, handled: entries.length + audit.length };
}

/** Sends the oldest outbox entries (and audit events not sent yet); removes what the hub took. */
export async function pushOnce(db: LoketDatabase, hubUrl: string, fetchImpl: FetchLike, batch = PUSH_BATCH): Promise<PushOutcome> {
  const entries = await db.outbox.orderBy('seq').limit(batch).toArray();
  return sendBatch(db, hubUrl, fetchImpl, entries, true);
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A pending entry laid over a pulled record, as the hub will apply it. */
function applyPending(record: StoredRecord, entry: OutboxEntry): StoredRecord {
  if (entry.op === 'delete') return { ...record, deleted: true };
  if (entry.op === 'step' && entry.step) {
    try {
      const today = addDays(todayInAmsterdam(), 1);
      const result = applyWooStep(record as unknown as WooLifecycleState, entry.step, { today });
      return { ...record, ...result.state, decideBy: result.term.decideBy, extensionNoticeBy: result.term.extensionNoticeBy };
    } catch {
      // Not possible on the hub's state: the hub will record a conflict; show the hub's state.
      return record;
    }
  }
  const next: StoredRecord = { ...record };
  for (const [field, value] of Object.entries(entry.patch)) {
    if (field === 'visitor' && isPlainObject(value)) {
      const merged: Record<string, unknown> = isPlainObject(record.visitor) ? { ...record.visitor } : {};
      for (const [sub, subValue] of Object.entries(value)) {
        if (subValue === null) delete merged[sub];
        else merged[sub] = subValue;
      }
      next.visitor = merged;
    } else if (value === null) delete next[field];
    else next[field] = value;
  }
  return next;
}

/** The syncable fields of a local record, as a full patch (re-pushing what a restored hub lost). */
function recordAsPatch(record: StoredRecord): Record<string, unknown> {
  const values = syncable(record);
  for (const field of RECORD_FIELDS) delete values[field];
  return values;
}

interface Resync {
  /** Local versions above this revision are gone from the hub and are pushed again. */
  lostAbove: number;
  hubId: string;
}

/** Meets a hub identity: the first is stored; another one (restored or replaced hub) starts a full resync (point 11). */
async function checkIdentity(db: LoketDatabase, identity: HubIdentity): Promise<Resync | undefined> {
  const known = await meta<string>(db, 'hubId');
  if (known === identity.hubId) return undefined;
  if (known === undefined && ((await meta<number>(db, 'pullCheckpoint')) ?? 0) === 0) {
    await db.meta.put({ key: 'hubId', value: identity.hubId });
    return undefined;
  }
  return { lostAbove: identity.restoredHead, hubId: identity.hubId };
}

/**
 * Starts a full resync: the checkpoint goes to 0, pending entries may not claim revisions above
 * what the hub kept, and every audit event is offered again (the hub ignores ids it has).
 */
async function beginResync(db: LoketDatabase, resync: Resync): Promise<void> {
  await db.transaction('rw', [db.meta, db.outbox, db.audit], async () => {
    await db.meta.put({ key: 'resync', value: resync });
    await db.meta.put({ key: 'hubId', value: resync.hubId });
    await db.meta.put({ key: 'pullCheckpoint', value: 0 });
    await db.meta.put({ key: 'auditCheckpoint', value: 0 });
    await db.outbox.toCollection().modify((entry) => {
      if (entry.baseRev > resync.lostAbove) entry.baseRev = resync.lostAbove;
    });
    await db.audit.toCollection().modify((event) => {
      (event as { unsent?: number }).unsent = 1;
    });
  });
}

/** Applies the hub's changes since the stored checkpoint, page by page; pending local edits stay on top. */
export async function pullOnce(db: LoketDatabase, hubUrl: string, fetchImpl: FetchLike): Promise<number> {
  let applied = 0;
  let pages = 0;
  const seen = new Set<string>();
  for (;;) {
    const resync = await meta<Resync>(db, 'resync');
    if (!resync && pages >= MAX_PULL_PAGES) break;
    pages++;
    const since = (await meta<number>(db, 'pullCheckpoint')) ?? 0;
    const response = await call(fetchImpl, `${hubUrl}/sync/pull?protocol=${PROTOCOL_VERSION}&since=${since}&limit=${PULL_PAGE}`);
    if (response.status === 410) {
      // The hub does not know this checkpoint (restored without a new identity): resync, treating
      // every version above the hub's head as lost.
      const probe = await call(fetchImpl, `${hubUrl}/sync/pull?protocol=${PROTOCOL_VERSION}&since=0&limit=1`);
      if (!probe.ok) throw refusal(probe, await errorBody(probe));
      const head = pullResponseSchema.safeParse(await readJson(probe));
      if (!head.success) throw new SyncError('invalid-response', 'The hub answered the pull with an unexpected shape');
      await beginResync(db, { lostAbove: head.data.head, hubId: head.data.hubId });
      seen.clear();
      continue;
    }
    if (!response.ok) throw refusal(response, await errorBody(response));
    const parsed = pullResponseSchema.safeParse(await readJson(response));
    if (!parsed.success) throw new SyncError('invalid-response', 'The hub answered the pull with an unexpected shape');
    const { changes, checkpoint: next, hasMore } = parsed.data;
    const newResync = resync ? undefined : await checkIdentity(db, parsed.data);
    if (newResync) {
      await beginResync(db, newResync);
      seen.clear();
      continue;
    }
    // Point 14: an entity this desk does not know means a newer hub. Stop before the checkpoint moves.
    const unknown = changes.find((change) => !KNOWN_ENTITIES.has(change.entity));
    if (unknown) throw new SyncError('update-required', `The hub sends "${unknown.entity}" records this desk does not know; update the desk`);

    const duplicates: string[] = [];
    await db.transaction('rw', [db.outbox, db.meta, ...entityTables(db)], async () => {
      for (const change of changes) {
        const entity = change.entity as SyncedEntity;
        const table = db.table$(entity);
        const local = await table.get(change.id);
        seen.add(`${entity}:${change.id}`);
        const pending = await db.outbox.where('id').equals(change.id).sortBy('seq');
        if (resync && local && local.rev > resync.lostAbove && pending.length === 0) {
          // The hub lost this desk's acknowledged version: keep it and push it again on top of the
          // hub's (fields changed on the hub since the restore conflict or merge as usual).
          await db.outbox.add({
            mutationId: newId(),
            entity,
            id: change.id,
            op: local.deleted ? 'delete' : 'patch',
            baseRev: Math.min(change.rev, resync.lostAbove),
            patch: local.deleted ? {} : recordAsPatch(local),
            at: local.updatedAt,
          });
          await table.put({ ...local, rev: change.rev });
          applied++;
          continue;
        }
        if (!resync && local && local.rev >= change.rev) continue;
        // A tombstone carries no fields: the deleted record's data is not kept (AVG).
        let record: StoredRecord = {
          ...(change.data ?? {}),
          id: change.id,
          rev: change.rev,
          createdAt: change.createdAt,
          updatedAt: change.updatedAt,
          updatedBy: change.updatedBy,
          deleted: change.deleted,
        };
        // Edits made here and not yet pushed win locally until the hub has merged them.
        for (const entry of pending) record = applyPending(record, entry);
        if (!local && entity === 'cases' && !record.deleted && typeof record.number === 'string') {
          const sameNumber = await db.cases.where('number').equals(record.number).filter((other) => other.id !== record.id && !other.deleted).count();
          if (sameNumber > 0) duplicates.push(record.number);
        }
        await table.put(withLocalFields(entity, record));
        applied++;
      }
      if (duplicates.length) await addToCounter(db, 'conflicts', duplicates.length);
      await db.meta.put({ key: 'pullCheckpoint', value: next });
    });
    if (!hasMore) {
      if (resync) await finishResync(db, resync, seen);
      break;
    }
  }
  return applied;
}

/** Records the desk holds at a lost version and the hub does not have at all go out as creates. */
async function finishResync(db: LoketDatabase, resync: Resync, seen: ReadonlySet<string>): Promise<void> {
  await db.transaction('rw', [db.outbox, db.meta, ...entityTables(db)], async () => {
    for (const entity of ['cases', 'contacts', 'tasks', 'wooRequests'] as const) {
      const lost = await db.table$(entity).filter((record) => record.rev > resync.lostAbove && !seen.has(`${entity}:${record.id}`)).toArray();
      for (const record of lost) {
        if ((await db.outbox.where('id').equals(record.id).count()) > 0) continue;
        await db.outbox.add({
          mutationId: newId(),
          entity,
          id: record.id,
          op: record.deleted ? 'delete' : 'create',
          baseRev: 0,
          patch: record.deleted ? {} : recordAsPatch(record),
          at: record.updatedAt,
        });
        await db.table$(entity).put({ ...record, rev: 0 });
      }
    }
    await db.meta.delete('resync');
  });
}

/** Audit events other desks recorded (point 5), so every desk's history shows who did what. */
export async function pullAuditOnce(db: LoketDatabase, hubUrl: string, fetchImpl: FetchLike, recordId?: string): Promise<number> {
  let stored = 0;
  for (let page = 0; page < MAX_PULL_PAGES; page++) {
    const since = recordId ? 0 : ((await meta<number>(db, 'auditCheckpoint')) ?? 0);
    const query = `protocol=${PROTOCOL_VERSION}&since=${since}&limit=${AUDIT_BATCH}${recordId ? `&recordId=${recordId}` : ''}`;
    const response = await call(fetchImpl, `${hubUrl}/sync/audit?${query}`);
    if (response.status === 410 && !recordId) {
      await db.meta.put({ key: 'auditCheckpoint', value: 0 });
      continue;
    }
    if (!response.ok) throw refusal(response, await errorBody(response));
    const parsed = auditPullResponseSchema.safeParse(await readJson(response));
    if (!parsed.success) throw new SyncError('invalid-response', 'The hub answered the audit pull with an unexpected shape');
    await db.transaction('rw', [db.audit, db.meta], async () => {
      for (const event of parsed.data.events) {
        if (await db.audit.get(event.id)) continue;
        const { seq: _seq, ...rest } = event;
        await db.audit.add({ ...rest, unsent: 0 } as typeof rest);
        stored++;
      }
      if (!recordId) await db.meta.put({ key: 'auditCheckpoint', value: parsed.data.checkpoint });
    });
    if (!parsed.data.hasMore || recordId) break;
  }
  return stored;
}

export interface SyncOutcome {
  pushed: number;
  pulled: number;
  conflicts: number;
  refused: number;
}

const rounds = new WeakMap<LoketDatabase, Promise<unknown>>();

/**
 * One sync round. Rounds for one workstation database never overlap (point 7): a second caller
 * waits for the running round and then runs its own.
 */
export function syncOnce(db: LoketDatabase, hubUrl: string, fetchImpl: FetchLike, options: { pushBatch?: number } = {}): Promise<SyncOutcome> {
  const previous = rounds.get(db) ?? Promise.resolve();
  const next = previous.catch(() => undefined).then(() => runRound(db, hubUrl, fetchImpl, options.pushBatch ?? PUSH_BATCH));
  rounds.set(db, next);
  return next;
}

async function runRound(db: LoketDatabase, hubUrl: string, fetchImpl: FetchLike, batch: number): Promise<SyncOutcome> {
  const totals = { pushed: 0, conflicts: 0, refused: 0 };
  // Push until the outbox is empty (bounded), so a long offline period drains in one round.
  const drainOutbox = async () => {
    for (let round = 0; round < 200; round++) {
      const outcome = await pushOnce(db, hubUrl, fetchImpl, batch);
      totals.pushed += outcome.pushed;
      totals.conflicts += outcome.conflicts;
      totals.refused += outcome.refused;
      if (outcome.handled === 0) break;
    }
  };
  await drainOutbox();
  const pulled = await pullOnce(db, hubUrl, fetchImpl);
  // A resync may have queued lost versions: send them now, in the same round.
  if ((await db.outbox.count()) > 0) await drainOutbox();
  const { pushed, conflicts, refused } = totals;
  await pullAuditOnce(db, hubUrl, fetchImpl);
  return { pushed, pulled, conflicts, refused };
}
