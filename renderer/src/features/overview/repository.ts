/**
 * The coordinator's actions: (re)assigning, purging and erasing visitor data, resolving the
 * inbox. Each one is an ordinary synced action (renderer/src/db/commit.ts): the records, their
 * outbox entries and audit events in one transaction, so every desk and the hub learn of it.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { newId } from '../../../../shared/ids';
import type { CaseRecord, ContactRecord, TaskRecord } from '../../../../shared/model/case';
import type { SyncedEntity } from '../../../../shared/model/records';
import { isPurgeDue, purgePatches, type PurgeMode } from '../../../../shared/privacy/retention';
import { sameVisitor } from '../../../../shared/privacy/sameVisitor';
import type { IsoDate } from '../../../../shared/calendar/isoDate';
import { amsterdamInstant } from '../../../../shared/calendar/amsterdam';
import { extendAvg } from '../../../../shared/woo/avgDeadline';
import { commitAction } from '../../db/commit';
import { database, type LoketDatabase, type SyncIssue } from '../../db/database';
import { nextCaseNumber } from '../cases';
import * as outbox from '../outbox';
import { useSyncIssues } from '../outbox';

export interface BatchReport {
  done: string[];
  failed: { id: string; reason: string }[];
}

/** Gives each case the assignee; one action per case, so one failure does not undo the others. */
export async function assignCases(db: LoketDatabase, caseIds: readonly string[], assignee: string, actor: string): Promise<BatchReport> {
  const report: BatchReport = { done: [], failed: [] };
  const name = assignee.trim();
  for (const id of caseIds) {
    try {
      if (!name) throw new Error('empty-assignee');
      const existing = await db.cases.get(id);
      if (!existing || existing.deleted) throw new Error('case-gone');
      await commitAction(db, { actor, action: 'case.assigned' }, [{ entity: 'cases', op: 'patch', id, values: { assignee: name } }]);
      report.done.push(id);
    } catch (error) {
      report.failed.push({ id, reason: error instanceof Error ? error.message : String(error) });
    }
  }
  return report;
}

/**
 * Extends an AVG access request by two months (AVG art. 12(3)): the task's due moment moves to the
 * new deadline (17:00, as routeToAvg sets it) and the note records the extension and its reason.
 * One synced, audited action. Throws AvgExtensionError when the extension is not allowed.
 */
export async function extendAvgRequest(
  db: LoketDatabase,
  taskId: string,
  reason: string,
  context: { actor: string; today: IsoDate; extraHolidays: readonly IsoDate[] },
): Promise<IsoDate> {
  const task = (await db.tasks.get(taskId)) as unknown as (TaskRecord & { deleted?: boolean }) | undefined;
  if (!task || task.deleted) throw new Error('task-gone');
  const { decideBy, noteLine } = extendAvg(task, context.today, reason, context.extraHolidays);
  await commitAction(db, { actor: context.actor, action: 'avg.extended' }, [
    {
      entity: 'tasks',
      op: 'patch',
      id: taskId,
      values: { dueAt: amsterdamInstant(decideBy, '17:00').toISOString(), note: task.note ? `${task.note}\n${noteLine}` : noteLine },
    },
  ]);
  return decideBy;
}

/** Removes the personal data of one case (retention or erasure); false when nothing was left. */
export async function purgeCase(db: LoketDatabase, caseId: string, mode: PurgeMode, actor: string, now = new Date()): Promise<boolean> {
  const record = (await db.cases.get(caseId)) as unknown as CaseRecord | undefined;
  if (!record) throw new Error('case-gone');
  const [contacts, tasks] = await Promise.all([
    db.contacts.where('caseId').equals(caseId).toArray() as unknown as Promise<ContactRecord[]>,
    db.tasks.where('caseId').equals(caseId).toArray() as unknown as Promise<TaskRecord[]>,
  ]);
  const patches = purgePatches(record, contacts, tasks, mode);
  if (!patches.length) return false;
  await commitAction(
    db,
    { actor, action: mode === 'erasure' ? 'privacy.erased' : 'privacy.purged', now },
    patches.map((patch) => ({ entity: patch.entity, op: 'patch' as const, id: patch.id, values: patch.values })),
  );
  return true;
}

/** Pages of this many records, with a pause between them, so a scan of 100,000 cases never blocks the screen. */
const SCAN_PAGE = 250;
const pause = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * The other cases of the visitor of `caseId`: same phone number or e-mail address (shared/privacy/
 * sameVisitor.ts), still holding visitor details. Offered with an erasure on request, never erased
 * unasked. Scanned in pages: an erasure is rare, an index on personal data is not worth keeping.
 */
export async function casesOfSameVisitor(db: LoketDatabase, caseId: string): Promise<CaseRecord[]> {
  const record = (await db.cases.get(caseId)) as unknown as CaseRecord | undefined;
  if (!record?.visitor) return [];
  const keys = await db.cases.toCollection().primaryKeys();
  const found: CaseRecord[] = [];
  for (let start = 0; start < keys.length; start += SCAN_PAGE) {
    const page = (await db.cases.bulkGet(keys.slice(start, start + SCAN_PAGE))) as unknown as (CaseRecord | undefined)[];
    for (const c of page) if (c && c.id !== caseId && !(c as { deleted?: boolean }).deleted && sameVisitor(record.visitor, c.visitor)) found.push(c);
    await pause();
  }
  return found.sort((a, b) => (a.number < b.number ? -1 : a.number > b.number ? 1 : 0));
}

/** Erasure on request over the chosen cases of one visitor: each case its own audited, synced action. */
export async function eraseVisitor(db: LoketDatabase, caseIds: readonly string[], actor: string): Promise<BatchReport> {
  const report: BatchReport = { done: [], failed: [] };
  for (const id of caseIds) {
    try {
      await purgeCase(db, id, 'erasure', actor);
      report.done.push(id);
    } catch (error) {
      report.failed.push({ id, reason: error instanceof Error ? error.message : String(error) });
    }
  }
  return report;
}

/** Closed cases whose retention has passed and that still hold personal data. */
export async function casesDueForPurge(db: LoketDatabase, today: IsoDate, months: number): Promise<CaseRecord[]> {
  const keys = await db.cases.where('status').equals('closed').primaryKeys();
  const due: CaseRecord[] = [];
  for (let start = 0; start < keys.length; start += SCAN_PAGE) {
    const page = (await db.cases.bulkGet(keys.slice(start, start + SCAN_PAGE))) as unknown as (CaseRecord | undefined)[];
    for (const c of page) if (c && !(c as { deleted?: boolean }).deleted && isPurgeDue(c, today, months)) due.push(c);
    await pause();
  }
  const out: CaseRecord[] = [];
  for (const record of due) {
    const [contacts, tasks] = await Promise.all([
      db.contacts.where('caseId').equals(record.id).toArray() as unknown as Promise<ContactRecord[]>,
      db.tasks.where('caseId').equals(record.id).toArray() as unknown as Promise<TaskRecord[]>,
    ]);
    if (purgePatches(record, contacts, tasks, 'retention').length) out.push(record);
  }
  return out;
}

/** The scheduled purge: every due case, each its own audited action. Returns how many changed. */
export async function runRetentionPurge(db: LoketDatabase, today: IsoDate, months: number, actor: string): Promise<number> {
  let changed = 0;
  for (const record of await casesDueForPurge(db, today, months)) {
    if (await purgeCase(db, record.id, 'retention', actor)) changed += 1;
  }
  return changed;
}

/** Records in the audit trail that an export included personal data (which columns, by whom). */
export async function auditPersonalExport(db: LoketDatabase, actor: string, what: string, columns: readonly string[]): Promise<void> {
  await db.audit.add({
    id: newId(),
    at: new Date().toISOString(),
    actor,
    action: `export.personal.${what}`,
    entity: 'cases',
    // An export is no record: the event gets an id of its own, so it never reads as a case change.
    recordId: newId(),
    fields: [...columns],
  });
}

// ---------------------------------------------------------------------------------------------
// Inbox

export { useSyncIssues };

async function auditIssue(db: LoketDatabase, actor: string, action: string, issue: SyncIssue, fields: string[] = []): Promise<void> {
  await db.audit.add({ id: newId(), at: new Date().toISOString(), actor, action, entity: issue.entity, recordId: issue.id, fields });
}

/**
 * The inbox resolves refused changes and notices with sync's own operations (features/outbox,
 * issue 8) and writes who did it to the audit trail, which every desk receives.
 */
export async function retryRefused(db: LoketDatabase, issue: SyncIssue, actor: string): Promise<void> {
  if (issue.key === undefined || !issue.entry) throw new Error('nothing-to-retry');
  await outbox.retryRefused(db, issue.key);
  await auditIssue(db, actor, 'inbox.retried', issue, Object.keys(issue.entry.patch ?? {}));
}

/** A refused change is given up (sync restores the hub's version), or a notice has been seen; audited. */
export async function dismissIssue(db: LoketDatabase, issue: SyncIssue, actor: string): Promise<void> {
  if (issue.key === undefined) return;
  if (issue.kind === 'refused') await outbox.discardRefused(db, issue.key);
  else await outbox.dismissIssue(db, issue.key);
  await auditIssue(db, actor, issue.kind === 'refused' ? 'inbox.discarded' : 'inbox.acknowledged', issue);
}

/** Cases sharing one number (two workstations with the same station code; decision 010). */
export async function duplicateNumbers(db: LoketDatabase): Promise<{ number: string; cases: CaseRecord[] }[]> {
  const counts = new Map<string, number>();
  await db.cases.orderBy('number').eachKey((key) => {
    const number = String(key);
    counts.set(number, (counts.get(number) ?? 0) + 1);
  });
  const doubled = [...counts].filter(([, n]) => n > 1).map(([number]) => number);
  const groups = [];
  for (const number of doubled) {
    const cases = ((await db.cases.where('number').equals(number).toArray()) as unknown as CaseRecord[]).filter((c) => !(c as { deleted?: boolean }).deleted);
    if (cases.length > 1) groups.push({ number, cases: cases.sort((a, b) => (a.createdAt < b.createdAt ? -1 : 1)) });
  }
  return groups;
}

export function useDuplicateNumbers() {
  return useLiveQuery(() => duplicateNumbers(database()), []);
}

/** Gives the later of two cases a new number of this workstation; the old number stays in the audit. */
export async function renumberCase(db: LoketDatabase, caseId: string, actor: string): Promise<string> {
  // One transaction with the counter, as nextCaseNumber requires: a save on this desk at the same
  // moment cannot be handed the same number.
  return db.transaction('rw', [db.cases, db.meta, db.outbox, db.audit], async () => {
    const number = await nextCaseNumber(db, new Date());
    await commitAction(db, { actor, action: 'case.renumbered' }, [{ entity: 'cases', op: 'patch', id: caseId, values: { number } }]);
    return number;
  });
}

/** Writes the value a coordinator chose in a conflict as an ordinary change, so it syncs. */
export async function applyConflictChoice(db: LoketDatabase, entity: SyncedEntity, recordId: string, field: string, value: unknown, actor: string): Promise<void> {
  await commitAction(db, { actor, action: 'conflict.resolved' }, [{ entity, op: 'patch', id: recordId, values: { [field]: value ?? null } }]);
}
