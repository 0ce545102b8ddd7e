/** Sync: concurrent changes on several desks – recorded conflicts, per-sub-field merge, bounded clocks (issue 8 points 1, 3, 12). */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '../../../shared/ids';
import { pullOnce, pushOnce, syncOnce } from '../../../renderer/src/sync/engine';
import { disposeStations, edit, HUB, hubRecord, openCase, startHub, station, type Hub } from './harness';

let hub: Hub;
beforeAll(async () => {
  hub = await startHub();
});
afterAll(async () => {
  await disposeStations();
  await hub.dispose();
});

const conflictsOf = async (recordId: string) =>
  (await hub.db.query<{ field: string; hub_value: unknown; client_value: unknown }>('select field, hub_value, client_value from conflicts where record_id = $1 order by field', [recordId])).rows;

describe('conflicts', () => {
  it("records the conflict when desk B changes the status while desk A's changes go out in several batches (point 1)", async () => {
    const a = station();
    const b = station();
    const created = await openCase(a);
    await syncOnce(a, HUB, hub.fetch);
    await syncOnce(b, HUB, hub.fetch);
    await edit(a, created.id, { topic: 'Van A' });
    await edit(a, created.id, { status: 'closed', closedAt: new Date().toISOString() });
    await edit(b, created.id, { status: 'waiting' });
    await syncOnce(b, HUB, hub.fetch);
    // A's outbox goes out one entry per batch: the second must not claim the first one's revision.
    expect((await pushOnce(a, HUB, hub.fetch, 1)).pushed).toBe(1);
    const second = await pushOnce(a, HUB, hub.fetch, 1);
    expect(second).toMatchObject({ pushed: 1, conflicts: 1 });
    expect((await hubRecord(hub.db, 'cases', created.id))!.data).toMatchObject({ status: 'waiting', topic: 'Van A' });
    expect((await conflictsOf(created.id)).map((c) => c.field)).toEqual(['closedAt', 'status']);
    expect(await a.syncIssues.where('kind').equals('conflict').count()).toBe(1);
  });

  it('records a conflict on status, keeps both values, and both workstations converge', async () => {
    const a = station();
    const b = station();
    const created = await openCase(a);
    await syncOnce(a, HUB, hub.fetch);
    await syncOnce(b, HUB, hub.fetch);
    await edit(a, created.id, { status: 'waiting', topic: 'Van A' }, new Date(Date.now() - 60_000));
    await edit(b, created.id, { status: 'closed', topic: 'Van B' }, new Date());
    await syncOnce(a, HUB, hub.fetch);
    const outcome = await syncOnce(b, HUB, hub.fetch);
    expect(outcome.conflicts).toBe(1);
    await syncOnce(a, HUB, hub.fetch);
    const fromA = await a.cases.get(created.id);
    const fromB = await b.cases.get(created.id);
    expect(fromA).toMatchObject({ status: 'waiting', topic: 'Van B' });
    expect(fromB).toMatchObject({ status: 'waiting', topic: 'Van B', rev: fromA!.rev });
    expect(await conflictsOf(created.id)).toEqual([{ field: 'status', hub_value: 'waiting', client_value: 'closed' }]);
    expect((await b.meta.get('conflicts'))?.value).toBe(1);
  });

  it('keeps a name edited on desk A and a phone number edited on desk B (point 3)', async () => {
    const a = station();
    const b = station();
    const created = await openCase(a, { visitor: { name: 'Anna', phone: '0612345678' } });
    await syncOnce(a, HUB, hub.fetch);
    await syncOnce(b, HUB, hub.fetch);
    // As the app writes it: the whole visitor object with one sub-field changed.
    await edit(a, created.id, { visitor: { name: 'Anna de Vries', phone: '0612345678' } });
    await edit(b, created.id, { visitor: { name: 'Anna', phone: '0687654321' } });
    await syncOnce(a, HUB, hub.fetch);
    await syncOnce(b, HUB, hub.fetch);
    await syncOnce(a, HUB, hub.fetch);
    const both = { name: 'Anna de Vries', phone: '0687654321' };
    expect((await hubRecord(hub.db, 'cases', created.id))!.data.visitor).toEqual(both);
    expect((await a.cases.get(created.id))!.visitor).toEqual(both);
    expect((await b.cases.get(created.id))!.visitor).toEqual(both);
  });

  it('keeps both cases when two workstations used the same case number, and flags it', async () => {
    const a = station();
    const b = station();
    const fromA = await openCase(a, { number: 'OC-2026-DUP-00001' });
    const fromB = await openCase(b, { number: 'OC-2026-DUP-00001' });
    await syncOnce(a, HUB, hub.fetch);
    await syncOnce(b, HUB, hub.fetch);
    expect(await b.cases.where('number').equals('OC-2026-DUP-00001').primaryKeys()).toEqual(expect.arrayContaining([fromA.id, fromB.id]));
    expect((await b.meta.get('conflicts'))?.value).toBe(1);
  });

  it('keeps a pending local edit on top of a pulled change', async () => {
    const a = station();
    const b = station();
    const created = await openCase(a);
    await syncOnce(a, HUB, hub.fetch);
    await syncOnce(b, HUB, hub.fetch);
    await edit(a, created.id, { question: 'Nieuwe vraag van A' });
    await syncOnce(a, HUB, hub.fetch);
    await edit(b, created.id, { topic: 'Parkeren' });
    await pullOnce(b, HUB, hub.fetch);
    expect(await b.cases.get(created.id)).toMatchObject({ question: 'Nieuwe vraag van A', topic: 'Parkeren' });
  });
});

describe('the merge does not trust the desk (point 12)', () => {
  const push = (body: unknown) =>
    hub.app.request('/sync/push', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });

  it('refuses a baseRev above the record’s revision, so it cannot dodge the conflict check', async () => {
    const a = station();
    const created = await openCase(a);
    await syncOnce(a, HUB, hub.fetch);
    const rev = (await hubRecord(hub.db, 'cases', created.id))!.rev;
    const response = await push({
      clientId: newId(),
      schemaVersion: 6,
      protocol: 2,
      mutations: [{ mutationId: newId(), seq: 1, entity: 'cases', id: created.id, op: 'patch', baseRev: rev + 1000, patch: { status: 'closed' }, at: new Date().toISOString() }],
    });
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: { message: string } }).error.message).toMatch(/baseRev .* above the record's revision/);
    expect((await hubRecord(hub.db, 'cases', created.id))!.data.status).toBe('open');
  });

  it('a change stamped in the year 9999 does not win every later comparison', async () => {
    const a = station();
    const b = station();
    const created = await openCase(a);
    await syncOnce(a, HUB, hub.fetch);
    await syncOnce(b, HUB, hub.fetch);
    await edit(a, created.id, { topic: 'Uit de toekomst' }, new Date('9999-01-01T00:00:00Z'));
    await syncOnce(a, HUB, hub.fetch);
    await edit(b, created.id, { topic: 'Later, echt' }, new Date(Date.now() + 1_000));
    await syncOnce(b, HUB, hub.fetch);
    expect((await hubRecord(hub.db, 'cases', created.id))!.data.topic).toBe('Later, echt');
  });

  it("a desk with its clock 3 hours ahead does not revert a colleague's later edit, and the overruled desk is told", async () => {
    const a = station();
    const b = station();
    const created = await openCase(a);
    await syncOnce(a, HUB, hub.fetch);
    await syncOnce(b, HUB, hub.fetch);
    // A (clock 3 h ahead) edits and syncs; then B, later in real time, edits the same field.
    await edit(a, created.id, { question: 'A met verkeerde klok' }, new Date(Date.now() + 3 * 3_600_000));
    await syncOnce(a, HUB, hub.fetch);
    await edit(b, created.id, { question: 'B daarna' }, new Date(Date.now() + 5_000));
    await syncOnce(b, HUB, hub.fetch);
    expect((await hubRecord(hub.db, 'cases', created.id))!.data.question).toBe('B daarna');
    // C edits based on the old revision with an earlier time: it loses, and its desk hears so.
    const c = station();
    await syncOnce(c, HUB, hub.fetch);
    await c.cases.update(created.id, { rev: 1 });
    await edit(c, created.id, { question: 'C, te laat' }, new Date(Date.now() - 3_600_000));
    await syncOnce(c, HUB, hub.fetch);
    expect((await hubRecord(hub.db, 'cases', created.id))!.data.question).toBe('B daarna');
    expect(await c.syncIssues.where('kind').equals('overruled').toArray()).toEqual([expect.objectContaining({ id: created.id, reason: 'question' })]);
  });
});
