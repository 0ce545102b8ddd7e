import { randomUUID } from 'node:crypto';
import type { DbClient } from '../db/db';
import type { HubIdentity } from './protocol';

/**
 * The identity of this hub database (decision 060, issue 8 point 11). Returned with every push and
 * pull answer; a desk stores it with its checkpoint and re-syncs fully when it changes.
 */
export async function hubIdentity(db: DbClient): Promise<HubIdentity> {
  const { rows } = await db.query<{ hub_id: string; restored_head: number }>('select hub_id, restored_head from hub_identity');
  const row = rows[0]!;
  return { hubId: row.hub_id, restoredHead: row.restored_head };
}

/**
 * Gives the database a new identity after a backup was restored into it, before the hub serves
 * desks again (server/README.md "Restoring a backup"). The current head is what the backup holds:
 * a desk that had acknowledged anything above it pushes that again.
 */
export async function renewHubIdentity(db: DbClient): Promise<HubIdentity> {
  const hubId = randomUUID();
  const { rows } = await db.query<{ restored_head: number }>(
    `update hub_identity set hub_id = $1, restored_head = (select value from revision_counter), renewed_at = now() returning restored_head`,
    [hubId],
  );
  return { hubId, restoredHead: rows[0]!.restored_head };
}
