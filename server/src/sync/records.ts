import type { SyncedEntity } from '../../../shared/model/records';
import type { DbClient } from '../db/db';
import { TABLES } from './entities';

/** Per field: the revision and the client time of its last accepted change. */
export interface FieldMeta {
  rev: number;
  at: string;
  /** The workstation whose change set the field: its own later changes supersede it. */
  client?: string;
}
export type FieldMetaMap = Record<string, FieldMeta>;

export interface StoredRecord {
  id: string;
  rev: number;
  deleted: boolean;
  data: Record<string, unknown>;
  fieldMeta: FieldMetaMap;
}

/**
 * Takes the next revision from the single-row counter (see migration 0001 for why a row and not a
 * sequence). Call it only inside a transaction: the row stays locked until COMMIT, which is what
 * makes revisions visible in order.
 */
export async function nextRevision(tx: DbClient): Promise<number> {
  const { rows } = await tx.query<{ value: number }>('update revision_counter set value = value + 1 returning value');
  return rows[0]!.value;
}

/**
 * Waits for, and holds until COMMIT, the right to hand out revisions. Returns the counter's value:
 * while the lock is held nobody else moves it, so a push can hand out revisions in memory and write
 * the counter once (server/src/sync/push.ts).
 */
export async function lockRevisions(tx: DbClient): Promise<number> {
  const { rows } = await tx.query<{ value: number }>('select value from revision_counter for update');
  return rows[0]!.value;
}

/** The newest committed revision: every revision up to it is visible to a query that starts now. */
export async function headRevision(db: DbClient): Promise<number> {
  const { rows } = await db.query<{ value: number }>('select value from revision_counter');
  return rows[0]!.value;
}

/** Locks and reads several records of one entity in one statement (a push batch). */
export async function lockRecords(tx: DbClient, entity: SyncedEntity, ids: readonly string[]): Promise<Map<string, StoredRecord>> {
  const { rows } = await tx.query<{ id: string; rev: number; deleted: boolean; data: Record<string, unknown>; field_meta: FieldMetaMap }>(
    `select id, rev, deleted, data, field_meta from ${TABLES[entity]} where id = any($1::uuid[]) order by id for update`,
    [ids],
  );
  return new Map(rows.map((row) => [row.id, { id: row.id, rev: row.rev, deleted: row.deleted, data: row.data, fieldMeta: row.field_meta }]));
}

export async function lockRecord(tx: DbClient, entity: SyncedEntity, id: string): Promise<StoredRecord | undefined> {
  const { rows } = await tx.query<{ id: string; rev: number; deleted: boolean; data: Record<string, unknown>; field_meta: FieldMetaMap }>(
    `select id, rev, deleted, data, field_meta from ${TABLES[entity]} where id = $1 for update`,
    [id],
  );
  const row = rows[0];
  return row && { id: row.id, rev: row.rev, deleted: row.deleted, data: row.data, fieldMeta: row.field_meta };
}

export interface RecordWrite {
  data: Record<string, unknown>;
  /** Client time of the change (ISO). */
  at: string;
  by: string;
  client?: string;
  deleted?: boolean;
}

function metaFor(fields: Iterable<string>, rev: number, at: string, client: string | undefined): FieldMetaMap {
  return Object.fromEntries([...fields].map((field) => [field, client ? { rev, at, client } : { rev, at }]));
}

/** Inserts a record under a fresh revision; every field counts as changed at that revision. */
export async function insertRecord(tx: DbClient, entity: SyncedEntity, id: string, write: RecordWrite): Promise<number> {
  const rev = await nextRevision(tx);
  await tx.query(
    `insert into ${TABLES[entity]} (id, rev, created_at, updated_at, updated_by, deleted, data, field_meta)
     values ($1, $2, $3, $3, $4, $5, $6::jsonb, $7::jsonb)`,
    [id, rev, write.at, write.by, write.deleted ?? false, JSON.stringify(write.data), JSON.stringify(metaFor(Object.keys(write.data), rev, write.at, write.client))],
  );
  return rev;
}

export interface RecordUpdate {
  /** Fields to set (merged into `data`); their field meta moves to the new revision. */
  changed: Record<string, unknown>;
  /** Meta keys to move instead of the keys of `changed` (per sub-field merges: `visitor.name`). */
  metaKeys?: readonly string[];
  at: string;
  by: string;
  client?: string;
  deleted?: boolean;
}

/**
 * Moves a record to a fresh revision. With no changed fields and no delete it only bumps `rev`,
 * which is how a client that lost a merge gets the hub's value back on its next pull.
 */
export async function updateRecord(tx: DbClient, entity: SyncedEntity, id: string, update: RecordUpdate): Promise<number> {
  const rev = await nextRevision(tx);
  const touched = Object.keys(update.changed).length > 0 || update.deleted !== undefined;
  // A field set to null is cleared: removed from the record, so every desk sees it absent.
  const set = Object.fromEntries(Object.entries(update.changed).filter(([, value]) => value !== null));
  const cleared = Object.keys(update.changed).filter((field) => update.changed[field] === null);
  await tx.query(
    `update ${TABLES[entity]} set
       rev = $2,
       data = (data || $3::jsonb) - $9::text[],
       field_meta = field_meta || $4::jsonb,
       deleted = coalesce($5, deleted),
       updated_at = case when $6 then $7::timestamptz else updated_at end,
       updated_by = case when $6 then $8 else updated_by end
     where id = $1`,
    [
      id,
      rev,
      JSON.stringify(set),
      JSON.stringify(metaFor(update.metaKeys ?? Object.keys(update.changed), rev, update.at, update.client)),
      update.deleted ?? null,
      touched,
      update.at,
      update.by,
      cleared,
    ],
  );
  return rev;
}
