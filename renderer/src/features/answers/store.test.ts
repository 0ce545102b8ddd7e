import { describe, expect, it, vi } from 'vitest';
import { startCentreSync } from '../../centre';
import { testDatabases } from '../../db/testing';
import { buildAnswerIndex, searchAnswers } from '../../../../shared/answers/search';
import type { Answer } from '../../../../shared/answers/answer';
import { pullAnswers } from './store';

const freshDatabase = testDatabases('answers');

function answer(n: number, title: string, revision = 1, retired = false): Answer {
  return {
    id: `0190a0b0-0000-7000-8000-00000000000${n}`,
    title,
    body: `${title}: zo werkt het.`,
    links: [],
    documentIds: [],
    keywords: [],
    revision,
    retired,
    updatedAt: '2026-05-11T09:00:00.000Z',
    updatedBy: 'cor',
  };
}

describe('the answer library on the desk', () => {
  it('pulls page by page from its cursor, keeps the answers for offline use, and takes newer revisions and retirements', async () => {
    const db = freshDatabase();
    const pages: Record<string, unknown> = {
      '0': { answers: [answer(1, 'Grofvuil laten ophalen')], next: 4, more: true },
      '4': { answers: [answer(2, 'Parkeervergunning')], next: 7, more: false },
      '7': { answers: [answer(1, 'Grofvuil: afspraak maken', 2), answer(2, 'Parkeervergunning', 2, true)], next: 9, more: false },
    };
    const asked: string[] = [];
    const fetch = vi.fn(async (url: string) => {
      const since = new URL(url).searchParams.get('since')!;
      asked.push(since);
      return pages[since] ? new Response(JSON.stringify(pages[since]), { status: 200 }) : new Response('{}', { status: 500 });
    });
    // The hub connection the centre settings set up (signed-in fetch); its own settings call fails quietly here.
    const stop = startCentreSync({ fetch, hubUrl: async () => 'https://hub.example' });
    try {
      expect(await pullAnswers(db)).toBe(2);
      expect(asked.filter((since) => since !== null)).toEqual(['0', '4']);
      expect((await db.answers.toArray()).map((a) => a.title).sort()).toEqual(['Grofvuil laten ophalen', 'Parkeervergunning']);

      expect(await pullAnswers(db)).toBe(2);
      const stored = await db.answers.toArray();
      expect(stored.map((a) => [a.title, a.revision, a.retired]).sort()).toEqual([
        ['Grofvuil: afspraak maken', 2, false],
        ['Parkeervergunning', 2, true],
      ]);
      // Offline: the hub is gone, the search still finds the kept answer and never the retired one.
      const index = buildAnswerIndex(stored);
      expect(searchAnswers(index, 'grofvuil').map((a) => a.title)).toEqual(['Grofvuil: afspraak maken']);
      expect(searchAnswers(index, 'parkeervergunning')).toEqual([]);
      await expect(pullAnswers(db)).rejects.toThrow();
      expect(await db.answers.count()).toBe(2);
    } finally {
      stop();
    }
  });
});
