import type { Mutation } from '../../../shared/sync/mutation';
import type { AuditEvent } from '../../../shared/model/records';
import { newId } from '../../../shared/ids';
import type { Db, DbClient } from '../db/db';
import { HttpError } from '../http/errors';
import { CONFLICT_FIELDS } from './entities';
import { mergePatch, type FieldConflict } from './merge';
import type { HubPushRequest, MutationResult, PushResponse } from './protocol';
import { insertRecord, lockRecord, lockRevisions, updateRecord } from './records';

interface Context {
  tx: DbClient;
  clientId: string;
  /** Stored as updated_by: the signed-in user once sign-in exists, until then the workstation. */
  actor: string;
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

async function applyMutation(ctx: Context, mutation: Mutation): Promise<MutationResult> {
  const { tx, actor } = ctx;
  const base = { mutationId: mutation.mutationId, seq: mutation.seq };
  const existing = await lockRecord(tx, mutation.entity, mutation.id);

  if (!existing) {
    // A patch for a record the hub never saw (its create was lost or compacted) creates it: the
    // client's fields are all the hub can know. A delete leaves a tombstone so others learn of it.
    const deleted = mutation.op === 'delete';
    const rev = await insertRecord(tx, mutation.entity, mutation.id, {
      data: deleted ? {} : mutation.patch,
      at: mutation.at,
      by: actor,
      client: ctx.clientId,
      deleted,
    });
    return { ...base, status: 'applied', rev };
  }

  if (mutation.op === 'delete') {
    if (existing.deleted) return { ...base, status: 'unchanged', rev: existing.rev };
    const rev = await updateRecord(tx, mutation.entity, mutation.id, { changed: {}, at: mutation.at, by: actor, deleted: true });
    return { ...base, status: 'applied', rev };
  }

  if (existing.deleted) {
    // Someone deleted what this client edited. Neither side silently wins: the record stays
    // deleted and the edit is kept as a conflict a coordinator can use to restore it.
    const rev = await updateRecord(tx, mutation.entity, mutation.id, { changed: {}, at: mutation.at, by: actor });
    await recordConflicts(ctx, mutation, existing.rev, [{ field: 'deleted', hubValue: true, clientValue: mutation.patch }]);
    return { ...base, status: 'conflict', rev, conflicts: ['deleted'] };
  }

  const merge = mergePatch(
    { data: existing.data, fieldMeta: existing.fieldMeta, patch: mutation.patch, baseRev: mutation.baseRev, at: mutation.at, clientId: ctx.clientId },
    CONFLICT_FIELDS,
  );
  const acceptedAny = Object.keys(merge.accepted).length > 0;
  if (!acceptedAny && merge.conflicts.length === 0 && merge.overruled.length === 0) {
    return { ...base, status: 'unchanged', rev: existing.rev };
  }
  const rev = await updateRecord(tx, mutation.entity, mutation.id, { changed: merge.accepted, at: mutation.at, by: actor, client: ctx.clientId });
  await recordConflicts(ctx, mutation, existing.rev, merge.conflicts);
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
  for (const event of events) {
    await ctx.tx.query(
      `insert into audit (id, at, actor, action, entity, record_id, fields, client_id)
       values ($1, $2, $3, $4, $5, $6, $7::jsonb, $8)
       on conflict (id) do nothing`,
      [event.id, event.at, event.actor, event.action, event.entity, event.recordId, JSON.stringify(event.fields), ctx.clientId],
    );
  }
}

interface AppliedRow {
  mutation_id: string;
  client_id: string;
  seq: number;
  result: MutationResult;
}

/**
 * Applies one push in one transaction (DESIGN.md "Sync protocol"). Mutations at or below the
 * client's last applied seq are replays: they get their stored answer back and change nothing, so
 * a client may resend a batch whose response it never received. Any refusal rolls back the whole
 * batch, leaving the hub as it was.
 */
export async function applyPush(db: Db, request: HubPushRequest, actor: string): Promise<PushResponse> {
  return db.transaction(async (tx) => {
    const ctx: Context = { tx, clientId: request.clientId, actor };
    // Lock order – client row, then the revision counter, then records – is the same for every
    // push, so two pushes queue instead of deadlocking.
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

    if (request.mutations.some((mutation) => !applied.has(mutation.mutationId))) await lockRevisions(tx);

    const results: MutationResult[] = [];
    for (const mutation of request.mutations) {
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
          `seq ${mutation.seq} is not after this client's last applied seq ${lastSeq}, and mutation ${mutation.mutationId} is new`,
        );
      }
      const result = await applyMutation(ctx, mutation);
      await tx.query(
        `insert into applied_mutations (mutation_id, client_id, seq, entity, record_id, result) values ($1, $2, $3, $4, $5, $6::jsonb)`,
        [mutation.mutationId, request.clientId, mutation.seq, mutation.entity, mutation.id, JSON.stringify(result)],
      );
      lastSeq = mutation.seq;
      results.push(result);
    }

    await tx.query('update clients set last_seq = $2, last_seen_at = now() where client_id = $1', [request.clientId, lastSeq]);
    if (request.audit?.length) await insertAudit(ctx, request.audit);
    return { results, lastSeq };
  });
}
