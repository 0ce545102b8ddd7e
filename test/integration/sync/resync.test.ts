/**
 * Sync: a hub restored from a backup (issue 8 points 6 and 11). The hub runs on a PGlite data
 * folder that is really copied and put back, as an operator would.
 */
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../server/src/db/db';
import { migrate } from '../../../server/src/db/migrate';
import { openDb } from '../../../server/src/db/open';
import { renewHubIdentity } from '../../../server/src/sync/identity';
import { pullOnce, syncOnce } from '../../../renderer/src/sync/engine';
import { disposeStations, edit, HUB, hubRecord, openCase, startHub, station, type Hub } from './harness';

let hub: Hub;
let dir: string;
let folder: string;
// Opening and copying PGlite folders is slow on a loaded machine.
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'loket-resync-'));
  folder = join(dir, 'hub');
  hub = await startHub();
});
afterAll(async () => {
  await disposeStations();
  await hub.db.close();
  await rm(dir, { recursive: true, force: true });
});

async function openFolder(): Promise<Db> {
  const db = await openDb({ dataDir: folder });
  await migrate(db);
  return db;
}
async function backup(to: string): Promise<void> {
  await hub.db.close();
  await cp(folder, to, { recursive: true });
  hub.replaceDb(await openFolder());
}
async function restore(from: string, renew: boolean): Promise<void> {
  await hub.db.close();
  await rm(folder, { recursive: true, force: true });
  await cp(from, folder, { recursive: true });
  const db = await openFolder();
  if (renew) await renewHubIdentity(db);
  hub.replaceDb(db);
}
const count = async (table: string, id: string) =>
  (await hub.db.query<{ n: number }>(`select count(*)::int as n from ${table} where id = $1`, [id])).rows[0]!.n;

describe('resync after a restore', () => {
  it('starts over from zero when the hub does not know the checkpoint', async () => {
    const a = station();
    const created = await openCase(a);
    await syncOnce(a, HUB, hub.fetch);
    const b = station();
    await b.meta.put({ key: 'pullCheckpoint', value: 10_000_000 });
    await b.meta.put({ key: 'hubId', value: (await a.meta.get('hubId'))!.value });
    await pullOnce(b, HUB, hub.fetch);
    expect(await b.cases.get(created.id)).toBeDefined();
  });

  it('410 after a restore: the desk pushes again what the restored hub lost, nothing duplicated (point 6)', async () => {
    hub.replaceDb(await openFolder());
    const a = station();
    const kept = await openCase(a, { topic: 'Voor de back-up' });
    await syncOnce(a, HUB, hub.fetch);
    await backup(join(dir, 'backup-6'));
    // After the backup: a new case, an edit of the old one, both acknowledged by the hub.
    const lost = await openCase(a, { topic: 'Na de back-up' });
    await edit(a, kept.id, { question: 'Aangepast na de back-up' });
    await syncOnce(a, HUB, hub.fetch);
    expect(await a.outbox.count()).toBe(0);
    await restore(join(dir, 'backup-6'), false);
    expect(await hubRecord(hub.db, 'cases', lost.id)).toBeUndefined();

    await syncOnce(a, HUB, hub.fetch);
    expect((await hubRecord(hub.db, 'cases', lost.id))!.data.topic).toBe('Na de back-up');
    expect((await hubRecord(hub.db, 'cases', kept.id))!.data.question).toBe('Aangepast na de back-up');
    expect(await count('cases', lost.id)).toBe(1);
    expect(await count('cases', kept.id)).toBe(1);
    // A second desk gets exactly the desk's data.
    const b = station();
    await syncOnce(b, HUB, hub.fetch);
    expect((await b.cases.get(kept.id))!.question).toBe('Aangepast na de back-up');
    expect((await b.cases.get(lost.id))!.topic).toBe('Na de back-up');
  }, 120_000);

  it('a new hub identity after a restore: a desk below the restored head neither skips nor loses anything (point 11)', async () => {
    const a = station();
    const b = station();
    const base = await openCase(a, { topic: 'Basis' });
    await syncOnce(a, HUB, hub.fetch);
    await syncOnce(b, HUB, hub.fetch);
    await backup(join(dir, 'backup-11'));
    // A's work after the backup, acknowledged: gone after the restore.
    const fromA = await openCase(a, { topic: 'Van A, na de back-up' });
    await syncOnce(a, HUB, hub.fetch);
    await restore(join(dir, 'backup-11'), true);
    // B works on the restored hub: more revisions than A's checkpoint, so no 410 could warn A.
    const fromB: string[] = [];
    for (let i = 0; i < 4; i++) fromB.push((await openCase(b, { topic: `Van B ${i}` })).id);
    await edit(b, base.id, { topic: 'Basis, door B' });
    await syncOnce(b, HUB, hub.fetch);
    expect((await a.meta.get('pullCheckpoint'))!.value).toBeLessThan((await hub.db.query<{ value: number }>('select value from revision_counter')).rows[0]!.value);

    await syncOnce(a, HUB, hub.fetch);
    for (const id of fromB) expect(await a.cases.get(id)).toBeDefined();
    expect((await a.cases.get(base.id))!.topic).toBe('Basis, door B');
    expect((await hubRecord(hub.db, 'cases', fromA.id))!.data.topic).toBe('Van A, na de back-up');
    expect(await count('cases', fromA.id)).toBe(1);
    await syncOnce(b, HUB, hub.fetch);
    expect((await b.cases.get(fromA.id))!.topic).toBe('Van A, na de back-up');
    // Revisions match the hub's on both desks.
    for (const desk of [a, b]) expect((await desk.cases.get(base.id))!.rev).toBe((await hubRecord(hub.db, 'cases', base.id))!.rev);
  }, 120_000);
});
