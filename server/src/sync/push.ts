import type { Mutation } from '../../../shared/sync/mutation';
import type { AuditEvent, SyncedEntity } from '../../../shared/model/records';
import { todayInAmsterdam } from '../../../shared/calendar/amsterdam';
import { addDays } from '../../../shared/calendar/isoDate';
import { newId } from '../../../shared/ids';
import { applyWooStep, newWooRequestState, WooLifecycleError, type WooStep } from '../../../shared/woo/lifecycle';
import type { WooLifecycleState } from '../../../shared/woo/request';
import { MIN_INSTANT, WOO_LIFECYCLE_FIELDS } from '../../../shared/sync/records';
import type { Db, DbClient } from '../db/db';
import { HttpError } from '../http/errors';
import { CONFLICT_FIELDS, FIELD_GROUPS, NESTED_FIELDS, TABLES } from './entities';
import { hubIdentity } from './identity';
import { mergePatch, type FieldConflict } from './merge';
import type { HubPushRequest, MutationResult, PushResponse } from './protocol';
import { insertRecord, lockRecords, lockRevisions, updateRecord, type StoredRecord } from './records';
import { MAX_RECORD_BYTES } from './validate';

/** How far ahead of the hub's clock a desk's `at` may be before it is bounded (point 12). */
export const CLOCK_ALLOWANCE_MS = 2 * 60_000;
/** How far past a client's last applied seq one push may jump (point 13). */
export const MAX_SEQ_JUMP = 100_000;

interface Context {
  tx: DbClient;
  clientId: string;
  /** Stored as updated_by: the signed-in user once sign-in exists, until then the workstation. */
  actor: string;
  now: number;
  records: Map<string, StoredRecord>;
}

async function recordConflicts(ctx: Context, mutation: Mutation, hubRev: number, conflicts: FieldConflict[]): Promise<void> {
  for (const conflict of conflicts) {
    await ctx.tx.query(
      `insert into conflicts (id, entity, record_id, field, hub_value, client_value, hub_rev, base_rev, client_id, mutation_id)
       values ($1, $2, $3, $4, $5::jsonb, $6::jsonb, $7, $8, $9, $10)`,
      [
        newId(),
        mutation.entity,
        mutation.id,
        conflict.field,
        conflict.hubValue === undefined ? null : JSON.stringify(conflict.hubValue),
        JSON.stringify(conflict.clientValue),
        hubRev,
        mutation.baseRev,
        ctx.clientId,
        mutation.mutationId,
      ],
    );
  }
}

/**
 * The desk's time of a change, bounded by the hub's clock (point 12): later than the hub's time plus
 * a small allowance, or before 1970 (a desk clock gone wrong, year 0000), it becomes the hub's time.
 * Never refused: a wrong clock must not stall a desk's outbox.
 */
function boundedAt(at: string, now: number): string {
  const ms = Date.parse(at);
  return !Number.isFinite(ms) || ms > now + CLOCK_ALLOWANCE_MS || ms < MIN_INSTANT ? new Date(now).toISOString() : new Date(ms).toISOString();
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

function refuse(mutation: Mutation, index: number, message: string): never {
  throw new HttpError(400, 'invalid-mutation', `Mutation ${mutation.mutationId} refused: ${message}`, [{ path: `mutations.${index}`, message }]);
}

function checkSize(mutation: Mutation, index: number, data: Record<string, unknown>): void {
  if (Buffer.byteLength(JSON.stringify(data)) > MAX_RECORD_BYTES) refuse(mutation, index, `the record would be larger than ${MAX_RECORD_BYTES} bytes`);
}

async function applyMutation(ctx: Context, mutation: Mutation, index: number): Promise<MutationResult> {
  const { tx, actor } = ctx;
  const base = { mutationId: mutation.mutationId, seq: mutation.seq };
  const at = boundedAt(mutation.at, ctx.now);
  const entity = mutation.entity as SyncedEntity;
  const key = `${entity}:${mutation.id}`;
  const existing = ctx.records.get(key);
  const remember = (rev: number, data: Record<string, unknown>, deleted: boolean, fieldMeta = existing?.fieldMeta ?? {}) =>
    ctx.records.set(key, { id: mutation.id, rev, deleted, data, fieldMeta });

  if (existing && mutation.baseRev > existing.rev) {
    refuse(mutation, index, `baseRev ${mutation.baseRev} is above the record's revision ${existing.rev}`);
  }

  if (mutation.op === 'step') {
    if (!existing || existing.deleted) refuse(mutation, index, 'a Woo step for a request the hub does not have');
    try {
      const result = applyWooStep(lifecycleOf(existing.data), mutation.step as WooStep, stepContext(ctx.now));
      const changed = lifecyclePatch(result.state, result.term);
      const rev = await updateRecord(tx, entity, mutation.id, { changed, at, by: actor, client: ctx.clientId });
      const next = { ...existing.data, ...changed };
      for (const [field, value] of Object.entries(changed)) if (value === null) delete next[field];
      remember(rev, next, false);
      return { ...base, status: 'applied', rev };
    } catch (error) {
      if (!(error instanceof WooLifecycleError)) throw error;
      // Incompatible with what the hub has (another desk's step came first): the hub's state stays,
      // the step is kept for a coordinator, and the rev moves so the desk pulls the hub's state.
      const rev = await updateRecord(tx, entity, mutation.id, { changed: {}, at, by: actor });
      const hubState = Object.fromEntries(WOO_LIFECYCLE_FIELDS.filter((f) => Object.hasOwn(existing.data, f)).map((f) => [f, existing.data[f]]));
      await recordConflicts(ctx, mutation, existing.rev, [{ field: 'lifecycle', hubValue: hubState, clientValue: { step: mutation.step, reason: error.code } }]);
      remember(rev, existing.data, false);
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
    const rev = await insertRecord(tx, entity, mutation.id, { data, at, by: actor, client: ctx.clientId, deleted });
    remember(rev, data, deleted, {});
    return { ...base, status: 'applied', rev };
  }

  if (mutation.op === 'delete') {
    if (existing.deleted) return { ...base, status: 'unchanged', rev: existing.rev };
    const rev = await updateRecord(tx, entity, mutation.id, { changed: {}, at, by: actor, deleted: true });
    remember(rev, existing.data, true);
    return { ...base, status: 'applied', rev };
  }

  if (existing.deleted) {
    // Someone deleted what this client edited. Neither side silently wins: the record stays
    // deleted and the edit is kept as a conflict a coordinator can use to restore it.
    const rev = await updateRecord(tx, entity, mutation.id, { changed: {}, at, by: actor });
    await recordConflicts(ctx, mutation, existing.rev, [{ field: 'deleted', hubValue: true, clientValue: patch }]);
    remember(rev, existing.data, true);
    return { ...base, status: 'conflict', rev, conflicts: ['deleted'] };
  }

  const merge = mergePatch(
    { data: existing.data, fieldMeta: existing.fieldMeta, patch, baseRev: mutation.baseRev, at, clientId: ctx.clientId },
    { conflictFields: CONFLICT_FIELDS, groups: FIELD_GROUPS[entity] ?? [], ...(NESTED_FIELDS[entity] ? { nested: NESTED_FIELDS[entity] } : {}) },
  );
  const acceptedAny = merge.acceptedMeta.length > 0;
  if (!acceptedAny && merge.conflicts.length === 0 && merge.overruled.length === 0) {
    return { ...base, status: 'unchanged', rev: existing.rev };
  }
  const data = { ...existing.data, ...merge.accepted };
  for (const [field, value] of Object.entries(merge.accepted)) if (value === null) delete data[field];
  checkSize(mutation, index, data);
  const rev = await updateRecord(tx, entity, mutation.id, { changed: merge.accepted, metaKeys: merge.acceptedMeta, at, by: actor, client: ctx.clientId });
  await recordConflicts(ctx, mutation, existing.rev, merge.conflicts);
  const fieldMeta = { ...existing.fieldMeta };
  for (const field of merge.acceptedMeta) fieldMeta[field] = { rev, at, client: ctx.clientId };
  remember(rev, data, false, fieldMeta);
  const conflicts = merge.conflicts.map((conflict) => conflict.field);
  return {
    ...base,
    status: conflicts.length ? 'conflict' : merge.overruled.length ? 'merged' : 'applied',
    rev,
    ...(conflicts.length ? { conflicts } : {}),
    ...(merge.overruled.length ? { overruled: merge.overruled } : {}),
  };
}

async function insertAudit(ctx: Context, events: readonly AuditEvent[]): Promise<void> {
  if (!events.length) return;
  // The counter row stays locked until COMMIT, so events become visible in seq order (as revisions).
  const { rows } = await ctx.tx.query<{ value: number }>('update audit_counter set value = value + $1 returning value', [events.length]);
  const first = rows[0]!.value - events.length + 1;
  await ctx.tx.query(
    `insert into audit (id, at, actor, action, entity, record_id, fields, client_id, seq)
     select e.id, e.at, e.actor, e.action, e.entity, e.record_id, e.fields, $2::uuid, $3 + e.n - 1
       from jsonb_to_recordset($1::jsonb) as e(id uuid, at timestamptz, actor text, action text, entity text, record_id uuid, fields jsonb, n bigint)
     on conflict (id) do nothing`,
    [
      JSON.stringify(events.map((event, i) => ({ ...event, record_id: event.recordId, at: boundedAt(event.at, ctx.now), n: i + 1 }))),
      ctx.clientId,
      first,
    ],
  );
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
    // is the same for every push, so two pushes queue instead of deadlocking.
    await tx.query(
      `insert into clients (client_id, schema_version) values ($1, $2)
       on conflict (client_id) do update set schema_version = excluded.schema_version, last_seen_at = now()`,
      [request.clientId, request.schemaVersion],
    );
    const { rows: clientRows } = await tx.query<{ last_seq: number }>('select last_seq from clients where client_id = $1 for update', [
      request.clientId,
    ]);
    let lastSeq = clientRows[0]!.last_seq;

    const ids = request.mutations.map((mutation) => mutation.mutationId);
    const { rows: appliedRows } = ids.length
      ? await tx.query<AppliedRow>('select mutation_id, client_id, seq, result from applied_mutations where mutation_id = any($1::uuid[])', [ids])
      : { rows: [] as AppliedRow[] };
    const applied = new Map(appliedRows.map((row) => [row.mutation_id, row]));
    const fresh = request.mutations.filter((mutation) => !applied.has(mutation.mutationId));

    const records = new Map<string, StoredRecord>();
    if (fresh.length) {
      await lockRevisions(tx);
      const byEntity = new Map<SyncedEntity, string[]>();
      for (const mutation of fresh) byEntity.set(mutation.entity, [...(byEntity.get(mutation.entity) ?? []), mutation.id]);
      for (const [entity, recordIds] of byEntity) {
        for (const [id, record] of await lockRecords(tx, entity, [...new Set(recordIds)])) records.set(`${entity}:${id}`, record);
      }
    }
    const ctx: Context = { tx, clientId: request.clientId, actor, now, records };

    const results: MutationResult[] = [];
    const newlyApplied: { mutation_id: string; seq: number; entity: string; record_id: string; result: MutationResult }[] = [];
    // Creates of records new to the hub and not touched again in this batch (the bulk of a long
    // offline period) are inserted together: one revision reservation, one insert per entity.
    const touches = new Map<string, number>();
    for (const mutation of fresh) touches.set(`${mutation.entity}:${mutation.id}`, (touches.get(`${mutation.entity}:${mutation.id}`) ?? 0) + 1);
    let run: { mutation: Mutation; slot: number }[] = [];
    const flush = async () => {
      if (!run.length) return;
      const { rows: counter } = await tx.query<{ value: number }>('update revision_counter set value = value + $1 returning value', [run.length]);
      const first = counter[0]!.value - run.length + 1;
      const byEntity = new Map<SyncedEntity, Record<string, unknown>[]>();
      run.forEach(({ mutation, slot }, i) => {
        const rev = first + i;
        const at = boundedAt(mutation.at, now);
        const data = Object.fromEntries(Object.entries(mutation.patch).filter(([, value]) => value !== null));
        const fieldMeta = Object.fromEntries(Object.keys(data).map((field) => [field, { rev, at, client: request.clientId }]));
        byEntity.set(mutation.entity, [...(byEntity.get(mutation.entity) ?? []), { id: mutation.id, rev, at, data, field_meta: fieldMeta }]);
        const result: MutationResult = { mutationId: mutation.mutationId, seq: mutation.seq, status: 'applied', rev };
        results[slot] = result;
        newlyApplied.push({ mutation_id: mutation.mutationId, seq: mutation.seq, entity: mutation.entity, record_id: mutation.id, result });
      });
      for (const [entity, rows] of byEntity) {
        await tx.query(
          `insert into ${TABLES[entity]} (id, rev, created_at, updated_at, updated_by, deleted, data, field_meta)
           select r.id, r.rev, r.at, r.at, $2, false, r.data, r.field_meta
             from jsonb_to_recordset($1::jsonb) as r(id uuid, rev bigint, at timestamptz, data jsonb, field_meta jsonb)`,
          [JSON.stringify(rows), actor],
        );
      }
      run = [];
    };
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
      const key = `${mutation.entity}:${mutation.id}`;
      if (mutation.op === 'create' && mutation.entity !== 'wooRequests' && !records.has(key) && touches.get(key) === 1) {
        run.push({ mutation, slot: results.length });
        results.push(undefined as unknown as MutationResult);
        continue;
      }
      await flush();
      const result = await applyMutation(ctx, mutation, index);
      newlyApplied.push({ mutation_id: mutation.mutationId, seq: mutation.seq, entity: mutation.entity, record_id: mutation.id, result });
      results.push(result);
    }
    await flush();
    if (newlyApplied.length) {
      await tx.query(
        `insert into applied_mutations (mutation_id, client_id, seq, entity, record_id, result)
         select m.mutation_id, $2::uuid, m.seq, m.entity, m.record_id, m.result
           from jsonb_to_recordset($1::jsonb) as m(mutation_id uuid, seq bigint, entity text, record_id uuid, result jsonb)`,
        [JSON.stringify(newlyApplied), request.clientId],
      );
    }

    await tx.query('update clients set last_seq = $2, last_seen_at = now() where client_id = $1', [request.clientId, lastSeq]);
    if (request.audit?.length) await insertAudit(ctx, request.audit);
    return { ...(await hubIdentity(tx)), results, lastSeq };
  });
}
