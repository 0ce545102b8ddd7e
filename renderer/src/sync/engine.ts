import { pullResponseSchema, pushResponseSchema } from '../../../shared/sync/protocol';
import { SYNCED_ENTITIES } from '../../../shared/model/records';
import type { LoketDatabase, StoredRecord } from '../db/database';
import { withLocalFields } from '../db/localFields';
import { CURRENT_SCHEMA_VERSION } from '../db/schema';

/**
 * One round of sync with the hub (DESIGN.md "Sync protocol"): push the outbox, then pull what
 * changed on the hub. Every step that changes local state is one transaction, so a crash or a
 * lost connection at any point leaves a consistent database that the next round continues from.
 */

export type FetchLike = (url: string, init?: RequestInit) => Promise<Response>;

export class SyncError extends Error {
  constructor(
    readonly kind: 'unreachable' | 'refused' | 'invalid-response',
    message: string,
    readonly status?: number,
  ) {
    super(message);
    this.name = 'SyncError';
  }
}

const PUSH_BATCH = 200;
const AUDIT_BATCH = 500;
const PULL_PAGE = 500;
const MAX_PULL_PAGES = 50;

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

async function refusal(response: Response): Promise<SyncError> {
  const body = (await readJson(response).catch(() => null)) as { error?: { message?: string } } | null;
  return new SyncError('refused', body?.error?.message ?? `HTTP ${response.status}`, response.status);
}

function entityTables(db: LoketDatabase) {
  return SYNCED_ENTITIES.map((entity) => db.table$(entity));
}

/** Things a coordinator must look at: merge conflicts and case numbers used twice. */
async function addToCounter(db: LoketDatabase, key: string, amount: number): Promise<void> {
  const previous = (await db.meta.get(key))?.value;
  await db.meta.put({ key, value: (typeof previous === 'number' ? previous : 0) + amount });
}

export interface PushOutcome {
  pushed: number;
  conflicts: number;
}

/** Sends the oldest outbox entries (and audit events not sent yet); removes what the hub took. */
export async function pushOnce(db: LoketDatabase, hubUrl: string, fetchImpl: FetchLike): Promise<PushOutcome> {
  const entries = await db.outbox.orderBy('seq').limit(PUSH_BATCH).toArray();
  const auditFrom = (await db.meta.get('auditPushedUntil'))?.value;
  const audit = await (typeof auditFrom === 'string' ? db.audit.where('id').above(auditFrom) : db.audit.orderBy('id'))
    .limit(AUDIT_BATCH)
    .toArray();
  if (entries.length === 0 && audit.length === 0) return { pushed: 0, conflicts: 0 };

  const body = {
    clientId: await db.clientId(),
    schemaVersion: CURRENT_SCHEMA_VERSION,
    mutations: entries.map((entry) => ({ ...entry, seq: entry.seq! })),
    audit,
  };
  const response = await call(fetchImpl, `${hubUrl}/sync/push`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw await refusal(response);
  const parsed = pushResponseSchema.safeParse(await readJson(response));
  if (!parsed.success || parsed.data.results.length !== entries.length) {
    throw new SyncError('invalid-response', 'The hub answered the push with an unexpected shape');
  }

  let conflicts = 0;
  await db.transaction('rw', [db.outbox, db.meta], async () => {
    for (const [index, result] of parsed.data.results.entries()) {
      const entry = entries[index]!;
      await db.outbox.delete(entry.seq!);
      // The local record's rev is left alone: only a pull sets it, together with the hub's
      // fields, so a merged or conflicting result is corrected by the pull that follows.
      // Changes made while this push was on its way now build on the revision the hub gave.
      await db.outbox
        .where('id')
        .equals(entry.id)
        .modify((pending) => {
          pending.baseRev = Math.max(pending.baseRev, result.rev);
        });
      if (result.status === 'conflict') conflicts++;
    }
    if (audit.length) await db.meta.put({ key: 'auditPushedUntil', value: audit.at(-1)!.id });
    if (conflicts) await addToCounter(db, 'conflicts', conflicts);
  });
  return { pushed: entries.length, conflicts };
}

/** Applies the hub's changes since the stored checkpoint, page by page; pending local edits stay on top. */
export async function pullOnce(db: LoketDatabase, hubUrl: string, fetchImpl: FetchLike): Promise<number> {
  let applied = 0;
  let resynced = false;
  for (let page = 0; page < MAX_PULL_PAGES; page++) {
    const checkpoint = (await db.meta.get('pullCheckpoint'))?.value;
    const since = typeof checkpoint === 'number' ? checkpoint : 0;
    const response = await call(fetchImpl, `${hubUrl}/sync/pull?since=${since}&limit=${PULL_PAGE}`);
    if (response.status === 410 && !resynced) {
      // The hub does not know this checkpoint (restored or replaced hub): start over from zero.
      resynced = true;
      await db.meta.put({ key: 'pullCheckpoint', value: 0 });
      continue;
    }
    if (!response.ok) throw await refusal(response);
    const parsed = pullResponseSchema.safeParse(await readJson(response));
    if (!parsed.success) throw new SyncError('invalid-response', 'The hub answered the pull with an unexpected shape');
    const { changes, checkpoint: next, hasMore } = parsed.data;

    const duplicates: string[] = [];
    await db.transaction('rw', [db.outbox, db.meta, ...entityTables(db)], async () => {
      for (const change of changes) {
        const table = db.table$(change.entity);
        const local = await table.get(change.id);
        if (local && local.rev >= change.rev) continue;
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
        const pending = await db.outbox.where('id').equals(change.id).sortBy('seq');
        for (const entry of pending) record = entry.op === 'delete' ? { ...record, deleted: true } : { ...record, ...entry.patch };
        if (!local && change.entity === 'cases' && !record.deleted && typeof record.number === 'string') {
          const sameNumber = await db.cases.where('number').equals(record.number).filter((other) => other.id !== record.id && !other.deleted).count();
          if (sameNumber > 0) duplicates.push(record.number);
        }
        await table.put(withLocalFields(change.entity, record));
        applied++;
      }
      if (duplicates.length) await addToCounter(db, 'conflicts', duplicates.length);
      await db.meta.put({ key: 'pullCheckpoint', value: next });
    });
    if (!hasMore) break;
  }
  return applied;
}

export interface SyncOutcome {
  pushed: number;
  pulled: number;
  conflicts: number;
}

export async function syncOnce(db: LoketDatabase, hubUrl: string, fetchImpl: FetchLike): Promise<SyncOutcome> {
  let pushed = 0;
  let conflicts = 0;
  // Push until the outbox is empty (bounded), so a long offline period drains in one round.
  for (let round = 0; round < 50; round++) {
    const outcome = await pushOnce(db, hubUrl, fetchImpl);
    pushed += outcome.pushed;
    conflicts += outcome.conflicts;
    if (outcome.pushed < PUSH_BATCH) break;
  }
  const pulled = await pullOnce(db, hubUrl, fetchImpl);
  return { pushed, pulled, conflicts };
}
