import { SYNCED_ENTITIES, type SyncedEntity } from '../../../shared/model/records';
import type { DbClient } from '../db/db';
import { HttpError } from '../http/errors';
import { TABLES } from './entities';
import type { AuditPullResponse, Change, HubIdentity, PullResponse } from './protocol';

/** Most bytes of record data in one pull page (point 10); a page always holds at least one change. */
export const MAX_PAGE_BYTES = 4 * 1024 * 1024;

interface IndexRow {
  entity: SyncedEntity;
  id: string;
  rev: number;
  bytes: number;
}

interface ChangeRow {
  entity: SyncedEntity;
  id: string;
  rev: number;
  created_at: Date;
  updated_at: Date;
  updated_by: string;
  deleted: boolean;
  data: Record<string, unknown> | null;
}

// First pass: which changes, and how big each is, without reading the data itself. Each branch
// uses its table's rev index and stops at `limit`; the outer query picks the lowest.
const INDEX_SQL = `select * from (${SYNCED_ENTITIES.map(
  (entity) => `(select '${entity}' as entity, id, rev, case when deleted then 0 else octet_length(data::text) end as bytes
     from ${TABLES[entity]} where rev > $1 and rev <= $2 order by rev limit $3)`,
).join('\nunion all\n')}) as changes order by rev limit $3`;

// Second pass: the data of the changes that fit the page, by revision range.
const DATA_SQL = `select * from (${SYNCED_ENTITIES.map(
  (entity) => `(select '${entity}' as entity, id, rev, created_at, updated_at, updated_by, deleted,
       case when deleted then null else data end as data
     from ${TABLES[entity]} where rev > $1 and rev <= $2)`,
).join('\nunion all\n')}) as changes order by rev`;

/** The hub's identity and a counter's value (the head a page must not pass), read together. */
async function identityAndHead(db: DbClient, counter: 'revision_counter' | 'audit_counter'): Promise<{ identity: HubIdentity; head: number }> {
  const { rows } = await db.query<{ hub_id: string; restored_head: number; head: number }>(
    `select h.hub_id, h.restored_head, c.value as head from hub_identity h, ${counter} c`,
  );
  const row = rows[0]!;
  return { identity: { hubId: row.hub_id, restoredHead: row.restored_head }, head: row.head };
}

/** Rows the first size probe of a page measures: a page of big records needs no more. */
const FIRST_PROBE = 2;

/**
 * Which changes after `since` make the next page: at most `limit`, at most `maxBytes` of data (at
 * least one change). Sizes are measured in probes, each as large as the average so far says will
 * fill the page: measuring `limit` rows ahead for every page made a pull of a few hundred 2 MB
 * records serialise each of them over and over (quadratic; minutes, the hub blocked meanwhile).
 * A page of small records costs two probes.
 */
async function pageIndex(db: DbClient, since: number, head: number, limit: number, maxBytes: number): Promise<{ taken: IndexRow[]; hasMore: boolean }> {
  const taken: IndexRow[] = [];
  let bytes = 0;
  let after = since;
  let probe = Math.min(FIRST_PROBE, limit + 1);
  for (;;) {
    const { rows } = await db.query<IndexRow>(INDEX_SQL, [after, head, probe]);
    for (const row of rows) {
      if (taken.length === limit || (taken.length > 0 && bytes + Number(row.bytes) > maxBytes)) return { taken, hasMore: true };
      bytes += Number(row.bytes);
      taken.push(row);
    }
    if (rows.length < probe) return { taken, hasMore: false };
    after = rows[rows.length - 1]!.rev;
    // Enough rows to fill what is left of the page at the average size so far, and one to see past a full count.
    const fill = Math.ceil((maxBytes - bytes) / Math.max(1, bytes / taken.length));
    probe = Math.min(limit + 1 - taken.length, Math.max(1, fill));
  }
}

/**
 * One page of changes after `since` (DESIGN.md "Sync protocol"). The head revision is read first
 * and the page never goes past it: every revision up to the head has committed (pushes take
 * revisions one at a time, in commit order), so a checkpoint at the head skips nothing that
 * commits later. A page is capped by rows and by bytes; tombstones carry no data.
 */
export async function pullChanges(db: DbClient, since: number, limit: number, maxBytes = MAX_PAGE_BYTES): Promise<PullResponse> {
  // The identity and the head in one statement: a desk pulls every few seconds, and each statement
  // costs a turn on PGlite's single thread.
  const { identity, head } = await identityAndHead(db, 'revision_counter');
  if (since > head) {
    throw new HttpError(
      410,
      'resync-required',
      `Checkpoint ${since} is ahead of this hub (revision ${head}): the hub's database was replaced. Pull again from 0.`,
    );
  }
  const { taken, hasMore } = await pageIndex(db, since, head, limit, maxBytes);
  const take = taken.length;
  const last = take ? taken[take - 1]!.rev : head;
  const { rows } = take ? await db.query<ChangeRow>(DATA_SQL, [since, last]) : { rows: [] as ChangeRow[] };
  const changes: Change[] = rows.map((row) => ({
    entity: row.entity,
    id: row.id,
    rev: row.rev,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
    updatedBy: row.updated_by,
    deleted: row.deleted,
    data: row.data,
  }));
  return { ...identity, changes, checkpoint: hasMore ? last : head, hasMore, head };
}

interface AuditRow {
  seq: number;
  id: string;
  at: Date;
  actor: string;
  action: string;
  entity: SyncedEntity;
  record_id: string;
  fields: string[];
}

/**
 * Audit events after `since` in arrival order (point 5), so every desk shows who did what. The
 * audit counter is read first and the page stops there, as for records.
 */
export async function pullAudit(db: DbClient, since: number, limit: number, recordId?: string): Promise<AuditPullResponse> {
  const { identity, head } = await identityAndHead(db, 'audit_counter');
  if (since > head) throw new HttpError(410, 'resync-required', `Audit checkpoint ${since} is ahead of this hub (${head}). Pull again from 0.`);
  const { rows } = recordId
    ? await db.query<AuditRow>(
        'select seq, id, at, actor, action, entity, record_id, fields from audit where record_id = $1 and seq > $2 and seq <= $3 order by seq limit $4',
        [recordId, since, head, limit + 1],
      )
    : await db.query<AuditRow>(
        'select seq, id, at, actor, action, entity, record_id, fields from audit where seq > $1 and seq <= $2 order by seq limit $3',
        [since, head, limit + 1],
      );
  const hasMore = rows.length > limit;
  const page = rows.slice(0, limit);
  return {
    ...identity,
    events: page.map((row) => ({
      seq: row.seq,
      id: row.id,
      at: row.at.toISOString(),
      actor: row.actor,
      action: row.action,
      entity: row.entity,
      recordId: row.record_id,
      fields: row.fields,
    })),
    checkpoint: hasMore ? page.at(-1)!.seq : head,
    hasMore,
  };
}
