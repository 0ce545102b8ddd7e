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
import type { IsoDate } from '../../../shared/calendar/isoDate';
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
  /** Cases that could not be purged in this run (logged by id); tried again next run. */
  failed: number;
}

/** The centre's retention; the default until a coordinator saved settings (the hub only stores valid ones). */
async function retentionMonths(db: DbClient): Promise<number> {
  const { rows } = await db.query<{ months: unknown }>(`select data -> 'retentionMonths' as months from centre_settings where singleton`);
  return rows[0] ? checkRetentionMonths(rows[0].months) : DEFAULT_RETENTION_MONTHS;
}

/** The case, its live contacts and tasks as the retention rules read them. */
async function readCase(db: DbClient, caseId: string, lock: boolean) {
  const record = lock ? (await lockRecords(db, 'cases', [caseId])).get(caseId) : await plainRecord(db, 'cases', caseId);
  if (!record || record.deleted) return undefined;
  const related = async (table: 'contacts' | 'tasks') => {
    const { rows } = await db.query<{ id: string; data: Record<string, unknown> }>(`select id, data from ${table} where case_id = $1 and not deleted`, [caseId]);
    const records = lock ? [...(await lockRecords(db, table, rows.map((r) => r.id))).values()] : rows;
    return records.map((r) => ({ ...r.data, id: r.id }));
  };
  return {
    purgeCase: { ...record.data, id: caseId } as unknown as PurgeCase,
    contacts: (await related('contacts')) as unknown as PurgeContact[],
    tasks: (await related('tasks')) as unknown as PurgeTask[],
  };
}

async function plainRecord(db: DbClient, table: 'cases', id: string): Promise<{ data: Record<string, unknown>; deleted: boolean } | undefined> {
  const { rows } = await db.query<{ data: Record<string, unknown>; deleted: boolean }>(`select data, deleted from ${table} where id = $1`, [id]);
  return rows[0];
}

/** Purges one case in one transaction; the number of records changed (0 when nothing was left). */
async function purgeOne(db: Db, caseId: string, today: IsoDate, months: number, now: Date): Promise<number> {
  // A plain read first: a case with nothing left to clear (a confidential referral keeps its
  // referral sentence) costs three reads, not the revision counter's lock that every push waits on.
  const seen = await readCase(db, caseId, false);
  if (!seen || !isPurgeDue(seen.purgeCase, today, months) || !purgePatches(seen.purgeCase, seen.contacts, seen.tasks, 'retention').length) return 0;
  return db.transaction(async (tx) => {
    // The push's lock order: the revision counter, then records, then the audit counter.
    await lockRevisions(tx);
    // Re-read under the lock: a desk may have reopened or changed the case since.
    const locked = await readCase(tx, caseId, true);
    if (!locked || !isPurgeDue(locked.purgeCase, today, months)) return 0;
    const patches = purgePatches(locked.purgeCase, locked.contacts, locked.tasks, 'retention');
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
 * Closed cases that may still hold what a retention purge clears: the visitor, a task note, the
 * summary of a confidential contact (review finding 5: without this, every run re-locked every case
 * purged on earlier days). A superset – a confidential referral keeps its referral sentence – that
 * purgeOne narrows with a plain read before it locks anything.
 */
const CANDIDATES = `select id, data ->> 'closedAt' as closed_at from cases
  where not deleted and status = 'closed'
    and (data ? 'visitor'
      or exists (select 1 from tasks t where t.case_id = cases.id::text and not t.deleted and coalesce(t.data ->> 'note', '') <> '')
      or exists (select 1 from contacts c where c.case_id = cases.id::text and not c.deleted and c.data ->> 'confidential' = 'true' and coalesce(c.data ->> 'summary', '') <> ''))
  order by id`;

/**
 * Every closed case whose retention (the centre's setting, else the default) has passed and that
 * still holds personal data. Each case is its own transaction, so a long run never holds the
 * revision counter (and so every desk's push) for more than one case at a time. Whether a case is
 * due is decided exactly, on the Amsterdam calendar, by isPurgeDue – the same rule as the desk's
 * (review finding 4: a text cut-off in SQL left month-end closures a day late). A case that fails
 * (an unreadable closedAt, a database error) is logged by id only and the run goes on (finding 10).
 */
export async function runHubRetentionPurge(db: Db, now = new Date(), log?: Log): Promise<HubPurgeResult> {
  const today = todayInAmsterdam(now);
  const months = await retentionMonths(db);
  const { rows } = await db.query<{ id: string; closed_at: string | null }>(CANDIDATES);
  const result: HubPurgeResult = { cases: 0, records: 0, failed: 0 };
  for (const { id, closed_at: closedAt } of rows) {
    try {
      // Decided from the scan first, so cases not yet due cost no further statement.
      if (!isPurgeDue({ id, status: 'closed', closedAt: closedAt ?? undefined }, today, months)) continue;
      const changed = await purgeOne(db, id, today, months, now);
      if (changed) {
        result.cases += 1;
        result.records += changed;
      }
    } catch (error) {
      result.failed += 1;
      // The id and the error's kind only: a message could quote stored values.
      log?.('warn', `retention purge: case ${id} failed (${error instanceof Error ? error.name : typeof error}); the run goes on`);
    }
  }
  return result;
}

const HOUR_MS = 60 * 60_000;

/**
 * Runs the purge a minute after start and then once per Amsterdam day (checked hourly). Returns a
 * stop function that clears the timers and resolves when a run in progress has finished, so the
 * hub closes its database only after it (review finding 8). Failures are logged (no personal data:
 * counts, case ids and the error only) and retried at the next check.
 */
export function scheduleHubRetentionPurge(
  db: Db,
  log: Log,
  options: { firstAfterMs?: number; everyMs?: number; now?: () => Date } = {},
): () => Promise<void> {
  const now = options.now ?? (() => new Date());
  let lastDay: IsoDate | undefined;
  let running: Promise<void> | undefined;
  let stopped = false;
  const runOnce = async () => {
    const today = todayInAmsterdam(now());
    try {
      const result = await runHubRetentionPurge(db, now(), log);
      // A case that failed is tried at the next day's run, not hourly: it may fail every time.
      lastDay = today;
      if (result.cases) log('info', `retention purge: personal data removed from ${result.cases} closed cases (${result.records} records)`);
      if (result.failed) log('warn', `retention purge: ${result.failed} cases failed (ids logged above); they are tried again at the next day's run`);
    } catch (error) {
      log('warn', 'retention purge failed; it is tried again within the hour', error);
    }
  };
  const run = () => {
    if (stopped || running || lastDay === todayInAmsterdam(now())) return;
    running = runOnce().finally(() => {
      running = undefined;
    });
  };
  const first = setTimeout(run, options.firstAfterMs ?? 60_000);
  const timer = setInterval(run, options.everyMs ?? HOUR_MS);
  first.unref?.();
  timer.unref?.();
  return async () => {
    stopped = true;
    clearTimeout(first);
    clearInterval(timer);
    await running;
  };
}
