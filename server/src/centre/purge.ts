/**
 * The scheduled retention purge on the hub (issue 10 point 8). The desk of a coordinator purges
 * too (renderer/src/features/overview/usePurgeSchedule.ts), but only while the workspace is open;
 * the hub holds every case and always runs, so the retention is kept even when no coordinator
 * opens the workspace for weeks.
 *
 * The rules are the desk's (shared/privacy/retention.ts, purgePatches in 'retention' mode). Each
 * cleared field is written as an ordinary change under a fresh revision – a field set to null is
 * removed from the record (server/src/sync/records.ts) – so every desk pulls the removal like any
 * other change; each changed record gets an audit event (who: the hub; which fields, never values).
 */
import { todayInAmsterdam } from '../../../shared/calendar/amsterdam';
import { addDays, addMonthsClamped, type IsoDate } from '../../../shared/calendar/isoDate';
import { newId } from '../../../shared/ids';
import { checkRetentionMonths, DEFAULT_RETENTION_MONTHS, isPurgeDue, purgePatches, type PurgeCase, type PurgeContact, type PurgeTask } from '../../../shared/privacy/retention';
import type { Db, DbClient } from '../db/db';
import type { Log } from '../log';
import { lockRecords, lockRevisions, updateRecord } from '../sync/records';

/** How the hub signs the changes and audit events of its own scheduled work. */
export const HUB_PURGE_ACTOR = 'hub';
export const HUB_PURGE_ACTION = 'privacy.purged';

export interface HubPurgeResult {
  /** Cases whose personal data was (partly) removed in this run. */
  cases: number;
  /** Records changed (cases, contacts, tasks). */
  records: number;
}

/** The centre's retention; the default until a coordinator saved settings (the hub only stores valid ones). */
async function retentionMonths(db: DbClient): Promise<number> {
  const { rows } = await db.query<{ months: unknown }>(`select data -> 'retentionMonths' as months from centre_settings where singleton`);
  return rows[0] ? checkRetentionMonths(rows[0].months) : DEFAULT_RETENTION_MONTHS;
}

/** Purges one case in one transaction; the number of records changed (0 when nothing was left). */
async function purgeOne(db: Db, caseId: string, today: IsoDate, months: number, now: Date): Promise<number> {
  return db.transaction(async (tx) => {
    // The push's lock order: the revision counter, then records, then the audit counter.
    await lockRevisions(tx);
    const record = (await lockRecords(tx, 'cases', [caseId])).get(caseId);
    // Re-checked under the lock: a desk may have reopened the case since the scan.
    if (!record || record.deleted) return 0;
    const purgeCase = { ...record.data, id: caseId } as unknown as PurgeCase;
    if (!isPurgeDue(purgeCase, today, months)) return 0;
    const related = async (table: 'contacts' | 'tasks') => {
      const { rows } = await tx.query<{ id: string }>(`select id from ${table} where case_id = $1 and not deleted`, [caseId]);
      return [...(await lockRecords(tx, table, rows.map((r) => r.id))).values()].map((r) => ({ ...r.data, id: r.id }));
    };
    const contacts = (await related('contacts')) as unknown as PurgeContact[];
    const tasks = (await related('tasks')) as unknown as PurgeTask[];
    const patches = purgePatches(purgeCase, contacts, tasks, 'retention');
    if (!patches.length) return 0;
    const at = now.toISOString();
    for (const patch of patches) await updateRecord(tx, patch.entity, patch.id, { changed: patch.values, at, by: HUB_PURGE_ACTOR });
    const { rows } = await tx.query<{ value: number }>('update audit_counter set value = value + $1 returning value', [patches.length]);
    const first = rows[0]!.value - patches.length + 1;
    for (const [i, patch] of patches.entries()) {
      await tx.query(
        `insert into audit (id, at, actor, action, entity, record_id, fields, client_id, seq) values ($1, $2, $3, $4, $5, $6, $7::jsonb, null, $8)`,
        [newId(), at, HUB_PURGE_ACTOR, HUB_PURGE_ACTION, patch.entity, patch.id, JSON.stringify(Object.keys(patch.values)), first + i],
      );
    }
    return patches.length;
  });
}

/**
 * Every closed case whose retention (the centre's setting, else the default) has passed and that
 * still holds personal data. Each case is its own transaction, so a long run never holds the
 * revision counter (and so every desk's push) for more than one case at a time.
 */
export async function runHubRetentionPurge(db: Db, now = new Date()): Promise<HubPurgeResult> {
  const today = todayInAmsterdam(now);
  const months = await retentionMonths(db);
  // A generous cut in SQL (two days of slack for the Amsterdam offset); isPurgeDue decides exactly.
  const cutoff = addDays(addMonthsClamped(today, -months).date, 2);
  const { rows } = await db.query<{ id: string }>(
    `select id from cases where not deleted and status = 'closed' and data ->> 'closedAt' < $1 order by id`,
    [cutoff],
  );
  const result: HubPurgeResult = { cases: 0, records: 0 };
  for (const { id } of rows) {
    const changed = await purgeOne(db, id, today, months, now);
    if (changed) {
      result.cases += 1;
      result.records += changed;
    }
  }
  return result;
}

const HOUR_MS = 60 * 60_000;

/**
 * Runs the purge a minute after start and then once per Amsterdam day (checked hourly). Returns a
 * stop function. Failures are logged (no personal data: counts and the error only) and retried at
 * the next check.
 */
export function scheduleHubRetentionPurge(db: Db, log: Log, options: { firstAfterMs?: number; everyMs?: number; now?: () => Date } = {}): () => void {
  const now = options.now ?? (() => new Date());
  let lastDay: IsoDate | undefined;
  let running = false;
  const run = async () => {
    const today = todayInAmsterdam(now());
    if (running || lastDay === today) return;
    running = true;
    try {
      const result = await runHubRetentionPurge(db, now());
      lastDay = today;
      if (result.cases) log('info', `retention purge: personal data removed from ${result.cases} closed cases (${result.records} records)`);
    } catch (error) {
      log('warn', 'retention purge failed; it is tried again within the hour', error);
    } finally {
      running = false;
    }
  };
  const first = setTimeout(() => void run(), options.firstAfterMs ?? 60_000);
  const timer = setInterval(() => void run(), options.everyMs ?? HOUR_MS);
  first.unref?.();
  timer.unref?.();
  return () => {
    clearTimeout(first);
    clearInterval(timer);
  };
}
