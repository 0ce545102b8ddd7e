import Dexie from 'dexie';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { parseCaseNumber, stationCodeFromClientId } from '../../../../shared/caseNumber/caseNumber';
import { emptyIntake, validateIntake } from '../../../../shared/model/intake';
import { LoketDatabase } from '../../db/database';
import { saveIntake } from '../contact';
import { InvalidStationCodeError, setStationCode, stationCode } from '../../workstation';
import { nextCaseNumber } from './caseNumbers';

const names: string[] = [];
function openDb(name = `test-${crypto.randomUUID()}`) {
  if (!names.includes(name)) names.push(name);
  return new LoketDatabase(name);
}
afterEach(async () => {
  for (const name of names.splice(0)) await Dexie.delete(name);
});

const now = new Date(2026, 4, 11, 9, 0);
function input(question: string) {
  const result = validateIntake({ ...emptyIntake({ now, channel: 'balie', assignee: 'Team' }), question }, { now });
  if (!result.ok) throw new Error('invalid test input');
  return result.value;
}

describe('offline case numbers', () => {
  // Client ids are random (UUIDv7): the generated station code comes from their random bits.
  const clientIdArb = fc.uuid({ version: 7 });

  it('never collide between two workstations with random client ids whose generated codes differ, saving in any interleaving', async () => {
    await fc.assert(
      fc.asyncProperty(clientIdArb, clientIdArb, fc.array(fc.boolean(), { minLength: 2, maxLength: 16 }), async (idA, idB, order) => {
        fc.pre(stationCodeFromClientId(idA) !== stationCodeFromClientId(idB));
        const a = openDb();
        const b = openDb();
        try {
          await a.meta.put({ key: 'clientId', value: idA });
          await b.meta.put({ key: 'clientId', value: idB });
          const numbers: string[] = [];
          for (const [i, fromA] of order.entries()) {
            numbers.push((await saveIntake(fromA ? a : b, input(`vraag ${i}`), { actor: fromA ? 'a' : 'b', now })).caseNumber);
          }
          expect(new Set(numbers).size).toBe(numbers.length);
          // Each number carries the code of the workstation that made it.
          const codes = order.map((fromA) => stationCodeFromClientId(fromA ? idA : idB));
          expect(numbers.map((n) => parseCaseNumber(n)?.station)).toEqual(codes);
          expect(numbers.every((n) => parseCaseNumber(n)?.year === 2026)).toBe(true);
        } finally {
          a.close();
          b.close();
        }
      }),
      { numRuns: 20 },
    );
    // Every run opens two IndexedDB databases and saves through them: seconds on a loaded machine.
  }, 60_000);

  it('do collide when two random client ids give the same generated code: the residual risk that makes administrators assign codes (decision 010)', async () => {
    const a = openDb();
    const b = openDb();
    // Different timestamps, the same lowest random bits.
    await a.meta.put({ key: 'clientId', value: '019e1a2b-3c4d-7e5f-8a6b-1c2d3e4f5a6b' });
    await b.meta.put({ key: 'clientId', value: '01a0ffff-0000-7111-9222-33333e4f5a6b' });
    expect(await stationCode(a)).toBe(await stationCode(b));
    const fromA = await saveIntake(a, input('x'), { actor: 'a', now });
    const fromB = await saveIntake(b, input('y'), { actor: 'b', now });
    expect(fromA.caseNumber).toBe(fromB.caseNumber);
    a.close();
    b.close();
  });

  it('never collide with administrator-assigned codes either, even with equal counters', async () => {
    const a = openDb();
    const b = openDb();
    await setStationCode(a, 'k7');
    await setStationCode(b, 'B2');
    const fromA = await saveIntake(a, input('x'), { actor: 'a', now });
    const fromB = await saveIntake(b, input('y'), { actor: 'b', now });
    expect([fromA.caseNumber, fromB.caseNumber]).toEqual(['OC-2026-K7-00001', 'OC-2026-B2-00001']);
    await expect(setStationCode(a, 'K-7')).rejects.toBeInstanceOf(InvalidStationCodeError);
    a.close();
    b.close();
  });

  it('keeps counting after a restart (the counter is stored with the case)', async () => {
    const name = `test-${crypto.randomUUID()}`;
    let db = openDb(name);
    await setStationCode(db, 'K7');
    await saveIntake(db, input('een'), { actor: 'a', now });
    await saveIntake(db, input('twee'), { actor: 'a', now });
    db.close();
    db = openDb(name);
    expect((await saveIntake(db, input('drie'), { actor: 'a', now })).caseNumber).toBe('OC-2026-K7-00003');
    db.close();
  });

  it('starts at 1 again in a new year', async () => {
    const db = openDb();
    await setStationCode(db, 'K7');
    await saveIntake(db, input('oud'), { actor: 'a', now });
    expect((await saveIntake(db, input('nieuw'), { actor: 'a', now: new Date(2027, 0, 2, 9) })).caseNumber).toBe('OC-2027-K7-00001');
    db.close();
  });

  it('never hands out the same number to saves running at the same time', async () => {
    const db = openDb();
    const saved = await Promise.all(Array.from({ length: 60 }, (_, i) => saveIntake(db, input(`gelijktijdig ${i}`), { actor: 'a', now })));
    const numbers = saved.map((s) => s.caseNumber);
    expect(new Set(numbers).size).toBe(60);
    expect(numbers.map((n) => parseCaseNumber(n)!.sequence).sort((x, y) => x - y)).toEqual(Array.from({ length: 60 }, (_, i) => i + 1));
    db.close();
  });

  it('skips numbers that already exist (e.g. pulled back after a reinstall with the same code)', async () => {
    const db = openDb();
    await setStationCode(db, 'K7');
    await db.cases.add({ id: '00000000-0000-7000-8000-000000000001', number: 'OC-2026-K7-00001', rev: 3, createdAt: '', updatedAt: '', updatedBy: 'hub', deleted: false });
    await db.cases.add({ id: '00000000-0000-7000-8000-000000000002', number: 'OC-2026-K7-00002', rev: 3, createdAt: '', updatedAt: '', updatedBy: 'hub', deleted: false });
    const number = await db.transaction('rw', db.meta, db.cases, () => nextCaseNumber(db, now));
    expect(number).toBe('OC-2026-K7-00003');
    db.close();
  });
});
