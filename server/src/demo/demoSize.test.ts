import { describe, expect, it } from 'vitest';
import { backends } from '../testing/backends';
import { migratedDatabase } from '../testing/hubApp';
import { seedDemoAnswers } from './answers';
import { seedDemoCatalogue } from './seed';

// `npm start`'s demo hub (server/src/main.ts) calls these seeds with their defaults: the sizes the
// issue asks for (a few thousand documents, a few dozen answers) are asserted on those reports.
describe('the demo hub’s catalogue and answer library (issue 14 point 8)', () => {
  const database = migratedDatabase(backends[0]!);

  it('seeds about 3,000 documents in all 17 categories and a few dozen answers, once', async () => {
    const catalogue = await seedDemoCatalogue(database.db);
    expect(catalogue.alreadyPresent).toBe(0);
    expect(catalogue.added).toBeGreaterThanOrEqual(2500);
    expect(catalogue.added).toBeLessThanOrEqual(5000);
    const { rows } = await database.db.query<{ n: number; categories: number }>('select count(*)::int as n, count(distinct category)::int as categories from documents');
    expect(rows[0]).toEqual({ n: catalogue.added, categories: 17 });

    const answers = await seedDemoAnswers(database.db);
    expect(answers.added).toBeGreaterThanOrEqual(24);
    expect(answers.added).toBeLessThanOrEqual(60);
    const stored = await database.db.query<{ n: number }>('select count(*)::int as n from answers');
    expect(stored.rows[0]!.n).toBe(answers.added);

    expect(await seedDemoCatalogue(database.db)).toEqual({ added: 0, alreadyPresent: catalogue.added });
  }, 120_000);
});
