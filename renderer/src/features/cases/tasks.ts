import Dexie from 'dexie';
import { useLiveQuery } from 'dexie-react-hooks';
import type { TaskRecord, Visitor } from '../../../../shared/model/case';
import { commitAction } from '../../db/commit';
import { database, type LoketDatabase } from '../../db/database';
import { withCases } from './repository';

export interface TaskWithCase {
  task: TaskRecord;
  caseNumber: string | undefined;
  /** Whom to call back: the case's visitor (name and number, when known). */
  visitor: Visitor | undefined;
  /** The case's question, for a one-line reminder of what the call is about. */
  question: string | undefined;
}

/**
 * Open tasks due at or before `until` (end of today on the start screen), overdue ones included,
 * earliest first. Uses the [status+dueAt] index, so finished history is never scanned.
 */
export async function openTasksDueBy(db: LoketDatabase, until: Date, limit = 100): Promise<TaskWithCase[]> {
  const tasks = (await db.tasks
    .where('[status+dueAt]')
    .between(['te_verwerken', Dexie.minKey], ['te_verwerken', until.toISOString()], true, true)
    .filter((record) => !record.deleted)
    .limit(limit)
    .toArray()) as unknown as TaskRecord[];
  return withCases(db, tasks, (task) => task.caseId, (task, found) => ({
    task,
    caseNumber: found?.number,
    visitor: found?.visitor,
    question: found?.question,
  }));
}

export function useOpenTasksDueBy(until: Date): TaskWithCase[] | undefined {
  const key = until.getTime();
  return useLiveQuery(() => openTasksDueBy(database(), new Date(key)), [key]);
}

/** Marks a task done (Klantinteracties status 'verwerkt') or back to 'te_verwerken'. */
export async function setTaskStatus(
  db: LoketDatabase,
  taskId: string,
  status: TaskRecord['status'],
  context: { actor: string; now?: Date },
): Promise<void> {
  await commitAction(db, { actor: context.actor, action: status === 'verwerkt' ? 'task.completed' : 'task.reopened', ...(context.now ? { now: context.now } : {}) }, [
    { entity: 'tasks', op: 'patch', id: taskId, values: { status } },
  ]);
}
