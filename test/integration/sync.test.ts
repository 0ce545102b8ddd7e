/**
 * The sync client (renderer/src/sync) against the real hub (server/) in one process: workstations
 * are separate IndexedDB databases (fake-indexeddb), the hub runs on PGlite, and fetch is routed
 * into the hub's HTTP app. Split by concern as in Joplin: push/pull, conflicts, retries, resync.
 */
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/src/app';
import type { Db } from '../../server/src/db/db';
import { migrate } from '../../server/src/db/migrate';
import { openDb } from '../../server/src/db/open';
import { silentLog } from '../../server/src/log';
import { commitAction } from '../../renderer/src/db/commit';
import { LoketDatabase } from '../../renderer/src/db/database';
import { pullOnce, pushOnce, syncOnce, type FetchLike } from '../../renderer/src/sync/engine';

const HUB = 'http://hub.test';
let db: Db;
let hubFetch: FetchLike;
let online = true;
const stations: LoketDatabase[] = [];

beforeAll(async () => {
  db = await openDb();
  await migrate(db);
  const app = createApp({ db, log: silentLog });
  hubFetch = async (url, init) => {
    if (!online) throw new TypeError('Failed to fetch');
    return app.request(url, init);
  };
});

afterAll(async () => {
  for (const station of stations) {
    station.close();
    await Dexie.delete(station.name);
  }
  await db.close();
});

function station(): LoketDatabase {
  const created = new LoketDatabase(`station-${crypto.randomUUID()}`);
  stations.push(created);
  return created;
}

let caseCounter = 0;
async function openCase(on: LoketDatabase, values: Record<string, unknown> = {}) {
  caseCounter++;
  const [record] = await commitAction(on, { actor: 'anna', action: 'case.opened' }, [
    { entity: 'cases', op: 'create', values: { number: `OC-2026-T${caseCounter}`, status: 'open', topic: 'Afval', question: 'Vraag', ...values } },
  ]);
  return record!;
}

const edit = (on: LoketDatabase, id: string, values: Record<string, unknown>, at?: Date) =>
  commitAction(on, { actor: 'bram', action: 'case.edited', ...(at ? { now: at } : {}) }, [{ entity: 'cases', op: 'patch', id, values }]);

describe('push and pull', () => {
  it('sends a saved case to the hub and brings it to another workstation', async () => {
    const a = station();
    const b = station();
    const created = await openCase(a);
    const outcome = await syncOnce(a, HUB, hubFetch);
    expect(outcome.pushed).toBe(1);
    expect(await a.outbox.count()).toBe(0);
    const local = await a.cases.get(created.id);
    expect(local!.rev).toBeGreaterThan(0);

    await syncOnce(b, HUB, hubFetch);
    const copy = await b.cases.get(created.id);
    expect(copy).toMatchObject({ number: created.number, topic: 'Afval', rev: local!.rev });
    // The local word index is rebuilt for pulled records.
    expect(await b.cases.where('searchWords').equals('afval').primaryKeys()).toContain(created.id);
  });

  it('sends audit events once', async () => {
    const a = station();
    await openCase(a);
    await syncOnce(a, HUB, hubFetch);
    const { rows } = await db.query<{ n: number }>('select count(*)::int as n from audit where client_id = $1', [await a.clientId()]);
    expect(rows[0]!.n).toBe(1);
    await edit(a, (await a.cases.toCollection().first())!.id, { topic: 'Parkeren' });
    await syncOnce(a, HUB, hubFetch);
    const again = await db.query<{ n: number }>('select count(*)::int as n from audit where client_id = $1', [await a.clientId()]);
    expect(again.rows[0]!.n).toBe(2);
  });

  it('several offline edits of one record reach the hub without conflicting with each other', async () => {
    const a = station();
    const created = await openCase(a);
    await syncOnce(a, HUB, hubFetch);
    await edit(a, created.id, { status: 'waiting' });
    await edit(a, created.id, { status: 'closed', topic: 'Grofvuil' });
    const outcome = await syncOnce(a, HUB, hubFetch);
    expect(outcome.conflicts).toBe(0);
    const { rows } = await db.query<{ data: { status: string; topic: string } }>('select data from cases where id = $1', [created.id]);
    expect(rows[0]!.data).toMatchObject({ status: 'closed', topic: 'Grofvuil' });
  });

  it('keeps a pending local edit on top of a pulled change', async () => {
    const a = station();
    const b = station();
    const created = await openCase(a);
    await syncOnce(a, HUB, hubFetch);
    await syncOnce(b, HUB, hubFetch);
    await edit(a, created.id, { question: 'Nieuwe vraag van A' });
    await syncOnce(a, HUB, hubFetch);
    await edit(b, created.id, { topic: 'Parkeren' }); // not pushed yet
    await pullOnce(b, HUB, hubFetch);
    expect(await b.cases.get(created.id)).toMatchObject({ question: 'Nieuwe vraag van A', topic: 'Parkeren' });
  });
});

describe('conflicts', () => {
  it('records a conflict on status, keeps both values, and both workstations converge', async () => {
    const a = station();
    const b = station();
    const created = await openCase(a);
    await syncOnce(a, HUB, hubFetch);
    await syncOnce(b, HUB, hubFetch);
    await edit(a, created.id, { status: 'waiting', topic: 'Van A' }, new Date('2026-11-22T10:00:00Z'));
    await edit(b, created.id, { status: 'closed', topic: 'Van B' }, new Date('2026-11-22T10:05:00Z'));
    await syncOnce(a, HUB, hubFetch);
    const outcome = await syncOnce(b, HUB, hubFetch);
    expect(outcome.conflicts).toBe(1);
    await syncOnce(a, HUB, hubFetch);
    const fromA = await a.cases.get(created.id);
    const fromB = await b.cases.get(created.id);
    // Decision field: the hub's value stays; free text: the later change wins.
    expect(fromA).toMatchObject({ status: 'waiting', topic: 'Van B' });
    expect(fromB).toMatchObject({ status: 'waiting', topic: 'Van B', rev: fromA!.rev });
    const { rows } = await db.query<{ hub_value: string; client_value: string }>('select hub_value, client_value from conflicts where record_id = $1', [created.id]);
    expect(rows).toEqual([{ hub_value: 'waiting', client_value: 'closed' }]);
    expect((await b.meta.get('conflicts'))?.value).toBe(1);
  });

  it('keeps both cases when two workstations used the same case number, and flags it', async () => {
    const a = station();
    const b = station();
    const fromA = await openCase(a, { number: 'OC-2026-DUP-00001' });
    const fromB = await openCase(b, { number: 'OC-2026-DUP-00001' });
    await syncOnce(a, HUB, hubFetch);
    await syncOnce(b, HUB, hubFetch);
    expect(await b.cases.where('number').equals('OC-2026-DUP-00001').primaryKeys()).toEqual(expect.arrayContaining([fromA.id, fromB.id]));
    expect((await b.meta.get('conflicts'))?.value).toBe(1);
    expect(await b.meta.get('pullCheckpoint')).toBeDefined();
  });
});

describe('retries and failures', () => {
  it('keeps everything in the outbox while the hub is unreachable, and sends it later', async () => {
    const a = station();
    await openCase(a);
    online = false;
    await expect(syncOnce(a, HUB, hubFetch)).rejects.toMatchObject({ name: 'SyncError', kind: 'unreachable' });
    expect(await a.outbox.count()).toBe(1);
    online = true;
    await syncOnce(a, HUB, hubFetch);
    expect(await a.outbox.count()).toBe(0);
  });

  it('a lost push response is harmless: the replay changes nothing on the hub', async () => {
    const a = station();
    const created = await openCase(a);
    // The hub applies the push but the answer never arrives.
    const losing: FetchLike = async (url, init) => {
      await hubFetch(url, init);
      throw new TypeError('connection reset');
    };
    await expect(pushOnce(a, HUB, losing)).rejects.toMatchObject({ kind: 'unreachable' });
    const before = await db.query<{ rev: number }>('select rev from cases where id = $1', [created.id]);
    await syncOnce(a, HUB, hubFetch);
    const after = await db.query<{ rev: number }>('select rev from cases where id = $1', [created.id]);
    expect(after.rows[0]!.rev).toBe(before.rows[0]!.rev);
    expect(await a.outbox.count()).toBe(0);
  });

  it('a refused or garbled answer changes nothing locally', async () => {
    const a = station();
    await openCase(a);
    const refusing: FetchLike = async () => new Response(JSON.stringify({ error: { code: 'bad', message: 'nope' } }), { status: 400 });
    await expect(syncOnce(a, HUB, refusing)).rejects.toMatchObject({ kind: 'refused', message: 'nope' });
    const garbled: FetchLike = async () => new Response('<html>proxy error</html>', { status: 200 });
    await expect(syncOnce(a, HUB, garbled)).rejects.toMatchObject({ kind: 'invalid-response' });
    const wrongShape: FetchLike = async () => Response.json({ results: [{ nonsense: true }], lastSeq: 1 });
    await expect(syncOnce(a, HUB, wrongShape)).rejects.toMatchObject({ kind: 'invalid-response' });
    expect(await a.outbox.count()).toBe(1);
    expect((await a.cases.toCollection().first())!.rev).toBe(0);
  });
});

describe('resync', () => {
  it('starts over from zero when the hub does not know the checkpoint', async () => {
    const a = station();
    const created = await openCase(a);
    await syncOnce(a, HUB, hubFetch);
    const b = station();
    await b.meta.put({ key: 'pullCheckpoint', value: 10_000_000 });
    await pullOnce(b, HUB, hubFetch);
    expect(await b.cases.get(created.id)).toBeDefined();
  });
});

describe('convergence (property)', () => {
  it('any interleaving of offline edits and syncs ends with every workstation equal to the hub', async () => {
    const fields = ['topic', 'question', 'status'] as const;
    const editArb = fc.record({
      station: fc.integer({ min: 0, max: 2 }),
      field: fc.constantFrom(...fields),
      value: fc.constantFrom('a', 'b', 'c', 'open', 'closed'),
      syncAfter: fc.boolean(),
    });
    await fc.assert(
      fc.asyncProperty(fc.array(editArb, { minLength: 1, maxLength: 8 }), async (edits) => {
        const group = [station(), station(), station()];
        const created = await openCase(group[0]!);
        for (const s of group) await syncOnce(s, HUB, hubFetch);
        let clock = Date.parse('2026-11-22T09:00:00Z');
        for (const step of edits) {
          clock += 60_000;
          const s = group[step.station]!;
          await edit(s, created.id, { [step.field]: step.value }, new Date(clock));
          if (step.syncAfter) await syncOnce(s, HUB, hubFetch);
        }
        for (let round = 0; round < 2; round++) for (const s of group) await syncOnce(s, HUB, hubFetch);
        const { rows } = await db.query<{ data: Record<string, unknown> }>('select data from cases where id = $1', [created.id]);
        for (const s of group) {
          const local = await s.cases.get(created.id);
          for (const field of fields) expect(local![field]).toEqual(rows[0]!.data[field]);
          expect(await s.outbox.count()).toBe(0);
        }
      }),
      { numRuns: 15 },
    );
  });
});
