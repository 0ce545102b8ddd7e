import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { newId } from '../../../../shared/ids';
import { commitAction } from '../../db/commit';
import { LoketDatabase } from '../../db/database';
import { getCase, queryTerms, recentCases, searchCases as search } from './repository';

const names: string[] = [];
afterEach(async () => {
  for (const name of names.splice(0)) await Dexie.delete(name);
});

async function dbWith(cases: Array<Record<string, unknown>>) {
  const name = `test-${crypto.randomUUID()}`;
  names.push(name);
  const db = new LoketDatabase(name);
  // One action per case, in order: UUIDv7 ids make the later ones "newer". Each case gets the
  // contact it was opened with, a minute after the previous one, as the intake would record it.
  const start = Date.parse('2026-03-02T09:00:00.000Z');
  for (const [i, values] of cases.entries()) {
    const caseId = newId();
    await commitAction(db, { actor: 't', action: 'case.opened' }, [
      { entity: 'cases', op: 'create', id: caseId, values },
      { entity: 'contacts', op: 'create', values: contactAt(caseId, new Date(start + i * 60_000).toISOString()) },
    ]);
  }
  return db;
}

const contactAt = (caseId: string, startedAt: string) => ({ caseId, channel: 'balie', direction: 'inbound', startedAt, summary: 'Vraag', outcome: 'answered', confidential: false });

const numbers = (list: Array<{ number: string }>) => list.map((c) => c.number);
const searchCases = async (db: LoketDatabase, query: string, limit = 20, keyCap?: number, walkBudget?: number) =>
  (await search(db, query, { limit, ...(keyCap ? { keyCap } : {}), ...(walkBudget ? { walkBudget } : {}) })).cases;

describe('searchCases', () => {
  it('finds by number, also by its tail, name, phone however typed, e-mail and words of the question', async () => {
    const db = await dbWith([
      { number: 'OC-2026-K7-00001', status: 'open', question: 'Bouwvergunning Dorpsstraat 12', visitor: { name: 'Fatma Yılmaz', phone: '06-12345678' } },
      { number: 'OC-2026-K7-00002', status: 'open', question: 'Raadsbesluit over parkeren', visitor: { email: 'j.jansen@example.nl' } },
      { number: 'OC-2026-B2-00123', status: 'closed', question: 'Subsidie voor de buurtvereniging', topic: 'Subsidies' },
    ]);
    expect(numbers(await searchCases(db, 'OC-2026-B2-00123'))).toEqual(['OC-2026-B2-00123']);
    expect(numbers(await searchCases(db, '123'))).toEqual(['OC-2026-B2-00123']);
    expect(numbers(await searchCases(db, 'b2-00123'))).toEqual(['OC-2026-B2-00123']);
    expect(numbers(await searchCases(db, 'yilmaz'))).toEqual(['OC-2026-K7-00001']);
    expect(numbers(await searchCases(db, 'Yıl'))).toEqual(['OC-2026-K7-00001']);
    for (const phone of ['0612345678', '06 1234 5678', '+31 6 12345678', '06-1234']) {
      expect(numbers(await searchCases(db, phone)), phone).toEqual(['OC-2026-K7-00001']);
    }
    expect(numbers(await searchCases(db, 'j.jansen@'))).toEqual(['OC-2026-K7-00002']);
    expect(numbers(await searchCases(db, 'parke'))).toEqual(['OC-2026-K7-00002']);
    db.close();
  });

  it('requires every word (prefix) to match and lists the newest first', async () => {
    const db = await dbWith([
      { number: 'OC-2026-K7-00001', status: 'open', question: 'Vraag over afval', visitor: { name: 'Jansen' } },
      { number: 'OC-2026-K7-00002', status: 'open', question: 'Vraag over afvalpas', visitor: { name: 'de Vries' } },
      { number: 'OC-2026-K7-00003', status: 'open', question: 'Vraag over parkeren', visitor: { name: 'Jansen' } },
    ]);
    expect(numbers(await searchCases(db, 'afval'))).toEqual(['OC-2026-K7-00002', 'OC-2026-K7-00001']);
    expect(numbers(await searchCases(db, 'afv jans'))).toEqual(['OC-2026-K7-00001']);
    expect(numbers(await searchCases(db, 'vraag'))).toEqual(['OC-2026-K7-00003', 'OC-2026-K7-00002', 'OC-2026-K7-00001']);
    expect(await searchCases(db, 'afval vries jansen')).toEqual([]);
    db.close();
  });

  it('skips deleted cases and without a query shows the most recent ones', async () => {
    const db = await dbWith([
      { number: 'OC-2026-K7-00001', status: 'open', question: 'Eerste' },
      { number: 'OC-2026-K7-00002', status: 'open', question: 'Tweede' },
    ]);
    const [first] = await db.cases.where('number').equals('OC-2026-K7-00001').toArray();
    await commitAction(db, { actor: 't', action: 'case.deleted' }, [{ entity: 'cases', op: 'delete', id: first!.id }]);
    expect(numbers(await searchCases(db, 'eerste'))).toEqual([]);
    expect(numbers(await searchCases(db, '  '))).toEqual(['OC-2026-K7-00002']);
    expect(numbers(await recentCases(db))).toEqual(['OC-2026-K7-00002']);
    expect(await getCase(first!.id, db)).toBeUndefined();
    db.close();
  });

  it('shows the case with the newest contact first, whatever its id or its last system change', async () => {
    const db = await dbWith([
      { number: 'OC-2026-K7-00001', status: 'open', question: 'Eerste' },
      { number: 'OC-2026-K7-00002', status: 'open', question: 'Tweede' },
      { number: 'OC-2026-K7-00003', status: 'closed', question: 'Derde' },
    ]);
    const byNumber = async (number: string) => (await db.cases.where('number').equals(number).first())!;
    expect(numbers(await recentCases(db))).toEqual(['OC-2026-K7-00003', 'OC-2026-K7-00002', 'OC-2026-K7-00001']);
    // A new contact on the oldest case brings it to the top.
    const first = await byNumber('OC-2026-K7-00001');
    await commitAction(db, { actor: 't', action: 'contact.added' }, [{ entity: 'contacts', op: 'create', values: contactAt(first.id, '2026-03-02T10:00:00.000Z') }]);
    expect(numbers(await recentCases(db))).toEqual(['OC-2026-K7-00001', 'OC-2026-K7-00003', 'OC-2026-K7-00002']);
    // A purge-like patch of an older case (system action, stamps updatedAt) does not move it.
    const second = await byNumber('OC-2026-K7-00002');
    await new Promise((resolve) => setTimeout(resolve, 5));
    await commitAction(db, { actor: 'system', action: 'retention.purged' }, [{ entity: 'cases', op: 'patch', id: second.id, values: { visitor: null } }]);
    expect((await byNumber('OC-2026-K7-00002')).updatedAt > (await byNumber('OC-2026-K7-00001')).updatedAt).toBe(true);
    expect(numbers(await recentCases(db))).toEqual(['OC-2026-K7-00001', 'OC-2026-K7-00003', 'OC-2026-K7-00002']);
    // A case whose id sorts last but whose contact happened long ago comes last.
    const oldId = 'ffffffff-ffff-5fff-bfff-ffffffffffff';
    await commitAction(db, { actor: 't', action: 'case.opened' }, [
      { entity: 'cases', op: 'create', id: oldId, values: { number: 'OC-2025-K7-00009', status: 'closed', question: 'Oud' } },
      { entity: 'contacts', op: 'create', values: contactAt(oldId, '2025-01-02T10:00:00.000Z') },
    ]);
    expect(numbers(await recentCases(db))).toEqual(['OC-2026-K7-00001', 'OC-2026-K7-00003', 'OC-2026-K7-00002', 'OC-2025-K7-00009']);
    expect(numbers(await recentCases(db, 2))).toEqual(['OC-2026-K7-00001', 'OC-2026-K7-00003']);
    db.close();
  });

  it('walks past many contacts of the same case and of deleted cases to fill the list', async () => {
    const db = await dbWith([
      { number: 'OC-2026-K7-00001', status: 'open', question: 'Eerste' },
      { number: 'OC-2026-K7-00002', status: 'open', question: 'Tweede' },
      { number: 'OC-2026-K7-00003', status: 'open', question: 'Derde' },
    ]);
    const busy = (await db.cases.where('number').equals('OC-2026-K7-00002').first())!;
    const gone = (await db.cases.where('number').equals('OC-2026-K7-00003').first())!;
    const many = Array.from({ length: 120 }, (_, i) => ({
      entity: 'contacts' as const,
      op: 'create' as const,
      values: contactAt(i % 2 ? busy.id : gone.id, new Date(Date.parse('2026-03-03T09:00:00.000Z') + i * 1000).toISOString()),
    }));
    await commitAction(db, { actor: 't', action: 'contact.added' }, many);
    await commitAction(db, { actor: 't', action: 'case.deleted' }, [{ entity: 'cases', op: 'delete', id: gone.id }]);
    expect(numbers(await recentCases(db, 2))).toEqual(['OC-2026-K7-00002', 'OC-2026-K7-00001']);
    db.close();
  });

  it('limits to 20 and stays correct when a word matches very many cases', async () => {
    const cases = Array.from({ length: 2100 }, (_, i) => ({
      number: `OC-2026-K7-${String(i + 1).padStart(5, '0')}`,
      status: 'closed',
      question: i % 700 === 0 ? `Vraag over kapvergunning ${i}` : `Vraag over afval ${i}`,
    }));
    const name = `test-${crypto.randomUUID()}`;
    names.push(name);
    const db = new LoketDatabase(name);
    await commitAction(db, { actor: 't', action: 'seed' }, cases.map((values) => ({ entity: 'cases' as const, op: 'create' as const, values })));
    // A key cap of 500 stands in for the real one so the test stays small.
    const common = await searchCases(db, 'vraag', 20, 500);
    expect(common).toHaveLength(20);
    expect(common[0]!.number).toBe('OC-2026-K7-02100');
    // 'vraag' and 'over' match all 2,100 (more than the cap): checked on the records; 'kap' only three.
    expect(numbers(await searchCases(db, 'vraag over kap', 20, 500))).toEqual(['OC-2026-K7-01401', 'OC-2026-K7-00701', 'OC-2026-K7-00001']);
    // Only common words: the newest cases are walked until enough match.
    expect(numbers(await searchCases(db, 'vraag afval 20', 3, 500))).toEqual(['OC-2026-K7-02100', 'OC-2026-K7-02099', 'OC-2026-K7-02098']);
    // Common words that rarely occur together: the walk stops at its budget and says so; an
    // exhaustive search then finds the old match.
    const bounded = await search(db, 'kapvergunning 70', { keyCap: 2, walkBudget: 1000 });
    expect({ numbers: numbers(bounded.cases), complete: bounded.complete }).toEqual({ numbers: [], complete: false });
    const all = await search(db, 'kapvergunning 70', { keyCap: 2, walkBudget: 1000, exhaustive: true });
    expect(all).toEqual({ cases: [expect.objectContaining({ number: 'OC-2026-K7-00701' })], complete: true });
    db.close();
  }, 30_000);
});

describe('queryTerms', () => {
  it('keeps a phone number typed with spaces together, in its canonical form', () => {
    expect(queryTerms('06 1234 5678 jansen')).toEqual([['0612345678'], ['jansen']]);
    expect(queryTerms('12-05-2026')).toEqual([['12052026', '12-05-2026']]);
    expect(queryTerms('OC-2026-K7Q-00123')).toEqual([['oc-2026-k7q-00123']]);
  });
});
