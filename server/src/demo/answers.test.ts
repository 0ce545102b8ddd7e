import { describe, expect, it } from 'vitest';
import { validateAnswer } from '../../../shared/answers/answer';
import { buildAnswerIndex, searchAnswers } from '../../../shared/answers/search';
import { backends } from '../testing/backends';
import { migratedDatabase } from '../testing/hubApp';
import { DEMO_ANSWERS, demoAnswerId, seedDemoAnswers } from './answers';

// Real cities' contact lines must not appear in the fictitious demo (see fictitious.test.ts).
const REAL_CITY = /14 ?020|624 ?1111|amsterdam\.nl|Amsterdam/i;

describe('the demo answer library', () => {
  it('has a few dozen valid answers, several translated into English, none naming a real city', () => {
    expect(DEMO_ANSWERS.length).toBeGreaterThanOrEqual(24);
    expect(DEMO_ANSWERS.filter((answer) => answer.translations?.en).length).toBeGreaterThanOrEqual(8);
    for (const { key, ...answer } of DEMO_ANSWERS) {
      expect(validateAnswer(answer), key).toMatchObject({ ok: true });
      expect(JSON.stringify(answer), key).not.toMatch(REAL_CITY);
      for (const link of answer.links) expect(new URL(link.url).hostname, key).toMatch(/(\.example|overheid\.nl|nationaleombudsman\.nl)$/);
    }
    expect(new Set(DEMO_ANSWERS.map((answer) => answer.key)).size).toBe(DEMO_ANSWERS.length);
  });

  it('answers the questions a desk hears most, found through the search box', () => {
    const now = '2026-05-11T09:00:00.000Z';
    const index = buildAnswerIndex(
      DEMO_ANSWERS.map(({ key, ...answer }) => ({ ...answer, id: demoAnswerId(key), revision: 1, retired: false, updatedAt: now, updatedBy: 'demo-seed', links: answer.links, keywords: answer.keywords, documentIds: answer.documentIds })),
    );
    const first = (query: string) => searchAnswers(index, query)[0]?.title;
    expect(first('grofvuil')).toBe('Grofvuil laten ophalen');
    expect(first('parkeervergunning')).toBe('Parkeervergunning voor bewoners');
    expect(first('bouwtekeningen')).toBe('Bouwtekeningen van mijn huis inzien');
    expect(first('boom kappen')).toBe('Mag ik een boom kappen?');
  });
});

describe.each(backends)('seeding the demo answers on $name', (backend) => {
  const database = migratedDatabase(backend);
  it('adds them once, at revision 1 by the demo seed, and leaves a coordinator’s edit alone', async () => {
    expect(await seedDemoAnswers(database.db)).toEqual({ added: DEMO_ANSWERS.length, alreadyPresent: 0 });
    const id = demoAnswerId('grofvuil');
    await database.db.query(`update answers set revision = 2, data = jsonb_set(data, '{title}', '"Grofvuil: afspraak maken"') where id = $1`, [id]);
    expect(await seedDemoAnswers(database.db)).toEqual({ added: 0, alreadyPresent: DEMO_ANSWERS.length });
    const { rows } = await database.db.query<{ revision: number; title: string; updated_by: string }>(`select revision, data ->> 'title' as title, updated_by from answers where id = $1`, [id]);
    expect(rows[0]).toEqual({ revision: 2, title: 'Grofvuil: afspraak maken', updated_by: 'demo-seed' });
    const history = await database.db.query<{ n: number }>('select count(*)::int as n from answer_revisions');
    expect(history.rows[0]!.n).toBe(DEMO_ANSWERS.length);
  });
});
