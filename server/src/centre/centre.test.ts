import { describe, expect, it } from 'vitest';
import { newId } from '../../../shared/ids';
import { backends } from '../testing/backends';
import { migratedHub } from '../testing/hubApp';

const settings = {
  name: 'Openbaarheidscentrum Stadhuis',
  address: 'Amstel 1, 1011 PN Amsterdam',
  phone: '14 020',
  openingHours: 'ma–vr 9.00–17.00',
  extraHolidays: ['2026-05-27', '2026-05-27', '2026-01-02'],
  topics: ['Afval', 'Parkeren'],
  retentionMonths: 12,
};

describe.each(backends)('centre settings and conflict details on $name', (backend) => {
  const hub = migratedHub(backend);

  const call = (method: string, path: string, body?: unknown) =>
    hub.app.request(path, { method, headers: { 'Content-Type': 'application/json' }, ...(body !== undefined ? { body: JSON.stringify(body) } : {}) });

  it('has none until a coordinator saves them, then hands out the saved settings with a growing revision', async () => {
    expect(await (await call('GET', '/centre/settings')).json()).toEqual({ settings: null, rev: 0, updatedAt: null, updatedBy: null });
    const first = await call('POST', '/centre/settings', settings);
    expect(first.status).toBe(200);
    const second = await call('POST', '/centre/settings', { ...settings, retentionMonths: 18 });
    expect(((await second.json()) as { rev: number }).rev).toBe(2);
    const stored = (await (await call('GET', '/centre/settings')).json()) as Record<string, unknown>;
    expect(stored).toMatchObject({
      rev: 2,
      updatedBy: 'hub',
      // Duplicates removed, days sorted, so every desk computes deadlines with the same list.
      settings: { ...settings, extraHolidays: ['2026-01-02', '2026-05-27'], retentionMonths: 18 },
    });
  });

  it('refuses settings that would break a desk, naming the field', async () => {
    for (const bad of [
      { ...settings, name: ' ' },
      { ...settings, extraHolidays: ['2026-02-30'] },
      { ...settings, topics: [] },
      { ...settings, topics: ['Afval', 'Afval'] },
      { ...settings, retentionMonths: 0 },
      { ...settings, colour: 'red' },
    ]) {
      const response = await call('POST', '/centre/settings', bad);
      expect(response.status, JSON.stringify(bad)).toBe(400);
    }
    expect(((await (await call('GET', '/centre/settings')).json()) as { rev: number }).rev).toBe(2);
  });

  it('shows a conflict with both values and who set the standing one; resolving closes it once', async () => {
    const id = newId();
    const clientA = newId();
    const clientB = newId();
    const push = (clientId: string, seq: number, op: string, patch: Record<string, unknown>, baseRev: number) =>
      call('POST', '/sync/push', {
        clientId,
        schemaVersion: 2,
        protocol: 2,
        mutations: [{ mutationId: newId(), seq, entity: 'cases', id, op, baseRev, patch, at: '2026-03-02T09:00:00.000Z' }],
      });
    const created = (await (await push(clientA, 1, 'create', { number: 'OC-2026-K7Q-00001', kind: 'question', status: 'open', channel: 'balie', question: 'Vraag', assignee: 'anna' }, 0)).json()) as {
      results: { rev: number }[];
    };
    const rev = created.results[0]!.rev;
    await push(clientA, 2, 'patch', { assignee: 'bram' }, rev);
    const answer = (await (await push(clientB, 1, 'patch', { assignee: 'carla' }, rev)).json()) as { results: { status: string }[] };
    expect(answer.results[0]!.status).toBe('conflict');

    const listed = (await (await call('GET', '/centre/conflicts')).json()) as { conflicts: Record<string, unknown>[] };
    const conflict = listed.conflicts.find((c) => c.recordId === id)!;
    expect(conflict).toMatchObject({ entity: 'cases', field: 'assignee', hubValue: 'bram', clientValue: 'carla', clientStation: null });
    expect(typeof conflict.hubBy).toBe('string');

    expect((await call('POST', `/centre/conflicts/${String(conflict.id)}/resolve`, { choice: 'client' })).status).toBe(204);
    expect((await call('POST', `/centre/conflicts/${String(conflict.id)}/resolve`, { choice: 'client' })).status).toBe(404);
    expect((await call('POST', `/centre/conflicts/not-a-uuid/resolve`, { choice: 'client' })).status).toBe(404);
    const after = (await (await call('GET', '/centre/conflicts')).json()) as { conflicts: { recordId: string }[] };
    expect(after.conflicts.some((c) => c.recordId === id)).toBe(false);
    const { rows } = await hub.test.db.query<{ resolution: unknown; resolved_by: string }>('select resolution, resolved_by from conflicts where id = $1', [conflict.id]);
    expect(rows).toEqual([{ resolution: { choice: 'client' }, resolved_by: 'hub' }]);
  });
});
