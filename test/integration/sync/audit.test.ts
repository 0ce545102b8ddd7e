/** Sync: the audit trail both ways (issue 8 points 5 and 8). */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { pullAuditOnce, syncOnce } from '../../../renderer/src/sync/engine';
import { disposeStations, edit, HUB, openCase, startHub, station, type Hub } from './harness';

let hub: Hub;
beforeAll(async () => {
  hub = await startHub();
});
afterAll(async () => {
  await disposeStations();
  await hub.dispose();
});

const hubAuditCount = async (clientId: string) =>
  (await hub.db.query<{ n: number }>('select count(*)::int as n from audit where client_id = $1', [clientId])).rows[0]!.n;

describe('audit', () => {
  it('sends audit events once, even when a round is repeated', async () => {
    const a = station();
    const created = await openCase(a);
    await syncOnce(a, HUB, hub.fetch);
    expect(await hubAuditCount(await a.clientId())).toBe(1);
    await edit(a, created.id, { topic: 'Parkeren' });
    await syncOnce(a, HUB, hub.fetch);
    await syncOnce(a, HUB, hub.fetch);
    expect(await hubAuditCount(await a.clientId())).toBe(2);
  });

  it("shows another desk's history: who did what, when (point 5)", async () => {
    const a = station();
    const b = station();
    const created = await openCase(a);
    await edit(a, created.id, { topic: 'Parkeren' }, undefined, 'carla');
    await syncOnce(a, HUB, hub.fetch);
    await syncOnce(b, HUB, hub.fetch);
    const history = await b.audit.where('recordId').equals(created.id).sortBy('at');
    expect(history.map((event) => [event.actor, event.action])).toEqual([
      ['anna', 'case.opened'],
      ['carla', 'case.edited'],
    ]);
    // Pulled events are not sent back.
    expect(await b.audit.where('unsent').equals(1).count()).toBe(0);
    // On demand, for one record, from a desk that has not pulled the whole trail.
    const c = station();
    expect(await pullAuditOnce(c, HUB, hub.fetch, created.id)).toBe(2);
    expect(await c.audit.where('recordId').equals(created.id).count()).toBe(2);
  });

  it('does not skip events when the workstation clock was set back (point 8)', async () => {
    const a = station();
    const created = await openCase(a, {}, new Date('2026-11-30T12:00:00Z'));
    await syncOnce(a, HUB, hub.fetch);
    // The machine's clock goes back a day: these events get earlier times and smaller
    // time-ordered ids (UUIDv7) than the one already sent – the old id cursor skipped them.
    vi.useFakeTimers({ toFake: ['Date'], now: Date.now() - 86_400_000 });
    try {
      await edit(a, created.id, { topic: 'Na het terugzetten' });
      await edit(a, created.id, { question: 'Nog een' });
    } finally {
      vi.useRealTimers();
    }
    const [sent, ...later] = await a.audit.where('recordId').equals(created.id).toArray();
    expect(later.every((event) => event.id < sent!.id || event.at < sent!.at)).toBe(true);
    await syncOnce(a, HUB, hub.fetch);
    expect(await hubAuditCount(await a.clientId())).toBe(3);
    expect(await a.audit.where('unsent').equals(1).count()).toBe(0);
  });
});
