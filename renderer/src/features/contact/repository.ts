import Dexie from 'dexie';
import { useLiveQuery } from 'dexie-react-hooks';
import type { CaseFields, CaseRecord, ContactFields, ContactRecord, TaskFields } from '../../../../shared/model/case';
import { newId } from '../../../../shared/ids';
import {
  caseKindForOutcome,
  caseStatusForNewCase,
  type IntakeInput,
  statusAfterFollowUp,
} from '../../../../shared/model/intake';
import { commitAction, type Change } from '../../db/commit';
import { database, type LoketDatabase } from '../../db/database';
import { CaseGoneError, nextCaseNumber, withCases } from '../cases';
import { centreSettings } from '../../centre';
import { workstationSettings } from '../../workstation';
import { todayInAmsterdam } from '../../../../shared/calendar/amsterdam';
import { AVG_TASK_ACTION, newAvgTask } from '../../../../shared/woo/avgDeadline';

/** The action a callback task asks for (Klantinteracties `gevraagdeHandeling`). */
export const CALLBACK_ACTION = 'Terugbellen';

export interface SavedIntake {
  caseId: string;
  caseNumber: string;
  contactId: string;
  taskId?: string;
  /** The access request's deadline task, when the contact was routed as an AVG access request. */
  avgTaskId?: string;
  /** The case was made by this save (undo deletes it) rather than an existing one. */
  caseCreated: boolean;
  /** Fields of an existing case this save changed, with their values before, for undo. */
  casePrevious?: Record<string, unknown>;
  dueAt?: string;
}

/**
 * Saves one intake as ONE user action: the case (new, or updated when the contact is added to an
 * existing one), the contact, the callback task if any, their outbox entries and audit events and
 * the case-number counter, all in one IndexedDB transaction. Either everything is stored or
 * nothing is.
 */
export async function saveIntake(
  db: LoketDatabase,
  input: IntakeInput,
  context: { actor: string; now?: Date },
): Promise<SavedIntake> {
  const now = context.now ?? new Date();
  return db.transaction('rw', [db.cases, db.contacts, db.tasks, db.outbox, db.audit, db.meta], async () => {
    const changes: Change[] = [];
    const hasCallback = Boolean(input.callback);
    let caseId: string;
    let caseNumber: string;
    let casePrevious: Record<string, unknown> | undefined;
    const caseCreated = !input.caseId;

    if (input.caseId) {
      const existing = (await db.cases.get(input.caseId)) as CaseRecord | undefined;
      if (!existing || existing.deleted) throw new CaseGoneError(input.caseId);
      caseId = existing.id;
      caseNumber = existing.number;
      const patch: Record<string, unknown> = {};
      const status = statusAfterFollowUp(existing.status, input.outcome, hasCallback);
      if (status !== existing.status) Object.assign(patch, { status, closedAt: null });
      // Details given now complete the case's visitor; what was known stays unless replaced.
      if (input.visitor) patch.visitor = { ...existing.visitor, ...input.visitor };
      if (input.topic && !existing.topic) patch.topic = input.topic;
      // The case shows where the guide led most recently.
      if (input.guideRoute && input.guideRoute !== existing.guideRoute) patch.guideRoute = input.guideRoute;
      if (Object.keys(patch).length) {
        casePrevious = Object.fromEntries(Object.keys(patch).map((key) => [key, (existing as unknown as Record<string, unknown>)[key] ?? null]));
        changes.push({ entity: 'cases', op: 'patch', id: caseId, values: patch });
      }
    } else {
      caseId = newId();
      caseNumber = await nextCaseNumber(db, now);
      const status = caseStatusForNewCase(input.outcome, hasCallback);
      const values: CaseFields = {
        number: caseNumber,
        kind: caseKindForOutcome(input.outcome),
        status,
        channel: input.channel,
        question: input.question,
        ...(input.topic ? { topic: input.topic } : {}),
        ...(input.visitor ? { visitor: input.visitor } : {}),
        ...(input.guideRoute ? { guideRoute: input.guideRoute } : {}),
        ...(status === 'closed' ? { closedAt: now.toISOString() } : {}),
      };
      changes.push({ entity: 'cases', op: 'create', id: caseId, values: { ...values } });
    }

    const contactId = newId();
    const contact: ContactFields = {
      caseId,
      channel: input.channel,
      direction: 'inbound',
      startedAt: input.startedAt,
      summary: input.question,
      outcome: input.outcome,
      confidential: input.confidential,
      ...(input.durationSeconds !== undefined ? { durationSeconds: input.durationSeconds } : {}),
      ...(input.topic ? { topic: input.topic } : {}),
      ...(input.visitor?.language ? { language: input.visitor.language } : {}),
      ...(input.answerUsed ? { answerUsed: input.answerUsed } : {}),
      ...(input.documentsAttached ? { documentsAttached: input.documentsAttached } : {}),
      ...(input.notFoundNote ? { notFoundNote: input.notFoundNote } : {}),
      ...(input.guideRoute ? { guideRoute: input.guideRoute } : {}),
    };
    changes.push({ entity: 'contacts', op: 'create', id: contactId, values: { ...contact } });

    let taskId: string | undefined;
    if (input.callback) {
      taskId = newId();
      const task: TaskFields = {
        caseId,
        action: CALLBACK_ACTION,
        assignee: input.callback.assignee,
        dueAt: input.callback.dueAt,
        status: 'te_verwerken',
        ...(input.callback.note ? { note: input.callback.note } : {}),
      };
      changes.push({ entity: 'tasks', op: 'create', id: taskId, values: { ...task } });
    }

    // Routed as an AVG access request (the guide's AVG route, or the outcome chosen): the one-month
    // answer term starts today, so it goes on the deadline board like one filed from the Woo check –
    // once per case while an earlier one is still open.
    let avgTaskId: string | undefined;
    if (input.outcome === 'avg-routed') {
      const open = caseCreated
        ? 0
        : await db.tasks.where('caseId').equals(caseId).filter((task) => !task.deleted && task.status === 'te_verwerken' && task.action === AVG_TASK_ACTION).count();
      if (open === 0) {
        avgTaskId = newId();
        const { task } = newAvgTask({
          caseId,
          receivedOn: todayInAmsterdam(now),
          assignee: input.callback?.assignee ?? workstationSettings().defaultAssignee,
          extraHolidays: centreSettings()?.extraHolidays ?? [],
        });
        changes.push({ entity: 'tasks', op: 'create', id: avgTaskId, values: { ...task } });
      }
    }

    await commitAction(db, { actor: context.actor, action: caseCreated ? 'contact.logged' : 'contact.added', now }, changes);
    return {
      caseId,
      caseNumber,
      contactId,
      caseCreated,
      ...(taskId ? { taskId, dueAt: input.callback!.dueAt } : {}),
      ...(avgTaskId ? { avgTaskId } : {}),
      ...(casePrevious ? { casePrevious } : {}),
    };
  });
}

/**
 * Takes a save back: tombstones for what it created, the previous values for what it changed on
 * an existing case. Audited like any other action. The case number is not handed out again.
 */
export async function undoIntake(db: LoketDatabase, saved: SavedIntake, context: { actor: string; now?: Date }): Promise<void> {
  const changes: Change[] = [{ entity: 'contacts', op: 'delete', id: saved.contactId }];
  if (saved.taskId) changes.push({ entity: 'tasks', op: 'delete', id: saved.taskId });
  if (saved.avgTaskId) changes.push({ entity: 'tasks', op: 'delete', id: saved.avgTaskId });
  if (saved.caseCreated) changes.push({ entity: 'cases', op: 'delete', id: saved.caseId });
  else if (saved.casePrevious) changes.push({ entity: 'cases', op: 'patch', id: saved.caseId, values: saved.casePrevious });
  await commitAction(db, { actor: context.actor, action: 'contact.undone', ...(context.now ? { now: context.now } : {}) }, changes);
}

export interface ContactWithCase {
  contact: ContactRecord;
  caseNumber: string | undefined;
  /** The case's topic: shown when the contact itself has none (a Woo filing, an older record). */
  caseTopic: string | undefined;
}

/** Contacts since `since` (e.g. the start of today), newest first, with their case numbers. */
export async function contactsSince(db: LoketDatabase, since: Date, limit = 50): Promise<ContactWithCase[]> {
  const contacts = (await db.contacts
    .where('startedAt')
    .between(since.toISOString(), Dexie.maxKey)
    .reverse()
    .filter((record) => !record.deleted)
    .limit(limit)
    .toArray()) as unknown as ContactRecord[];
  // The case's topic stands in for a contact logged without one (issue 11: no 'Zonder onderwerp' rows).
  const join = (contact: ContactRecord, found: CaseRecord | undefined) => ({ contact, caseNumber: found?.number, caseTopic: found?.topic || undefined });
  return withCases(db, contacts, (contact) => contact.caseId, join);
}

export function useContactsSince(since: Date): ContactWithCase[] | undefined {
  const key = since.getTime();
  return useLiveQuery(() => contactsSince(database(), new Date(key)), [key]);
}
