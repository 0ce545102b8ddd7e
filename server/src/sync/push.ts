import type { Mutation } from '../../../shared/sync/mutation';
import type { AuditEvent, SyncedEntity } from '../../../shared/model/records';
import { todayInAmsterdam } from '../../../shared/calendar/amsterdam';
import { addDays } from '../../../shared/calendar/isoDate';
import { newId } from '../../../shared/ids';
import { applyWooStep, newWooRequestState, WooLifecycleError, type WooStep } from '../../../shared/woo/lifecycle';
import type { WooLifecycleState } from '../../../shared/woo/request';
import { WOO_LIFECYCLE_FIELDS } from '../../../shared/sync/records';
import type { Db, DbClient } from '../db/db';
import { HttpError } from '../http/errors';
import { CONFLICT_FIELDS, FIELD_GROUPS, NESTED_FIELDS, TABLES } from './entities';
import { mergePatch, type FieldConflict } from './merge';
import type { HubPushRequest, MutationResult, PushResponse } from './protocol';
import { lockRecords, lockRevisions, type FieldMeta, type FieldMetaMap, type StoredRecord } from './records';
import { MAX_RECORD_BYTES } from './validate';

/** How far ahead of the hub's clock a desk's `at` may be before it is bounded (point 12). */
export const CLOCK_ALLOWANCE_MS = 2 * 60_000;
/** How far past a client's last applied seq one push may jump (point 13). */
export const MAX_SEQ_JUMP = 100_000;

/** One record as this push leaves it: written once, under one revision, when the batch is done. */
interface Touched extends StoredRecord {
  /** Not on the hub before this push: inserted instead of updated. */
  isNew: boolean;
  /** The revision before this push: the one a conflict's kept hub value came from (a desk's own earlier change in the batch never conflicts). */
  revBefore: number;
  createdAt: string | undefined;
  /** Set when a mutation changed fields or deleted the record; a bare revision bump leaves them. */
  updatedAt: string | undefined;
  updatedBy: string | undefined;
}

interface PendingConflict {
  mutation: Mutation;
  hubRev: number;
  conflict: FieldConflict;
}

interface Context {
  clientId: string;
  /** Stored as updated_by: the signed-in user once sign-in exists, until then the workstation. */
  actor: string;
  now: number;
  /** The records this push touches, locked, as they stand after the mutations applied so far. */
  records: Map<string, StoredRecord>;
  /** Records changed by this push: each gets one revision, however many of its mutations changed it. */
  touched: Map<string, Touched>;
  conflicts: PendingConflict[];
  /** The revision counter as locked at the start; revisions are handed out above it, without gaps. */
  head: number;
  used: number;
}

/**
 * The revision a record carries after this push. All mutations of one record in one push share it
 * (the batch commits as one, so no reader could tell the steps apart): 2,500 patches of one case
 * are one revision and one UPDATE instead of 2,500. Handed out in memory: the counter row is locked
 * for the whole transaction and written once at the end.
 */
function revisionFor(ctx: Context, key: string): number {
  const touched = ctx.touched.get(key);
  if (touched) return touched.rev;
  ctx.used += 1;
  return ctx.head + ctx.used;
}

function touch(ctx: Context, key: string, record: StoredRecord, change: { created?: boolean; at?: string; by?: string } = {}): void {
  const previous = ctx.touched.get(key);
  ctx.touched.set(key, {
    ...record,
    isNew: previous ? previous.isNew : change.created === true,
    revBefore: previous ? previous.revBefore : change.created ? record.rev : (ctx.records.get(key)?.rev ?? record.rev),
    createdAt: previous?.createdAt ?? (change.created ? change.at : undefined),
    updatedAt: change.at ?? previous?.updatedAt,
    updatedBy: change.at ? change.by : previous?.updatedBy,
  });
  ctx.records.set(key, record);
}

function recordConflicts(ctx: Context, mutation: Mutation, existing: StoredRecord, conflicts: FieldConflict[]): void {
  const key = `${mutation.entity}:${mutation.id}`;
  const hubRev = ctx.touched.get(key)?.revBefore ?? existing.rev;
  for (const conflict of conflicts) ctx.conflicts.push({ mutation, hubRev, conflict });
}

/**
 * The desk's time of a change or audit event, bounded by the hub's clock (point 12): later than the
 * hub's time plus a small allowance, it becomes the hub's time. Never refused: a fast clock must not
 * stall a desk's outbox, and its changes are still real. Times before 2000 (a clock reset to 1970,
 * year 0000) never get here: checkPush refuses them, mutations and audit events alike (decision 060).
 */
function boundedAt(at: string, now: number): string {
  const ms = Date.parse(at);
  return !Number.isFinite(ms) || ms > now + CLOCK_ALLOWANCE_MS ? new Date(now).toISOString() : new Date(ms).toISOString();
}

/** A step is judged on the hub's calendar, one day of slack for a desk just past midnight. */
function stepContext(now: number) {
  return { today: addDays(todayInAmsterdam(new Date(now)), 1) };
}

function lifecycleOf(data: Record<string, unknown>): WooLifecycleState {
  return data as unknown as WooLifecycleState;
}

function lifecyclePatch(state: WooLifecycleState, term: { decideBy: string | null; extensionNoticeBy: string | null }): Record<string, unknown> {
  const fields: Record<string, unknown> = { ...state, decideBy: term.decideBy, extensionNoticeBy: term.extensionNoticeBy };
  // Keys absent from the new state must be cleared, not left from an older one.
  for (const key of WOO_LIFECYCLE_FIELDS) if (!(key in fields)) fields[key] = null;
  return fields;
}

/** `data` with `changed` laid over it; a field set to null is cleared (removed), so every desk sees it absent. */
function withChanges(data: Record<string, unknown>, changed: Record<string, unknown>): Record<string, unknown> {
  const next = { ...data };
  for (const [field, value] of Object.entries(changed)) {
    if (value === null) delete next[field];
    else next[field] = value;
  }
  return next;
}

function withMeta(fieldMeta: FieldMetaMap, keys: Iterable<string>, meta: FieldMeta): FieldMetaMap {
  const next = { ...fieldMeta };
  for (const key of keys) next[key] = meta;
  return next;
}

function refuse(mutation: Mutation, index: number, message: string): never {
  throw new HttpError(400, 'invalid-mutation', `Mutation ${mutation.mutationId} refused: ${message}`, [{ path: `mutations.${index}`, message }]);
}

function checkSize(mutation: Mutation, index: number, data: Record<string, unknown>): void {
  if (Buffer.byteLength(JSON.stringify(data)) > MAX_RECORD_BYTES) refuse(mutation, index, `the record would be larger than ${MAX_RECORD_BYTES} bytes`);
}

/**
 * Applies one mutation to the in-memory state of its record (the database is written once per
 * batch, see writeBatch). Each mutation sees the record as the ones before it in the batch left it,
 * so the merge, conflict and later-writer rules are the same as one mutation per transaction.
 */
function applyMutation(ctx: Context, mutation: Mutation, index: number): MutationResult {
  const { actor } = ctx;
  const base = { mutationId: mutation.mutationId, seq: mutation.seq };
  const at = boundedAt(mutation.at, ctx.now);
  const entity = mutation.entity as SyncedEntity;
  const key = `${entity}:${mutation.id}`;
  const existing = ctx.records.get(key);
  const client = ctx.clientId;

  if (existing && mutation.baseRev > existing.rev) {
    refuse(mutation, index, `baseRev ${mutation.baseRev} is above the record's revision ${existing.rev}`);
  }

  if (mutation.op === 'step') {
    if (!existing || existing.deleted) refuse(mutation, index, 'a Woo step for a request the hub does not have');
    try {
      const result = applyWooStep(lifecycleOf(existing.data), mutation.step as WooStep, stepContext(ctx.now));
      const changed = lifecyclePatch(result.state, result.term);
      const rev = revisionFor(ctx, key);
      const fieldMeta = withMeta(existing.fieldMeta, Object.keys(changed), { rev, at, client });
      touch(ctx, key, { ...existing, rev, data: withChanges(existing.data, changed), fieldMeta }, { at, by: actor });
      return { ...base, status: 'applied', rev };
    } catch (error) {
      if (!(error instanceof WooLifecycleError)) throw error;
      // Incompatible with what the hub has (another desk's step came first): the hub's state stays,
      // the step is kept for a coordinator, and the rev moves so the desk pulls the hub's state.
      const rev = revisionFor(ctx, key);
      const hubState = Object.fromEntries(WOO_LIFECYCLE_FIELDS.filter((f) => Object.hasOwn(existing.data, f)).map((f) => [f, existing.data[f]]));
      recordConflicts(ctx, mutation, existing, [{ field: 'lifecycle', hubValue: hubState, clientValue: { step: mutation.step, reason: error.code } }]);
      touch(ctx, key, { ...existing, rev });
      return { ...base, status: 'conflict', rev, conflicts: ['lifecycle'] };
    }
  }

  let patch = mutation.patch;
  if (entity === 'wooRequests' && mutation.op !== 'delete') {
    if (mutation.op === 'create' && !existing) {
      // The initial lifecycle state is recomputed, never taken from the desk.
      try {
        const initial = newWooRequestState(String(patch.receivedOn), stepContext(ctx.now));
        const expected = lifecyclePatch(initial.state, initial.term);
        for (const field of ['status', 'suspensions', 'handlingSince', 'extension', 'decision', 'closedOn'] as const) {
          if (JSON.stringify(patch[field] ?? null) !== JSON.stringify(expected[field] ?? null)) {
            refuse(mutation, index, `a new Woo request starts as received; "${field}" changes only by a step`);
          }
        }
        patch = Object.fromEntries(Object.entries({ ...patch, ...expected }).filter(([, value]) => value !== null));
      } catch (error) {
        if (error instanceof WooLifecycleError) refuse(mutation, index, error.message);
        throw error;
      }
    } else {
      for (const field of WOO_LIFECYCLE_FIELDS) if (Object.hasOwn(patch, field)) refuse(mutation, index, `"${field}" changes only by a Woo step`);
    }
  }

  if (!existing) {
    // A patch for a record the hub never saw (its create was lost or compacted) creates it: the
    // client's fields are all the hub can know. A delete leaves a tombstone so others learn of it.
    const deleted = mutation.op === 'delete';
    const data = deleted ? {} : Object.fromEntries(Object.entries(patch).filter(([, value]) => value !== null));
    const rev = revisionFor(ctx, key);
    const fieldMeta = withMeta({}, Object.keys(data), { rev, at, client });
    touch(ctx, key, { id: mutation.id, rev, deleted, data, fieldMeta }, { created: true, at, by: actor });
    return { ...base, status: 'applied', rev };
  }

  if (mutation.op === 'delete') {
    if (existing.deleted) return { ...base, status: 'unchanged', rev: existing.rev };
    const rev = revisionFor(ctx, key);
    touch(ctx, key, { ...existing, rev, deleted: true }, { at, by: actor });
    return { ...base, status: 'applied', rev };
  }

  if (existing.deleted) {
    // Someone deleted what this client edited. Neither side silently wins: the record stays
    // deleted and the edit is kept as a conflict a coordinator can use to restore it.
    const rev = revisionFor(ctx, key);
    recordConflicts(ctx, mutation, existing, [{ field: 'deleted', hubValue: true, clientValue: patch }]);
    touch(ctx, key, { ...existing, rev });
    return { ...base, status: 'conflict', rev, conflicts: ['deleted'] };
  }

  const merge = mergePatch(
    { data: existing.data, fieldMeta: existing.fieldMeta, patch, baseRev: mutation.baseRev, at, clientId: client },
    { conflictFields: CONFLICT_FIELDS, groups: FIELD_GROUPS[entity] ?? [], ...(NESTED_FIELDS[entity] ? { nested: NESTED_FIELDS[entity] } : {}) },
  );
  const acceptedAny = merge.acceptedMeta.length > 0;
  if (!acceptedAny && merge.conflicts.length === 0 && merge.overruled.length === 0) {
    return { ...base, status: 'unchanged', rev: existing.rev };
  }
  const data = withChanges(existing.data, merge.accepted);
  checkSize(mutation, index, data);
  const rev = revisionFor(ctx, key);
  recordConflicts(ctx, mutation, existing, merge.conflicts);
  const fieldMeta = withMeta(existing.fieldMeta, merge.acceptedMeta, { rev, at, client });
  // Only a change of fields counts as an update (updated_at/by); a bare bump lets the desk pull the hub's value.
  touch(ctx, key, { ...existing, rev, data, fieldMeta }, Object.keys(merge.accepted).length ? { at, by: actor } : {});
  const conflicts = merge.conflicts.map((conflict) => conflict.field);
  return {
    ...base,
    status: conflicts.length ? 'conflict' : merge.overruled.length ? 'merged' : 'applied',
    rev,
    ...(conflicts.length ? { conflicts } : {}),
    ...(merge.overruled.length ? { overruled: merge.overruled } : {}),
  };
}

interface AppliedEntry {
  mutation_id: string;
  seq: number;
  entity: string;
  record_id: string;
  result: MutationResult;
}

/**
 * Writes everything the batch changed in ONE statement (data-modifying CTEs): the revision counter,
 * per entity the new records (INSERT) and the changed ones (UPDATE of the whole record: its row is
 * locked since the batch began, so memory and table agree), the conflicts, the applied mutations,
 * the client's last seq and the audit events. Every statement is a round trip through the database
 * (on PGlite about 0.3 ms of the hub's one thread), so a push of one change takes five statements
 * instead of twelve. The parts touch different rows, so their order does not matter; the audit
 * insert numbers its events from the audit counter's update in the same statement.
 */
async function writeBatch(tx: DbClient, ctx: Context, applied: readonly AppliedEntry[], lastSeq: number, audit: readonly AuditEvent[]): Promise<void> {
  const params: unknown[] = [];
  const param = (value: unknown) => {
    params.push(value);
    return `$${params.length}`;
  };
  const parts: string[] = [];
  if (ctx.used) parts.push(`update revision_counter set value = value + ${param(ctx.used)}`);
  const byEntity = new Map<SyncedEntity, { inserts: Record<string, unknown>[]; updates: Record<string, unknown>[] }>();
  for (const [key, record] of ctx.touched) {
    const entity = key.slice(0, key.indexOf(':')) as SyncedEntity;
    const rows = byEntity.get(entity) ?? { inserts: [], updates: [] };
    byEntity.set(entity, rows);
    const row = {
      id: record.id,
      rev: record.rev,
      deleted: record.deleted,
      data: record.data,
      field_meta: record.fieldMeta,
      updated_at: record.updatedAt ?? null,
      updated_by: record.updatedBy ?? null,
    };
    if (record.isNew) rows.inserts.push({ ...row, created_at: record.createdAt });
    else rows.updates.push(row);
  }
  for (const [entity, { inserts, updates }] of byEntity) {
    if (inserts.length) {
      parts.push(`insert into ${TABLES[entity]} (id, rev, created_at, updated_at, updated_by, deleted, data, field_meta)
         select r.id, r.rev, r.created_at, r.updated_at, r.updated_by, r.deleted, r.data, r.field_meta
           from jsonb_to_recordset(${param(JSON.stringify(inserts))}::jsonb)
             as r(id uuid, rev bigint, created_at timestamptz, updated_at timestamptz, updated_by text, deleted boolean, data jsonb, field_meta jsonb)`);
    }
    if (updates.length) {
      parts.push(`update ${TABLES[entity]} as t set
           rev = r.rev, deleted = r.deleted, data = r.data, field_meta = r.field_meta,
           updated_at = coalesce(r.updated_at, t.updated_at), updated_by = coalesce(r.updated_by, t.updated_by)
           from jsonb_to_recordset(${param(JSON.stringify(updates))}::jsonb)
             as r(id uuid, rev bigint, updated_at timestamptz, updated_by text, deleted boolean, data jsonb, field_meta jsonb)
          where t.id = r.id`);
    }
  }
  const clientId = param(ctx.clientId);
  if (ctx.conflicts.length) {
    const rows = ctx.conflicts.map(({ mutation, hubRev, conflict }) => ({
      id: newId(),
      entity: mutation.entity,
      record_id: mutation.id,
      field: conflict.field,
      hub_value: conflict.hubValue === undefined ? null : JSON.stringify(conflict.hubValue),
      client_value: JSON.stringify(conflict.clientValue),
      hub_rev: hubRev,
      base_rev: mutation.baseRev,
      mutation_id: mutation.mutationId,
    }));
    // Values travel as JSON text: SQL NULL for a field the hub does not have, jsonb 'null' for one set to null.
    parts.push(`insert into conflicts (id, entity, record_id, field, hub_value, client_value, hub_rev, base_rev, client_id, mutation_id)
       select c.id, c.entity, c.record_id, c.field, c.hub_value::jsonb, c.client_value::jsonb, c.hub_rev, c.base_rev, ${clientId}::uuid, c.mutation_id
         from jsonb_to_recordset(${param(JSON.stringify(rows))}::jsonb)
           as c(id uuid, entity text, record_id uuid, field text, hub_value text, client_value text, hub_rev bigint, base_rev bigint, mutation_id uuid)`);
  }
  if (applied.length) {
    parts.push(`insert into applied_mutations (mutation_id, client_id, seq, entity, record_id, result)
       select m.mutation_id, ${clientId}::uuid, m.seq, m.entity, m.record_id, m.result
         from jsonb_to_recordset(${param(JSON.stringify(applied))}::jsonb) as m(mutation_id uuid, seq bigint, entity text, record_id uuid, result jsonb)`);
  }
  parts.push(`update clients set last_seq = ${param(lastSeq)}, last_seen_at = now() where client_id = ${clientId}::uuid`);
  let auditSeq = '';
  if (audit.length) {
    // The audit counter row stays locked until COMMIT, so events become visible in seq order (as revisions).
    const count = param(audit.length);
    auditSeq = `audit_seq as (update audit_counter set value = value + ${count} returning value), `;
    const events = audit.map((event, i) => ({ ...event, record_id: event.recordId, at: boundedAt(event.at, ctx.now), n: i + 1 }));
    parts.push(`insert into audit (id, at, actor, action, entity, record_id, fields, client_id, seq)
       select e.id, e.at, e.actor, e.action, e.entity, e.record_id, e.fields, ${clientId}::uuid, (select value from audit_seq) - ${count} + e.n
         from jsonb_to_recordset(${param(JSON.stringify(events))}::jsonb)
           as e(id uuid, at timestamptz, actor text, action text, entity text, record_id uuid, fields jsonb, n bigint)
       on conflict (id) do nothing`);
  }
  await tx.query(`with ${auditSeq}${parts.map((part, i) => `w${i} as (${part})`).join(',\n')} select 1`, params);
}

interface AppliedRow {
  mutation_id: string;
  client_id: string;
  seq: number;
  result: MutationResult;
}

/**
 * Applies one push in one transaction (DESIGN.md "Sync protocol", decision 060). Mutations at or
 * below the client's last applied seq are replays: they get their stored answer back and change
 * nothing, so a client may resend a batch whose response it never received. Any refusal rolls back
 * the whole batch, leaving the hub as it was.
 */
export async function applyPush(db: Db, request: HubPushRequest, actor: string, now = Date.now()): Promise<PushResponse> {
  return db.transaction(async (tx) => {
    // Lock order – client row, then the revision counter, then records, then the audit counter –
    // is the same for every push, so two pushes queue instead of deadlocking. Statement 1 registers
    // the client, locking its row, and reads its last seq.
    const { rows: registered } = await tx.query<{ last_seq: number }>(
      `insert into clients (client_id, schema_version) values ($1, $2)
       on conflict (client_id) do update set schema_version = excluded.schema_version, last_seen_at = now()
       returning last_seq`,
      [request.clientId, request.schemaVersion],
    );
    // Statement 2, not a subquery of statement 1: on PostgreSQL (READ COMMITTED) a push that waited
    // on the client row gets the newest last_seq from the upsert but a snapshot taken before it
    // waited, so it would not see the mutations the push it waited for applied, and a resent batch
    // would be refused as seq-reused (review finding 1). A new statement takes a new snapshot.
    const { rows: opened } = await tx.query<{ hub_id: string; restored_head: number; applied: AppliedRow[] }>(
      `select h.hub_id, h.restored_head,
              coalesce((select jsonb_agg(jsonb_build_object('mutation_id', a.mutation_id, 'client_id', a.client_id, 'seq', a.seq, 'result', a.result))
                          from applied_mutations a where a.mutation_id = any($1::uuid[])), '[]'::jsonb) as applied
         from hub_identity h`,
      [request.mutations.map((mutation) => mutation.mutationId)],
    );
    const { hub_id: hubId, restored_head: restoredHead, applied: appliedRows } = opened[0]!;
    let lastSeq = registered[0]!.last_seq;
    const applied = new Map(appliedRows.map((row) => [row.mutation_id, row]));
    const fresh = request.mutations.filter((mutation) => !applied.has(mutation.mutationId));

    const records = new Map<string, StoredRecord>();
    let head = 0;
    if (fresh.length) {
      head = await lockRevisions(tx);
      const byEntity = new Map<SyncedEntity, Set<string>>();
      for (const mutation of fresh) byEntity.set(mutation.entity, (byEntity.get(mutation.entity) ?? new Set()).add(mutation.id));
      for (const [entity, recordIds] of byEntity) {
        for (const [id, record] of await lockRecords(tx, entity, [...recordIds])) records.set(`${entity}:${id}`, record);
      }
    }
    const ctx: Context = { clientId: request.clientId, actor, now, records, touched: new Map(), conflicts: [], head, used: 0 };

    const results: MutationResult[] = [];
    const newlyApplied: AppliedEntry[] = [];
    for (const [index, mutation] of request.mutations.entries()) {
      const previous = applied.get(mutation.mutationId);
      if (previous) {
        if (previous.client_id !== request.clientId || previous.seq !== mutation.seq) {
          throw new HttpError(409, 'mutation-reused', `mutation ${mutation.mutationId} was already applied with another client or seq`);
        }
        results.push(previous.result);
        continue;
      }
      if (mutation.seq <= lastSeq) {
        throw new HttpError(
          409,
          'seq-reused',
          `seq ${mutation.seq} is not after this client's last applied seq ${lastSeq}, and mutation ${mutation.mutationId} is new; register under a new clientId`,
        );
      }
      if (mutation.seq > lastSeq + MAX_SEQ_JUMP) {
        throw new HttpError(400, 'seq-jump', `Mutation ${mutation.mutationId} refused: seq ${mutation.seq} jumps more than ${MAX_SEQ_JUMP} past ${lastSeq}`, [
          { path: `mutations.${index}.seq`, message: 'jumps too far' },
        ]);
      }
      lastSeq = mutation.seq;
      const result = applyMutation(ctx, mutation, index);
      newlyApplied.push({ mutation_id: mutation.mutationId, seq: mutation.seq, entity: mutation.entity, record_id: mutation.id, result });
      results.push(result);
    }
    await writeBatch(tx, ctx, newlyApplied, lastSeq, request.audit ?? []);
    return { hubId, restoredHead, results, lastSeq };
  });
}
