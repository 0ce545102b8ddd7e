import { SYNCED_ENTITIES, type SyncedEntity } from '../../../shared/model/records';
import type { DbClient } from '../db/db';
import { HttpError } from '../http/errors';
import { TABLES } from './entities';
import type { Change, PullResponse } from './protocol';
import { headRevision } from './records';

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

// Each branch uses its table's rev index and stops at `limit`; the outer query picks the lowest.
const CHANGES_SQL = `select * from (${SYNCED_ENTITIES.map(
  (entity) => `(select '${entity}' as entity, id, rev, created_at, updated_at, updated_by, deleted,
       case when deleted then null else data end as data
     from ${TABLES[entity]} where rev > $1 and rev <= $2 order by rev limit $3)`,
).join('\nunion all\n')}) as changes order by rev limit $3`;

/**
 * One page of changes after `since` (DESIGN.md "Sync protocol"). The head revision is read first
 * and the page never goes past it: every revision up to the head has committed (pushes take
 * revisions one at a time, in commit order), so a checkpoint at the head skips nothing that
 * commits later. Tombstones carry no data.
 */
export async function pullChanges(db: DbClient, since: number, limit: number): Promise<PullResponse> {
  const head = await headRevision(db);
  if (since > head) {
    throw new HttpError(
      410,
      'resync-required',
      `Checkpoint ${since} is ahead of this hub (revision ${head}): the hub's database was replaced. Pull again from 0.`,
    );
  }
  const { rows } = await db.query<ChangeRow>(CHANGES_SQL, [since, head, limit + 1]);
  const hasMore = rows.length > limit;
  const page = rows.slice(0, limit);
  const changes: Change[] = page.map((row) => ({
    entity: row.entity,
    id: row.id,
    rev: row.rev,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
    updatedBy: row.updated_by,
    deleted: row.deleted,
    data: row.data,
  }));
  return { changes, checkpoint: hasMore ? page.at(-1)!.rev : head, hasMore };
}
