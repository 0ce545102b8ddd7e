import { describe, expect, it, vi } from 'vitest';
import { startCentreSync } from '../../centre';
import { testDatabases } from '../../db/testing';
import type { Answer } from '../../../../shared/answers/answer';
import { pullAnswers } from './store';

const freshDatabase = testDatabases('answers-hub');

const HUB_A = '0190a0b0-0000-7000-8000-0000000000aa';
const HUB_B = '0190a0b0-0000-7000-8000-0000000000bb';

function answer(n: number, title: string): Answer {
  return {
    id: `0190a0b0-0000-7000-8000-00000000000${n}`,
    title,
    body: `${title}: zo werkt het.`,
    links: [],
    documentIds: [],
    keywords: [],
    revision: 1,
    retired: false,
    updatedAt: '2026-05-11T09:00:00.000Z',
    updatedBy: 'cor',
  };
}

/** A hub answering GET /answers from `pages` (keyed by `since`), recording what the desk asked. */
function hub(pages: () => Record<string, unknown>) {
  const asked: string[] = [];
  const fetch = vi.fn(async (url: string) => {
    const since = new URL(url).searchParams.get('since');
    if (since === null) return new Response('{}', { status: 500 });
    asked.push(since);
    const page = pages()[since];
    return page ? new Response(JSON.stringify(page), { status: 200 }) : new Response('{}', { status: 500 });
  });
  const stop = startCentreSync({ fetch, hubUrl: async () => 'https://hub.example' });
  return { asked, stop };
}

describe('the answer library follows the hub it came from (review finding 3)', () => {
  it('when the hub identity changes (a restored backup), the desk drops its copy and pulls from 0; answers with change numbers it had passed arrive', async () => {
    const db = freshDatabase();
    let current: Record<string, unknown> = {
      '0': { answers: [answer(1, 'Grofvuil'), answer(2, 'Paspoort')], next: 8, more: false, hubId: HUB_A },
      '8': { answers: [], next: 8, more: false, hubId: HUB_A },
    };
    const { asked, stop } = hub(() => current);
    try {
      expect(await pullAnswers(db)).toBe(2);
      expect(await pullAnswers(db)).toBe(0);
      // Restored from a backup taken at change 3: answer 2 is gone, answer 3 got change 4 – below the desk's cursor 8.
      current = {
        '8': { answers: [], next: 8, more: false, hubId: HUB_B },
        '0': { answers: [answer(1, 'Grofvuil'), answer(3, 'Rijbewijs')], next: 4, more: false, hubId: HUB_B },
      };
      expect(await pullAnswers(db)).toBe(2);
      expect(asked).toEqual(['0', '8', '8', '0']);
      expect((await db.answers.toArray()).map((a) => a.title).sort()).toEqual(['Grofvuil', 'Rijbewijs']);
      // From then on it pulls from the new hub's cursor.
      current = { '4': { answers: [], next: 4, more: false, hubId: HUB_B } };
      expect(await pullAnswers(db)).toBe(0);
      expect(asked.at(-1)).toBe('4');
    } finally {
      stop();
    }
  });

  it('the same hub on every pull keeps the copy and the cursor', async () => {
    const db = freshDatabase();
    const pages = {
      '0': { answers: [answer(1, 'Grofvuil')], next: 3, more: false, hubId: HUB_A },
      '3': { answers: [answer(2, 'Paspoort')], next: 5, more: false, hubId: HUB_A },
    };
    const { asked, stop } = hub(() => pages);
    try {
      await pullAnswers(db);
      await pullAnswers(db);
      expect(asked).toEqual(['0', '3']);
      expect(await db.answers.count()).toBe(2);
    } finally {
      stop();
    }
  });
});
