/**
 * Sync basics a desk relies on every day, kept from the v1 suite that sync v2 replaced (issue 8):
 * a saved case reaches another workstation, several offline edits of one record arrive as its last
 * state, everything stays in the outbox while the hub is unreachable, and a refused or garbled hub
 * answer changes nothing locally. Real hub on PGlite and PostgreSQL.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends } from '../../../server/src/testing/backends';
import type { LoketDatabase } from '../../../renderer/src/db/database';
import { pullOnce, syncOnce, type FetchLike } from '../../../renderer/src/sync/engine';
import { disposeStations, edit, HUB, hubRecord, openCase, startHub, station, type Hub } from './harness';

/** Everything a sync round could change on a desk, to compare before and after. */
async function deskState(desk: LoketDatabase) {
  return {
    outbox: await desk.outbox.toArray(),
    cases: await desk.cases.toArray(),
    issues: await desk.syncIssues.toArray(),
    checkpoint: (await desk.meta.get('pullCheckpoint'))?.value,
    hubId: (await desk.meta.get('hubId'))?.value,
    clientId: await desk.clientId(),
    unsentAudit: await desk.audit.filter((event) => (event as { unsent?: number }).unsent === 1).count(),
  };
}

describe.each(backends)('sync basics on $name', (backend) => {
  let hub: Hub;
  beforeAll(async () => {
    hub = await startHub(backend);
  });
  afterAll(async () => {
    await disposeStations();
    await hub.dispose();
  });

  it('a saved case reaches another workstation, at the same revision and findable there', async () => {
    const a = station();
    const b = station();
    const created = await openCase(a, { topic: 'Grofvuil', question: 'Wanneer wordt de bank opgehaald?' });
    const outcome = await syncOnce(a, HUB, hub.fetch);
    expect(outcome.pushed).toBe(1);
    expect(await a.outbox.count()).toBe(0);
    const onHub = await hubRecord(hub.db, 'cases', created.id);
    expect(onHub?.data).toMatchObject({ number: created.number, topic: 'Grofvuil', question: 'Wanneer wordt de bank opgehaald?' });

    await syncOnce(b, HUB, hub.fetch);
    expect(await b.cases.get(created.id)).toMatchObject({ number: created.number, topic: 'Grofvuil', rev: onHub!.rev });
    // The desk's word index covers pulled records too.
    expect(await b.cases.where('searchWords').equals('grofvuil').primaryKeys()).toContain(created.id);
  });

  it('several offline edits of one record arrive as its last state, without a conflict with themselves', async () => {
    const a = station();
    const b = station();
    const created = await openCase(a);
    await syncOnce(a, HUB, hub.fetch);
    hub.online = false;
    await edit(a, created.id, { status: 'waiting', topic: 'Parkeren' });
    await expect(syncOnce(a, HUB, hub.fetch)).rejects.toMatchObject({ kind: 'unreachable' });
    await edit(a, created.id, { question: 'Tweede versie' });
    await edit(a, created.id, { status: 'open', question: 'Derde versie', assignee: 'bram' });
    await edit(a, created.id, { topic: 'Afval' });
    hub.online = true;
    const outcome = await syncOnce(a, HUB, hub.fetch);
    expect(outcome).toMatchObject({ pushed: 4, conflicts: 0, refused: 0 });
    const onHub = await hubRecord(hub.db, 'cases', created.id);
    expect(onHub!.data).toMatchObject({ status: 'open', question: 'Derde versie', assignee: 'bram', topic: 'Afval' });
    const { rows } = await hub.db.query<{ n: number }>('select count(*)::int as n from conflicts where record_id = $1', [created.id]);
    expect(rows[0]!.n).toBe(0);
    expect(await a.syncIssues.count()).toBe(0);
    await syncOnce(b, HUB, hub.fetch);
    expect(await b.cases.get(created.id)).toMatchObject({ status: 'open', question: 'Derde versie', assignee: 'bram', topic: 'Afval', rev: onHub!.rev });
    expect((await a.cases.get(created.id))!.rev).toBe(onHub!.rev);
  });

  it('everything stays in the outbox while the hub is unreachable, round after round, and all of it goes once it is back', async () => {
    const a = station();
    const first = await openCase(a);
    const second = await openCase(a);
    await edit(a, first.id, { topic: 'Parkeren' });
    const before = await deskState(a);
    expect(before.outbox).toHaveLength(3);
    hub.online = false;
    for (let round = 0; round < 3; round++) {
      await expect(syncOnce(a, HUB, hub.fetch)).rejects.toMatchObject({ name: 'SyncError', kind: 'unreachable' });
    }
    // A 5xx from a proxy in front of the hub is the same as no hub.
    const gateway: FetchLike = async () => new Response('Bad gateway', { status: 502 });
    await expect(syncOnce(a, HUB, gateway)).rejects.toMatchObject({ kind: 'unreachable', status: 502 });
    expect(await deskState(a)).toEqual(before);
    expect(await hubRecord(hub.db, 'cases', first.id)).toBeUndefined();

    hub.online = true;
    expect(await syncOnce(a, HUB, hub.fetch)).toMatchObject({ pushed: 3, refused: 0 });
    expect(await a.outbox.count()).toBe(0);
    expect((await hubRecord(hub.db, 'cases', first.id))!.data).toMatchObject({ topic: 'Parkeren' });
    expect(await hubRecord(hub.db, 'cases', second.id)).toBeDefined();
  });

  it('a refused or garbled hub answer changes nothing locally', async () => {
    const a = station();
    await openCase(a);
    await openCase(a);
    const before = await deskState(a);
    // (A 400 naming a mutation is different: that one mutation moves to "Niet verzonden", see retries.test.ts.)
    const answers: [string, FetchLike, string][] = [
      ['403 forbidden', async () => Response.json({ error: { code: 'forbidden', message: 'Not this workstation' } }, { status: 403 }), 'refused'],
      ['an HTML page with 200', async () => new Response('<html>proxy error</html>', { status: 200, headers: { 'Content-Type': 'text/html' } }), 'invalid-response'],
      ['JSON of the wrong shape', async () => Response.json({ results: [{ nonsense: true }], lastSeq: 1 }), 'invalid-response'],
      ['too few results', async () => Response.json({ hubId: '01900000-0000-7000-8000-0000000000ee', restoredHead: 0, results: [], lastSeq: 2 }), 'invalid-response'],
      ['a truncated body', async () => new Response('{"results":[{"mutationId":', { status: 200, headers: { 'Content-Type': 'application/json' } }), 'invalid-response'],
    ];
    for (const [label, answer, kind] of answers) {
      await expect(syncOnce(a, HUB, answer), label).rejects.toMatchObject({ name: 'SyncError', kind });
      expect(await deskState(a), label).toEqual(before);
    }

    // A garbled pull answer after a good push: the desk's records and checkpoint stay as they were.
    const b = station();
    await syncOnce(a, HUB, hub.fetch);
    const bBefore = await deskState(b);
    const garbledPull: FetchLike = async (url, init) => (url.includes('/sync/pull') ? Response.json({ changes: 'all of them', checkpoint: -1 }) : hub.fetch(url, init));
    await expect(pullOnce(b, HUB, garbledPull)).rejects.toMatchObject({ kind: 'invalid-response' });
    expect(await deskState(b)).toEqual(bBefore);
    await syncOnce(b, HUB, hub.fetch);
    expect(await b.cases.count()).toBeGreaterThanOrEqual(2);
  });
});
