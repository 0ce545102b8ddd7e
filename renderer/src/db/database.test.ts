import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { CURRENT_SCHEMA_VERSION, SCHEMA_VERSIONS } from './schema';
import { LoketDatabase } from './database';
import { commitAction, RecordNotFoundError } from './commit';

const names: string[] = [];
function freshName() {
  const name = `test-${crypto.randomUUID()}`;
  names.push(name);
  return name;
}
afterEach(async () => {
  for (const name of names.splice(0)) await Dexie.delete(name);
});

describe('schema versions', () => {
  it('are strictly increasing and the newest is current', () => {
    const versions = SCHEMA_VERSIONS.map((v) => v.version);
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
    expect(new Set(versions).size).toBe(versions.length);
    expect(CURRENT_SCHEMA_VERSION).toBe(versions.at(-1));
  });

  it('upgrades a v1 database in place: data kept and the v2 word index filled', async () => {
    const name = freshName();
    const v1 = new Dexie(name);
    v1.version(1).stores(SCHEMA_VERSIONS[0]!.stores);
    await v1.table('cases').add({ id: 'c1', number: 'OC-2026-000001', status: 'open', visitor: { name: 'Fatma Yılmaz' }, question: 'Bouwvergunning Dorpsstraat' });
    await v1.table('outbox').add({ mutationId: 'm1', entity: 'cases', id: 'c1' });
    v1.close();

    const db = new LoketDatabase(name);
    await db.open();
    expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);
    const found = await db.cases.where('searchWords').startsWith('yilmaz').toArray();
    expect(found.map((c) => c.id)).toEqual(['c1']);
    expect(await db.cases.where('searchWords').equals('dorpsstraat').count()).toBe(1);
    expect(await db.outbox.count()).toBe(1);
    db.close();
  });

  it('upgrades a v2 database to v3: cases found by number tail and phone, open tasks by due time', async () => {
    const name = freshName();
    const v2 = new Dexie(name);
    v2.version(1).stores(SCHEMA_VERSIONS[0]!.stores);
    v2.version(2).stores(SCHEMA_VERSIONS[1]!.stores);
    await v2.table('cases').add({ id: 'c2', number: 'OC-2026-K7Q-00123', status: 'open', visitor: { phone: '+31 6 12345678' }, question: 'Parkeren', searchWords: ['parkeren'] });
    await v2.table('tasks').bulkAdd([
      { id: 't1', caseId: 'c2', status: 'te_verwerken', dueAt: '2026-05-11T14:00:00.000Z' },
      { id: 't2', caseId: 'c2', status: 'verwerkt', dueAt: '2026-05-11T10:00:00.000Z' },
    ]);
    v2.close();

    const db = new LoketDatabase(name);
    await db.open();
    expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);
    for (const word of ['00123', '123', 'k7q-00123', '0612345678', 'parkeren']) {
      expect(await db.cases.where('searchWords').startsWith(word).distinct().primaryKeys(), word).toEqual(['c2']);
    }
    const open = await db.tasks.where('[status+dueAt]').between(['te_verwerken', Dexie.minKey], ['te_verwerken', '2026-05-12']).primaryKeys();
    expect(open).toEqual(['t1']);
    db.close();
  });
});

describe('commitAction', () => {
  it('writes record, outbox entry and audit event together', async () => {
    const db = new LoketDatabase(freshName());
    const [record] = await commitAction(db, { actor: 'anna', action: 'case.opened' }, [
      { entity: 'cases', op: 'create', values: { number: 'OC-2026-000002', status: 'open', topic: 'Afval' } },
    ]);
    expect(record).toMatchObject({ rev: 0, deleted: false, updatedBy: 'anna', topic: 'Afval' });
    expect(record!.id).toMatch(/^[0-9a-f-]{36}$/);
    const outbox = await db.outbox.toArray();
    expect(outbox).toHaveLength(1);
    expect(outbox[0]).toMatchObject({ entity: 'cases', id: record!.id, op: 'create', baseRev: 0 });
    expect(outbox[0]!.patch).not.toHaveProperty('searchWords');
    const audit = await db.audit.toArray();
    expect(audit).toEqual([expect.objectContaining({ actor: 'anna', action: 'case.opened', recordId: record!.id })]);
    db.close();
  });

  it('patches keep the base revision and only send changed fields', async () => {
    const db = new LoketDatabase(freshName());
    const [created] = await commitAction(db, { actor: 'anna', action: 'case.opened' }, [
      { entity: 'cases', op: 'create', values: { number: 'OC-2026-000003', status: 'open' } },
    ]);
    await db.cases.update(created!.id, { rev: 7 });
    await commitAction(db, { actor: 'bram', action: 'case.closed' }, [
      { entity: 'cases', op: 'patch', id: created!.id, values: { status: 'closed', rev: 99 } },
    ]);
    const stored = await db.cases.get(created!.id);
    expect(stored).toMatchObject({ status: 'closed', rev: 7, updatedBy: 'bram' });
    const last = await db.outbox.orderBy('seq').last();
    expect(last).toMatchObject({ op: 'patch', baseRev: 7, patch: { status: 'closed' } });
    db.close();
  });

  it.each([0, 1, 2])('stores nothing at all when part %i of a three-part action fails', async (failing) => {
    const db = new LoketDatabase(freshName());
    const parts = [
      { entity: 'cases', op: 'create', values: { number: 'OC-2026-000004', status: 'open' } },
      { entity: 'contacts', op: 'create', values: { summary: 'x' } },
      { entity: 'tasks', op: 'create', values: { action: 'Terugbellen', status: 'te_verwerken' } },
    ] as const;
    const missing = { entity: parts[failing]!.entity, op: 'patch', id: '00000000-0000-7000-8000-000000000000', values: { status: 'x' } } as const;
    await expect(
      commitAction(db, { actor: 'anna', action: 'contact.logged' }, parts.map((part, i) => (i === failing ? missing : part))),
    ).rejects.toBeInstanceOf(RecordNotFoundError);
    for (const table of [db.cases, db.contacts, db.tasks, db.outbox, db.audit]) expect(await table.count(), table.name).toBe(0);
    db.close();
  });

  it('deletes are tombstones that sync', async () => {
    const db = new LoketDatabase(freshName());
    const [created] = await commitAction(db, { actor: 'anna', action: 'task.created' }, [
      { entity: 'tasks', op: 'create', values: { action: 'Terugbellen', status: 'te_verwerken' } },
    ]);
    await commitAction(db, { actor: 'anna', action: 'task.deleted' }, [{ entity: 'tasks', op: 'delete', id: created!.id }]);
    expect(await db.tasks.get(created!.id)).toMatchObject({ deleted: true });
    expect(await db.outbox.orderBy('seq').last()).toMatchObject({ op: 'delete', patch: { deleted: true } });
    db.close();
  });

  it('gives each workstation one stable client id', async () => {
    const db = new LoketDatabase(freshName());
    const first = await db.clientId();
    expect(await db.clientId()).toBe(first);
    db.close();
  });
});
