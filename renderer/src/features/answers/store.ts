/**
 * The answer library on this desk: pulled from the hub (GET /answers?since=cursor) on sign-in,
 * every minute and whenever a screen that offers answers opens, and kept in IndexedDB so answers
 * are found and used offline. Coordinators write through the hub; their desk takes the hub's
 * answer into its own copy at once.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo } from 'react';

import {
  answerChangesSchema,
  answerHistorySchema,
  answerSchema,
  type Answer,
  type AnswerContent,
} from '../../../../shared/answers/answer';
import { buildAnswerIndex, type AnswerIndex } from '../../../../shared/answers/search';
import { hubRequest } from '../../centre';
import { database, type LoketDatabase } from '../../db/database';

const CURSOR_KEY = 'answers.since';
/** The hub the cursor belongs to: change numbers repeat after a backup restore or on another hub. */
const HUB_KEY = 'answers.hubId';

/**
 * Pulls every answer changed since this desk's cursor into the local table; pages until the hub
 * says there is no more. When the hub names another identity than the one the cursor came from,
 * the cursor is no longer valid: the desk pulls from 0 and its copy is replaced, in the same
 * transaction as the first page, so it is never left empty (review finding 3).
 */
export async function pullAnswers(db: LoketDatabase = database()): Promise<number> {
  let since = Number((await db.meta.get(CURSOR_KEY))?.value ?? 0);
  let knownHub = (await db.meta.get(HUB_KEY))?.value as string | undefined;
  let pulled = 0;
  let replace = false;
  for (let page = 0; page < 1000; page++) {
    const changes = await hubRequest(`/answers?since=${since}`, answerChangesSchema);
    if (changes.hubId !== undefined && changes.hubId !== knownHub && since !== 0) {
      since = 0;
      knownHub = changes.hubId;
      replace = true;
      continue;
    }
    await db.transaction('rw', db.answers, db.meta, async () => {
      if (replace) await db.answers.clear();
      if (changes.answers.length) await db.answers.bulkPut(changes.answers);
      await db.meta.put({ key: CURSOR_KEY, value: changes.next });
      if (changes.hubId !== undefined) await db.meta.put({ key: HUB_KEY, value: changes.hubId });
    });
    replace = false;
    knownHub = changes.hubId ?? knownHub;
    pulled += changes.answers.length;
    since = changes.next;
    if (!changes.more) break;
  }
  return pulled;
}

let running: Promise<unknown> | undefined;
/** One pull at a time; errors (offline, no hub) leave the local copy as it is. */
export function refreshAnswers(): Promise<unknown> {
  running ??= pullAnswers()
    .catch(() => undefined)
    .finally(() => {
      running = undefined;
    });
  return running;
}

const REFRESH_MS = 60_000;

/** Keeps the library current while someone is signed in; returns the stop function. */
export function startAnswerSync(): () => void {
  void refreshAnswers();
  const timer = setInterval(() => void refreshAnswers(), REFRESH_MS);
  return () => clearInterval(timer);
}

/** Every answer on this desk, retired ones included (the coordinator's list); undefined while loading. */
export function useAllAnswers(): Answer[] | undefined {
  return useLiveQuery(() => database().answers.toArray(), []);
}

/** The search index over the answers in use, rebuilt when the local library changes. */
export function useAnswerIndex(): AnswerIndex | undefined {
  const answers = useAllAnswers();
  // Offer what the hub has now: opening a screen that searches answers asks for changes.
  useEffect(() => void refreshAnswers(), []);
  return useMemo(() => (answers ? buildAnswerIndex(answers) : undefined), [answers]);
}

const json = (body: unknown): RequestInit => ({ method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });

async function keep(answer: Answer): Promise<Answer> {
  await database().answers.put(answer);
  return answer;
}

export async function createAnswer(content: AnswerContent): Promise<Answer> {
  return keep(await hubRequest('/answers', answerSchema, json(content)));
}

export async function editAnswer(id: string, baseRevision: number, content: AnswerContent): Promise<Answer> {
  return keep(await hubRequest(`/answers/${id}`, answerSchema, json({ baseRevision, content })));
}

export async function setAnswerRetired(id: string, baseRevision: number, retired: boolean): Promise<Answer> {
  return keep(await hubRequest(`/answers/${id}/retire`, answerSchema, json({ baseRevision, retired })));
}

export async function answerHistory(id: string): Promise<Answer[]> {
  return (await hubRequest(`/answers/${id}/history`, answerHistorySchema)).revisions;
}

export type { Answer };
