/**
 * The "Niet verzonden" list (issue 8 point 4): mutations the hub refused, kept with the hub's
 * reason and their data until a coordinator sends them again or discards them, and the notices of
 * changes that lost to a later one or became a conflict.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { MIN_CHANGE_AT } from '../../../../shared/sync/records';
import { database, type LoketDatabase, type SyncIssue } from '../../db/database';

export function useSyncIssues(): SyncIssue[] | undefined {
  return useLiveQuery(() => database().syncIssues.orderBy('key').reverse().toArray(), []);
}

export function useRefusedCount(): number {
  return useLiveQuery(() => database().syncIssues.where('kind').equals('refused').count(), [], 0);
}

/**
 * Puts a refused mutation back at the end of the outbox: it goes with the next round, under a new
 * seq. A change stamped before 2000 (the desk's clock was wrong, which the hub refuses) gets the
 * time of sending again, or it would be refused again forever.
 */
export async function retryRefused(db: LoketDatabase, key: number, now = new Date()): Promise<void> {
  await db.transaction('rw', [db.syncIssues, db.outbox], async () => {
    const issue = await db.syncIssues.get(key);
    if (!issue?.entry) return;
    const { seq: _seq, ...entry } = issue.entry;
    if (!(Date.parse(entry.at) >= MIN_CHANGE_AT)) entry.at = now.toISOString();
    await db.outbox.add(entry);
    await db.syncIssues.delete(key);
  });
}

/**
 * Drops a refused mutation. The local record then shows what it did not have: a record the hub
 * never had is removed here, any other is fetched again from the hub on the next pull.
 */
export async function discardRefused(db: LoketDatabase, key: number): Promise<void> {
  const tables = [db.syncIssues, db.meta, db.outbox, db.cases, db.contacts, db.tasks, db.wooRequests, db.documents];
  await db.transaction('rw', tables, async () => {
    const issue = await db.syncIssues.get(key);
    if (!issue) return;
    await db.syncIssues.delete(key);
    if (!issue.entry) return;
    const table = db.table$(issue.entity);
    const local = await table.get(issue.id);
    const stillPending = await db.outbox.where('id').equals(issue.id).count();
    if (!local || stillPending > 0) return;
    if (local.rev === 0) {
      await table.delete(issue.id);
      return;
    }
    const checkpoint = (await db.meta.get('pullCheckpoint'))?.value;
    await table.put({ ...local, rev: 0 });
    if (typeof checkpoint === 'number') await db.meta.put({ key: 'pullCheckpoint', value: Math.min(checkpoint, local.rev - 1) });
  });
}

/** Notices (overruled, conflict) are read and dismissed. */
export async function dismissIssue(db: LoketDatabase, key: number): Promise<void> {
  await db.syncIssues.delete(key);
}
