/** Sync: failures and retries – refused mutations, 413, 5xx, lost answers, overlapping rounds, re-registration (issue 8 points 4, 7, 13). */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { newId } from '../../../shared/ids';
import { pushOnce, syncOnce, type FetchLike } from '../../../renderer/src/sync/engine';
import { backoffDelay } from '../../../renderer/src/sync/scheduler';
import { disposeStations, edit, HUB, hubRecord, openCase, startHub, station, type Hub } from './harness';

let hub: Hub;
beforeAll(async () => {
  hub = await startHub();
});
afterAll(async () => {
  await disposeStations();
  await hub.dispose();
});

describe('a refused mutation does not block the outbox (point 4)', () => {
  it('moves the mutation the hub refuses to the "Niet verzonden" list with its reason; the rest is sent', async () => {
    const a = station();
    const first = await openCase(a);
    const bad = await openCase(a);
    const last = await openCase(a);
    // A value the hub's schema refuses, as an older or buggy desk might have stored it.
    await a.outbox.where('id').equals(bad.id).modify((entry) => {
      entry.patch = { ...entry.patch, status: { $ne: 1 } };
    });
    const outcome = await syncOnce(a, HUB, hub.fetch);
    expect(outcome).toMatchObject({ pushed: 2, refused: 1 });
    expect(await a.outbox.count()).toBe(0);
    expect(await hubRecord(hub.db, 'cases', first.id)).toBeDefined();
    expect(await hubRecord(hub.db, 'cases', last.id)).toBeDefined();
    expect(await hubRecord(hub.db, 'cases', bad.id)).toBeUndefined();
    const [issue] = await a.syncIssues.where('kind').equals('refused').toArray();
    expect(issue).toMatchObject({ entity: 'cases', id: bad.id });
    expect(issue!.reason).toContain(issue!.entry!.mutationId);
    expect(issue!.reason).toMatch(/patch\.status/);
    expect(issue!.entry!.patch.status).toEqual({ $ne: 1 });
  });

  it('splits a batch the hub finds too large (413) and sends it all', async () => {
    const a = station();
    for (let i = 0; i < 6; i++) await openCase(a);
    const sizes: number[] = [];
    const small: FetchLike = async (url, init) => {
      if (url.endsWith('/sync/push')) {
        const count = (JSON.parse(String(init!.body)) as { mutations: unknown[] }).mutations.length;
        sizes.push(count);
        if (count > 2) return Response.json({ error: { code: 'payload-too-large', message: 'too large' } }, { status: 413 });
      }
      return hub.fetch(url, init);
    };
    await syncOnce(a, HUB, small);
    expect(await a.outbox.count()).toBe(0);
    expect(await a.syncIssues.count()).toBe(0);
    expect(sizes.filter((n) => n <= 2).reduce((x, y) => x + y, 0)).toBe(6);
  });

  it('a 5xx or a network error keeps everything and is retried; the delay grows with jitter', async () => {
    const a = station();
    await openCase(a);
    const failing: FetchLike = async () => Response.json({ error: { code: 'internal', message: 'boom' } }, { status: 503 });
    await expect(syncOnce(a, HUB, failing)).rejects.toMatchObject({ name: 'SyncError', kind: 'unreachable', status: 503 });
    hub.online = false;
    await expect(syncOnce(a, HUB, hub.fetch)).rejects.toMatchObject({ kind: 'unreachable' });
    hub.online = true;
    expect(await a.outbox.count()).toBe(1);
    await syncOnce(a, HUB, hub.fetch);
    expect(await a.outbox.count()).toBe(0);
    const delays = [1, 2, 3, 4, 20].map((failures) => [backoffDelay(failures, 1000, 60_000, () => 0), backoffDelay(failures, 1000, 60_000, () => 1)]);
    expect(delays).toEqual([
      [500, 1000],
      [1000, 2000],
      [2000, 4000],
      [4000, 8000],
      [30_000, 60_000],
    ]);
  });

  it('a lost push response is harmless: the replay changes nothing on the hub', async () => {
    const a = station();
    const created = await openCase(a);
    const losing: FetchLike = async (url, init) => {
      await hub.fetch(url, init);
      throw new TypeError('connection reset');
    };
    await expect(pushOnce(a, HUB, losing)).rejects.toMatchObject({ kind: 'unreachable' });
    const before = (await hubRecord(hub.db, 'cases', created.id))!.rev;
    await syncOnce(a, HUB, hub.fetch);
    expect((await hubRecord(hub.db, 'cases', created.id))!.rev).toBe(before);
    expect(await a.outbox.count()).toBe(0);
  });
});

describe('one round at a time (point 7)', () => {
  it('two rounds started together never overlap on the wire', async () => {
    const a = station();
    for (let i = 0; i < 3; i++) await openCase(a);
    let inFlight = 0;
    let most = 0;
    const slow: FetchLike = async (url, init) => {
      inFlight++;
      most = Math.max(most, inFlight);
      await new Promise((resolve) => setTimeout(resolve, 5));
      try {
        return await hub.fetch(url, init);
      } finally {
        inFlight--;
      }
    };
    const [one, two] = await Promise.all([syncOnce(a, HUB, slow), syncOnce(a, HUB, slow)]);
    expect(most).toBe(1);
    expect(one.pushed + two.pushed).toBe(3);
  });

  it('the scheduler starts one round even when triggers arrive while the hub address is being read', async () => {
    vi.stubGlobal('window', { addEventListener: () => {}, removeEventListener: () => {} });
    vi.stubGlobal('navigator', { onLine: true });
    const { startSync } = await import('../../../renderer/src/sync/scheduler');
    const a = station();
    await openCase(a);
    let calls = 0;
    let inFlight = 0;
    let most = 0;
    const counting: FetchLike = async (url, init) => {
      calls++;
      inFlight++;
      most = Math.max(most, inFlight);
      try {
        return await hub.fetch(url, init);
      } finally {
        inFlight--;
      }
    };
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const stop = startSync({ db: a, hubUrl: async () => (await gate, HUB), fetch: counting, intervalMs: 60_000, debounceMs: 1 });
    await openCase(a); // triggers a debounced round while the first one waits for hubUrl
    await new Promise((resolve) => setTimeout(resolve, 20));
    release();
    await vi.waitFor(async () => expect(await a.outbox.count()).toBe(0), { timeout: 10_000 });
    stop();
    vi.unstubAllGlobals();
    expect(most).toBe(1);
    expect(calls).toBeGreaterThan(0);
  });
});

describe('a way out of 409 (point 13)', () => {
  it("another desk's huge seq under this clientId does not block it: it re-registers and sends everything", async () => {
    const a = station();
    await openCase(a);
    await syncOnce(a, HUB, hub.fetch);
    const clientId = await a.clientId();
    // Someone pushes under A's clientId with a seq far ahead (within the jump limit).
    const hostile = await hub.app.request('/sync/push', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        clientId,
        schemaVersion: 6,
        protocol: 2,
        mutations: [{ mutationId: newId(), seq: 90_000, entity: 'cases', id: newId(), op: 'create', baseRev: 0, patch: { question: 'x' }, at: new Date().toISOString() }],
      }),
    });
    expect(hostile.status).toBe(200);
    const created = await openCase(a);
    await edit(a, created.id, { topic: 'Na de blokkade' });
    await syncOnce(a, HUB, hub.fetch);
    expect(await a.outbox.count()).toBe(0);
    expect(await a.clientId()).not.toBe(clientId);
    expect((await hubRecord(hub.db, 'cases', created.id))!.data.topic).toBe('Na de blokkade');
  });

  it('refuses a seq that jumps too far, so one push cannot block a clientId forever', async () => {
    const response = await hub.app.request('/sync/push', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        clientId: newId(),
        schemaVersion: 6,
        protocol: 2,
        mutations: [{ mutationId: newId(), seq: 2 ** 52, entity: 'cases', id: newId(), op: 'create', baseRev: 0, patch: {}, at: new Date().toISOString() }],
      }),
    });
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe('seq-jump');
  });

  it('two workstations sharing a clientId (a cloned disk) both get everything to the hub', async () => {
    const a = station();
    const clone = station();
    await clone.meta.put({ key: 'clientId', value: await a.clientId() });
    const fromA = await openCase(a);
    const fromClone = await openCase(clone);
    await syncOnce(a, HUB, hub.fetch);
    await syncOnce(clone, HUB, hub.fetch);
    await openCase(a);
    await syncOnce(a, HUB, hub.fetch);
    expect(await a.outbox.count()).toBe(0);
    expect(await clone.outbox.count()).toBe(0);
    expect(await hubRecord(hub.db, 'cases', fromA.id)).toBeDefined();
    expect(await hubRecord(hub.db, 'cases', fromClone.id)).toBeDefined();
  });
});

describe('the "Niet verzonden" list can be sent again or discarded', () => {
  it('a refused change sent again after the cause is fixed reaches the hub; a discarded new record disappears locally', async () => {
    const { discardRefused, retryRefused } = await import('../../../renderer/src/features/outbox/repository');
    const a = station();
    const kept = await openCase(a);
    const dropped = await openCase(a);
    let refuse = true;
    const picky: FetchLike = async (url, init) => {
      if (refuse && url.endsWith('/sync/push')) return Response.json({ error: { code: 'invalid-mutation', message: 'tijdelijk geweigerd' } }, { status: 400 });
      return hub.fetch(url, init);
    };
    await syncOnce(a, HUB, picky);
    const issues = await a.syncIssues.where('kind').equals('refused').toArray();
    expect(issues.map((issue) => issue.id).sort()).toEqual([kept.id, dropped.id].sort());
    refuse = false;
    await retryRefused(a, issues.find((issue) => issue.id === kept.id)!.key!);
    await discardRefused(a, issues.find((issue) => issue.id === dropped.id)!.key!);
    await syncOnce(a, HUB, hub.fetch);
    expect(await hubRecord(hub.db, 'cases', kept.id)).toBeDefined();
    expect(await hubRecord(hub.db, 'cases', dropped.id)).toBeUndefined();
    expect(await a.cases.get(dropped.id)).toBeUndefined();
    expect(await a.syncIssues.count()).toBe(0);
  });
});

describe('versions (point 14)', () => {
  it('the hub answers 426 desk-too-old to a desk on an older protocol', async () => {
    const response = await hub.app.request('/sync/push', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ clientId: newId(), schemaVersion: 5, mutations: [] }),
    });
    expect(response.status).toBe(426);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe('desk-too-old');
    expect((await hub.app.request('/sync/pull?since=0')).status).toBe(426);
  });

  it('a desk that meets an entity it does not know stops without moving its checkpoint', async () => {
    const a = station();
    await syncOnce(a, HUB, hub.fetch);
    const checkpoint = (await a.meta.get('pullCheckpoint'))!.value as number;
    const newer: FetchLike = async (url, init) => {
      const response = await hub.fetch(url, init);
      if (!url.includes('/sync/pull')) return response;
      const page = (await response.json()) as { changes: unknown[]; checkpoint: number };
      const change = { entity: 'appointments', id: newId(), rev: page.checkpoint + 1, createdAt: new Date().toISOString(), updatedAt: new Date().toISOString(), updatedBy: 'x', deleted: false, data: {} };
      return Response.json({ ...page, changes: [...page.changes, change], checkpoint: page.checkpoint + 1 });
    };
    await expect(syncOnce(a, HUB, newer)).rejects.toMatchObject({ name: 'SyncError', kind: 'update-required' });
    expect((await a.meta.get('pullCheckpoint'))!.value).toBe(checkpoint);
  });
});
