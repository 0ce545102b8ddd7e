import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '../../../shared/ids';
import type { AuditEvent, SyncedEntity } from '../../../shared/model/records';
import type { Mutation } from '../../../shared/sync/mutation';
import { createApp } from '../app';
import type { Db } from '../db/db';
import { migrate } from '../db/migrate';
import { silentLog } from '../log';
import { backends, type TestDb } from '../testing/backends';
import type { Change, PullResponse, PushResponse } from './protocol';
import { insertRecord } from './records';

const HOUR = 3_600_000;
const T0 = Date.parse('2026-03-02T09:00:00Z');
const at = (hours: number) => new Date(T0 + hours * HOUR).toISOString();

/** A workstation: its own clientId and seq counter, as the renderer's outbox has. */
class Client {
  readonly clientId = newId();
  private seq = 0;

  mutation(entity: SyncedEntity, id: string, op: Mutation['op'], patch: Record<string, unknown>, baseRev: number, when = at(0)): Mutation {
    return { mutationId: newId(), seq: ++this.seq, entity, id, op, baseRev, patch, at: when };
  }

  batch(mutations: Mutation[], audit?: AuditEvent[]) {
    return { clientId: this.clientId, schemaVersion: 2, protocol: 2, mutations, ...(audit ? { audit } : {}) };
  }
}

describe.each(backends)('sync on $name', (backend) => {
  let test: TestDb;
  let db: Db;
  let app: ReturnType<typeof createApp>;

  beforeAll(async () => {
    test = await backend.open();
    db = test.db;
    await migrate(db);
    app = createApp({ db, log: silentLog });
  });
  afterAll(() => test.dispose());

  const post = (body: unknown) =>
    app.request('/sync/push', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
  async function push(body: unknown): Promise<PushResponse> {
    const response = await post(body);
    expect(response.status, JSON.stringify(await response.clone().json())).toBe(200);
    return response.json();
  }
  async function pull(since: number, limit?: number): Promise<PullResponse> {
    const response = await app.request(`/sync/pull?protocol=2&since=${since}${limit ? `&limit=${limit}` : ''}`);
    expect(response.status).toBe(200);
    return response.json();
  }
  /** The hub's current record, found by pulling everything. */
  async function current(id: string): Promise<Change | undefined> {
    const changes: Change[] = [];
    let since = 0;
    for (;;) {
      const page = await pull(since, 1000);
      changes.push(...page.changes);
      since = page.checkpoint;
      if (!page.hasMore) break;
    }
    return changes.find((change) => change.id === id);
  }
  async function head(): Promise<number> {
    return (await db.query<{ value: number }>('select value from revision_counter')).rows[0]!.value;
  }
  /** Everything a push can change, to prove a refused one changed nothing. */
  async function snapshot() {
    const counts = await db.query(
      `select (select value from revision_counter) as head,
              (select count(*) from cases) as cases, (select count(*) from contacts) as contacts,
              (select count(*) from clients) as clients, (select coalesce(sum(last_seq), 0) from clients) as seqs,
              (select count(*) from applied_mutations) as applied, (select count(*) from conflicts) as conflicts,
              (select count(*) from audit) as audit,
              (select coalesce(string_agg(id::text || ':' || rev || ':' || data::text, ',' order by id), '') from cases) as case_rows`,
    );
    return counts.rows[0];
  }

  it('creates records, answers with their revisions and serves them by pull', async () => {
    const desk = new Client();
    const caseId = newId();
    const contactId = newId();
    const before = await head();
    const response = await push(
      desk.batch([
        desk.mutation('cases', caseId, 'create', { number: 'OC-2026-000001', kind: 'question', status: 'open', channel: 'balie', question: 'Waar vind ik het bestemmingsplan?' }, 0, at(0)),
        desk.mutation('contacts', contactId, 'create', { caseId, channel: 'balie', outcome: 'answered', summary: 'Uitgelegd waar het plan staat' }, 0, at(0)),
      ]),
    );
    expect(response).toEqual({
      results: [
        { mutationId: expect.any(String), seq: 1, status: 'applied', rev: before + 1 },
        { mutationId: expect.any(String), seq: 2, status: 'applied', rev: before + 2 },
      ],
      lastSeq: 2,
      hubId: expect.any(String),
      restoredHead: 0,
    });

    const page = await pull(before);
    expect(page).toEqual({ changes: [expect.objectContaining({ id: caseId }), expect.objectContaining({ id: contactId })], checkpoint: before + 2, hasMore: false, hubId: response.hubId, restoredHead: 0, head: before + 2 });
    expect(page.changes[0]).toEqual({
      entity: 'cases',
      id: caseId,
      rev: before + 1,
      createdAt: at(0),
      updatedAt: at(0),
      updatedBy: `client:${desk.clientId}`,
      deleted: false,
      data: { number: 'OC-2026-000001', kind: 'question', status: 'open', channel: 'balie', question: 'Waar vind ik het bestemmingsplan?' },
    });
    expect(page.changes[1]).toMatchObject({ entity: 'contacts', rev: before + 2, data: { caseId, outcome: 'answered' } });
  });

  describe('idempotency', () => {
    it('a replayed batch is a no-op that returns the same result', async () => {
      const desk = new Client();
      const caseId = newId();
      const batch = desk.batch(
        [
          desk.mutation('cases', caseId, 'create', { status: 'open', topic: 'Afval' }, 0),
          desk.mutation('cases', caseId, 'patch', { topic: 'Grofvuil' }, 0, at(1)),
          desk.mutation('tasks', newId(), 'create', { caseId, action: 'Terugbellen', assignee: 'team-balie', status: 'te_verwerken' }, 0),
        ],
        [{ id: newId(), at: at(0), actor: 'anna', action: 'case.created', entity: 'cases', recordId: caseId, fields: ['status', 'topic'] }],
      );
      const first = await push(batch);
      const after = await snapshot();
      const replay = await push(batch);
      expect(replay).toEqual(first);
      expect(await snapshot()).toEqual(after);
    });

    it('a batch that repeats applied mutations and adds new ones applies only the new ones', async () => {
      const desk = new Client();
      const caseId = newId();
      const create = desk.mutation('cases', caseId, 'create', { status: 'open' }, 0);
      const first = await push(desk.batch([create]));
      const patch = desk.mutation('cases', caseId, 'patch', { topic: 'Paspoort' }, first.results[0]!.rev);
      const second = await push(desk.batch([create, patch]));
      expect(second.results[0]).toEqual(first.results[0]);
      expect(second.results[1]).toMatchObject({ seq: 2, status: 'applied', rev: first.results[0]!.rev + 1 });
      expect(second.lastSeq).toBe(2);
      expect((await current(caseId))?.data).toEqual({ status: 'open', topic: 'Paspoort' });
    });

    it('refuses a reused seq for a different mutation (409) and applies nothing of that batch', async () => {
      const desk = new Client();
      const caseId = newId();
      await push(desk.batch([desk.mutation('cases', caseId, 'create', { status: 'open' }, 0)]));
      const before = await snapshot();
      const impostor = { ...desk.mutation('cases', newId(), 'create', { status: 'open' }, 0), seq: 1 };
      const response = await post(desk.batch([impostor]));
      expect(response.status).toBe(409);
      expect((await response.json()).error.code).toBe('seq-reused');
      expect(await snapshot()).toEqual(before);
    });

    it('refuses a mutationId already used under another seq (409)', async () => {
      const desk = new Client();
      const create = desk.mutation('cases', newId(), 'create', { status: 'open' }, 0);
      await push(desk.batch([create]));
      const response = await post(desk.batch([{ ...create, seq: 5 }]));
      expect(response.status).toBe(409);
      expect((await response.json()).error.code).toBe('mutation-reused');
    });
  });

  describe('per-field merge', () => {
    /** A case both desks have seen at `rev`. */
    async function sharedCase(fields: Record<string, unknown>) {
      const a = new Client();
      const b = new Client();
      const id = newId();
      const created = await push(a.batch([a.mutation('cases', id, 'create', fields, 0, at(0))]));
      return { a, b, id, rev: created.results[0]!.rev };
    }

    it('takes fields the hub did not change since baseRev, even from a stale client', async () => {
      const { a, b, id, rev } = await sharedCase({ status: 'open', topic: 'Parkeren', question: 'Vergunning?' });
      await push(a.batch([a.mutation('cases', id, 'patch', { topic: 'Parkeervergunning' }, rev, at(1))]));
      const result = await push(b.batch([b.mutation('cases', id, 'patch', { question: 'Bewonersvergunning aanvragen?' }, rev, at(2))]));
      expect(result.results[0]).toMatchObject({ status: 'applied' });
      expect((await current(id))?.data).toEqual({ status: 'open', topic: 'Parkeervergunning', question: 'Bewonersvergunning aanvragen?' });
    });

    it('records a conflict for status and keeps both values; the hub value stays live', async () => {
      const { a, b, id, rev } = await sharedCase({ status: 'open', assignee: 'anna', topic: 'Woo' });
      await push(a.batch([a.mutation('cases', id, 'patch', { status: 'waiting' }, rev, at(1))]));
      const answer = await push(b.batch([b.mutation('cases', id, 'patch', { status: 'closed', topic: 'Woo-verzoek' }, rev, at(2))]));
      const result = answer.results[0]!;
      expect(result).toMatchObject({ status: 'conflict', conflicts: ['status'] });

      const record = await current(id);
      expect(record?.data).toEqual({ status: 'waiting', assignee: 'anna', topic: 'Woo-verzoek' });
      // The record moved to a new revision, so the losing desk pulls the hub's value back.
      expect(record?.rev).toBe(result.rev);

      const { rows } = await db.query('select field, hub_value, client_value, hub_rev, base_rev, client_id from conflicts where record_id = $1', [id]);
      expect(rows).toEqual([{ field: 'status', hub_value: 'waiting', client_value: 'closed', hub_rev: rev + 1, base_rev: rev, client_id: b.clientId }]);
    });

    it('records conflicts for assignee and outcome too', async () => {
      const { a, b, id, rev } = await sharedCase({ status: 'open', assignee: 'anna' });
      await push(a.batch([a.mutation('cases', id, 'patch', { assignee: 'bram' }, rev, at(1))]));
      const answer = await push(b.batch([b.mutation('cases', id, 'patch', { assignee: 'chantal' }, rev, at(2))]));
      expect(answer.results[0]).toMatchObject({ status: 'conflict', conflicts: ['assignee'] });

      const contactId = newId();
      const created = await push(a.batch([a.mutation('contacts', contactId, 'create', { caseId: id, outcome: 'callback-needed' }, 0, at(3))]));
      const contactRev = created.results[0]!.rev;
      await push(a.batch([a.mutation('contacts', contactId, 'patch', { outcome: 'answered' }, contactRev, at(4))]));
      const late = await push(b.batch([b.mutation('contacts', contactId, 'patch', { outcome: 'referred' }, contactRev, at(5))]));
      expect(late.results[0]).toMatchObject({ status: 'conflict', conflicts: ['outcome'] });
      const { rows } = await db.query('select field, hub_value, client_value from conflicts where record_id = any($1::uuid[]) order by field', [[id, contactId]]);
      expect(rows).toEqual([
        { field: 'assignee', hub_value: 'bram', client_value: 'chantal' },
        { field: 'outcome', hub_value: 'answered', client_value: 'referred' },
      ]);
    });

    it('free text is last-writer-wins by the time of the change', async () => {
      const { a, b, id, rev } = await sharedCase({ status: 'open', topic: 'Subsidie' });
      await push(a.batch([a.mutation('cases', id, 'patch', { topic: 'Subsidie buurtinitiatief' }, rev, at(3))]));
      // B edited earlier (offline) and pushes later: A's later edit stays.
      const older = await push(b.batch([b.mutation('cases', id, 'patch', { topic: 'Subsidie sportvereniging' }, rev, at(2))]));
      expect(older.results[0]).toMatchObject({ status: 'merged', overruled: ['topic'] });
      expect((await current(id))?.data?.topic).toBe('Subsidie buurtinitiatief');
      // A later edit from a stale base wins.
      const newer = await push(b.batch([b.mutation('cases', id, 'patch', { topic: 'Subsidie speeltuin' }, rev, at(4))]));
      expect(newer.results[0]).toMatchObject({ status: 'applied' });
      expect((await current(id))?.data?.topic).toBe('Subsidie speeltuin');
      const { rows } = await db.query('select count(*)::int as n from conflicts where record_id = $1', [id]);
      expect(rows[0]).toEqual({ n: 0 });
    });

    it('the same value from both sides is no conflict', async () => {
      const { a, b, id, rev } = await sharedCase({ status: 'open', visitor: { name: 'J. de Vries', language: 'dut' } });
      await push(a.batch([a.mutation('cases', id, 'patch', { status: 'closed' }, rev, at(1))]));
      const answer = await push(b.batch([b.mutation('cases', id, 'patch', { status: 'closed', visitor: { language: 'dut', name: 'J. de Vries' } }, rev, at(2))]));
      expect(answer.results[0]).toMatchObject({ status: 'unchanged', rev: rev + 1 });
    });
  });

  describe('one revision per record per push (coalescing)', () => {
    it('300 patches of one case and a new contact in one push: two revisions, gapless, every mutation answered', async () => {
      const desk = new Client();
      const id = newId();
      const rev = (await push(desk.batch([desk.mutation('cases', id, 'create', { status: 'open', topic: 'Begin' }, 0, at(0))]))).results[0]!.rev;
      const before = await head();
      const patches = Array.from({ length: 300 }, (_, i) => desk.mutation('cases', id, 'patch', { topic: `Onderwerp ${i + 1}` }, rev, at(1)));
      const contactId = newId();
      const answer = await push(desk.batch([...patches, desk.mutation('contacts', contactId, 'create', { caseId: id, outcome: 'answered' }, 0, at(1))]));

      expect(answer.results).toHaveLength(301);
      const caseRev = answer.results[0]!.rev;
      expect(answer.results.slice(0, 300).map((result) => [result.status, result.rev])).toEqual(patches.map(() => ['applied', caseRev]));
      expect(answer.results.map((result) => result.mutationId)).toEqual([...patches.map((m) => m.mutationId), expect.any(String)]);
      // Two records changed, so the counter moved by exactly two and no revision is left unused.
      expect(await head()).toBe(before + 2);
      expect([caseRev, answer.results[300]!.rev].sort((x, y) => x - y)).toEqual([before + 1, before + 2]);
      const page = await pull(before);
      expect(page.changes.map((change) => [change.id, change.rev]).sort()).toEqual(
        [
          [id, caseRev],
          [contactId, answer.results[300]!.rev],
        ].sort(),
      );
      expect(page.changes.find((change) => change.id === id)).toMatchObject({ updatedAt: at(1), data: { status: 'open', topic: 'Onderwerp 300' } });
      const { rows } = await db.query<{ applied: number }>('select count(*)::int as applied from applied_mutations where client_id = $1', [desk.clientId]);
      expect(rows[0]!.applied).toBe(302);
    });

    it("another desk's status change between batches is still a recorded conflict inside a coalesced push", async () => {
      const a = new Client();
      const b = new Client();
      const id = newId();
      const rev = (await push(a.batch([a.mutation('cases', id, 'create', { status: 'open', topic: 'Woo' }, 0, at(0))]))).results[0]!.rev;
      await push(b.batch([b.mutation('cases', id, 'patch', { status: 'waiting' }, rev, at(1))]));
      const answer = await push(
        a.batch([
          a.mutation('cases', id, 'patch', { topic: 'Woo-verzoek' }, rev, at(2)),
          a.mutation('cases', id, 'patch', { status: 'closed' }, rev, at(2)),
          a.mutation('cases', id, 'patch', { topic: 'Woo-verzoek bouwdossier' }, rev, at(3)),
        ]),
      );
      expect(answer.results.map((result) => result.status)).toEqual(['applied', 'conflict', 'applied']);
      expect(answer.results[1]).toMatchObject({ conflicts: ['status'] });
      expect(new Set(answer.results.map((result) => result.rev)).size).toBe(1);
      expect((await current(id))?.data).toEqual({ status: 'waiting', topic: 'Woo-verzoek bouwdossier' });
      const { rows } = await db.query('select field, hub_value, client_value, hub_rev, base_rev, client_id from conflicts where record_id = $1', [id]);
      expect(rows).toEqual([{ field: 'status', hub_value: 'waiting', client_value: 'closed', hub_rev: rev + 1, base_rev: rev, client_id: a.clientId }]);
    });

    it("the later-writer check holds for each patch of a coalesced push, and the desk is told", async () => {
      const a = new Client();
      const b = new Client();
      const id = newId();
      const rev = (await push(a.batch([a.mutation('cases', id, 'create', { status: 'open', topic: 'Subsidie', question: 'Hoe?' }, 0, at(0))]))).results[0]!.rev;
      await push(b.batch([b.mutation('cases', id, 'patch', { topic: 'Subsidie speeltuin' }, rev, at(5))]));
      const answer = await push(
        a.batch([
          a.mutation('cases', id, 'patch', { topic: 'Subsidie sportclub' }, rev, at(1)),
          a.mutation('cases', id, 'patch', { question: 'Hoe vraag ik het aan?' }, rev, at(2)),
          a.mutation('cases', id, 'patch', { topic: 'Subsidie buurthuis', question: 'Wanneer?' }, rev, at(3)),
        ]),
      );
      expect(answer.results.map((result) => [result.status, result.overruled ?? []])).toEqual([
        ['merged', ['topic']],
        ['applied', []],
        ['merged', ['topic']],
      ]);
      expect((await current(id))?.data).toEqual({ status: 'open', topic: 'Subsidie speeltuin', question: 'Wanneer?' });
    });

    it('a create, patches and a delete of one record in one push: one tombstone, replay changes nothing', async () => {
      const desk = new Client();
      const id = newId();
      const batch = desk.batch([
        desk.mutation('tasks', id, 'create', { action: 'Terugbellen', status: 'te_verwerken' }, 0, at(0)),
        desk.mutation('tasks', id, 'patch', { action: 'Terugbellen over vergunning' }, 0, at(1)),
        desk.mutation('tasks', id, 'delete', {}, 0, at(2)),
      ]);
      const before = await head();
      const first = await push(batch);
      expect(first.results.map((result) => [result.status, result.rev])).toEqual([
        ['applied', before + 1],
        ['applied', before + 1],
        ['applied', before + 1],
      ]);
      expect(await current(id)).toMatchObject({ rev: before + 1, deleted: true, data: null, createdAt: at(0), updatedAt: at(2) });
      const after = await snapshot();
      expect(await push(batch)).toEqual(first);
      expect(await snapshot()).toEqual(after);
    });

    it('one refused mutation among many patches of one record: 400 naming it, nothing stored', async () => {
      const desk = new Client();
      const id = newId();
      const rev = (await push(desk.batch([desk.mutation('cases', id, 'create', { status: 'open' }, 0)]))).results[0]!.rev;
      const before = await snapshot();
      const mutations = Array.from({ length: 50 }, (_, i) => desk.mutation('cases', id, 'patch', { topic: `T${i}` }, i === 37 ? rev + 5 : rev, at(1)));
      const response = await post(desk.batch(mutations));
      expect(response.status).toBe(400);
      const error = (await response.json()).error;
      expect(error.issues[0].path).toBe('mutations.37');
      expect(error.message).toContain(mutations[37]!.mutationId);
      expect(await snapshot()).toEqual(before);
    });
  });

  describe('tombstones', () => {
    it('a delete keeps a tombstone that pulls without data', async () => {
      const desk = new Client();
      const id = newId();
      const created = await push(desk.batch([desk.mutation('cases', id, 'create', { status: 'open', visitor: { name: 'A. Jansen' } }, 0)]));
      const rev = created.results[0]!.rev;
      const deleted = await push(desk.batch([desk.mutation('cases', id, 'delete', { deleted: true }, rev, at(1))]));
      expect(deleted.results[0]).toMatchObject({ status: 'applied', rev: rev + 1 });
      expect(await current(id)).toMatchObject({ id, rev: rev + 1, deleted: true, data: null, updatedAt: at(1) });
      const again = await push(desk.batch([desk.mutation('cases', id, 'delete', { deleted: true }, rev + 1, at(2))]));
      expect(again.results[0]).toMatchObject({ status: 'unchanged', rev: rev + 1 });
    });

    it('a delete of a record the hub never saw still leaves a tombstone', async () => {
      const desk = new Client();
      const id = newId();
      await push(desk.batch([desk.mutation('tasks', id, 'delete', { deleted: true }, 0)]));
      expect(await current(id)).toMatchObject({ entity: 'tasks', deleted: true, data: null });
    });

    it('an edit of a deleted record is kept as a conflict, the record stays deleted', async () => {
      const a = new Client();
      const b = new Client();
      const id = newId();
      const rev = (await push(a.batch([a.mutation('cases', id, 'create', { status: 'open' }, 0)]))).results[0]!.rev;
      await push(a.batch([a.mutation('cases', id, 'delete', { deleted: true }, rev, at(1))]));
      const edit = await push(b.batch([b.mutation('cases', id, 'patch', { topic: 'Toch nodig' }, rev, at(2))]));
      expect(edit.results[0]).toMatchObject({ status: 'conflict', conflicts: ['deleted'] });
      expect(await current(id)).toMatchObject({ deleted: true, data: null });
      const { rows } = await db.query('select field, hub_value, client_value from conflicts where record_id = $1', [id]);
      expect(rows).toEqual([{ field: 'deleted', hub_value: true, client_value: { topic: 'Toch nodig' } }]);
    });
  });

  it('stores pushed audit events once, even when the batch is replayed', async () => {
    const desk = new Client();
    const id = newId();
    const event: AuditEvent = { id: newId(), at: at(0), actor: 'anna', action: 'case.created', entity: 'cases', recordId: id, fields: ['status'] };
    const batch = desk.batch([desk.mutation('cases', id, 'create', { status: 'open' }, 0)], [event]);
    await push(batch);
    await push(batch);
    const { rows } = await db.query('select actor, action, entity, fields, client_id from audit where record_id = $1', [id]);
    expect(rows).toEqual([{ actor: 'anna', action: 'case.created', entity: 'cases', fields: ['status'], client_id: desk.clientId }]);
  });

  describe('pull', () => {
    it('pages with hasMore and a checkpoint, and a record appears once at its latest revision', async () => {
      const desk = new Client();
      const start = await head();
      const ids = Array.from({ length: 7 }, () => newId());
      const created = await push(desk.batch(ids.map((id) => desk.mutation('contacts', id, 'create', { summary: `contact ${id}` }, 0))));
      // Edit the first one again: it moves to the end.
      await push(desk.batch([desk.mutation('contacts', ids[0]!, 'patch', { summary: 'bijgewerkt' }, created.results[0]!.rev, at(1))]));

      const pages: PullResponse[] = [];
      let since = start;
      do {
        const page = await pull(since, 3);
        pages.push(page);
        since = page.checkpoint;
      } while (pages.at(-1)!.hasMore);

      expect(pages.map((page) => [page.changes.length, page.hasMore])).toEqual([
        [3, true],
        [3, true],
        [1, false],
      ]);
      expect(pages[0]!.checkpoint).toBe(pages[0]!.changes.at(-1)!.rev);
      expect(pages.at(-1)!.checkpoint).toBe(start + 8);
      const changes = pages.flatMap((page) => page.changes);
      expect(changes.map((change) => change.id)).toEqual([...ids.slice(1), ids[0]]);
      expect(changes.map((change) => change.rev)).toEqual([start + 2, start + 3, start + 4, start + 5, start + 6, start + 7, start + 8]);
      expect(changes.at(-1)!.data).toEqual({ summary: 'bijgewerkt' });

      const caughtUp = await pull(since);
      expect(caughtUp).toMatchObject({ changes: [], checkpoint: since, hasMore: false });
    });

    it('answers 410 resync-required for a checkpoint this hub never handed out', async () => {
      const response = await app.request(`/sync/pull?protocol=2&since=${(await head()) + 1000}`);
      expect(response.status).toBe(410);
      expect((await response.json()).error.code).toBe('resync-required');
    });
  });

  describe('invalid payloads are rejected without touching stored data', () => {
    const desk = new Client();
    const good = () => desk.mutation('cases', newId(), 'create', { status: 'open' }, 0);
    /** A mutation with fields the types forbid, as a buggy or hostile client could send. */
    const bad = (fields: Record<string, unknown>) => ({ ...good(), ...fields }) as unknown as Mutation;
    const cases: Array<[string, () => unknown]> = [
      ['malformed JSON', () => '{"clientId":'],
      ['no clientId', () => ({ schemaVersion: 2, mutations: [good()] })],
      ['clientId not a uuid', () => ({ ...desk.batch([good()]), clientId: 'werkplek-3' })],
      ['unknown entity', () => desk.batch([bad({ entity: 'visitors' })])],
      ['unknown op', () => desk.batch([bad({ op: 'upsert' })])],
      ['negative baseRev', () => desk.batch([{ ...good(), baseRev: -1 }])],
      ['time without zone', () => desk.batch([{ ...good(), at: '2026-03-02 09:00' }])],
      ['seqs not increasing', () => desk.batch([{ ...good(), seq: 10 }, { ...good(), seq: 10 }])],
      ['a patch setting rev', () => desk.batch([{ ...good(), op: 'patch', patch: { status: 'open', rev: 99 } }])],
      ['a patch that is not an object', () => desk.batch([bad({ patch: ['status', 'open'] })])],
      ['too many mutations', () => desk.batch(Array.from({ length: 501 }, (_, i) => ({ ...good(), seq: 1000 + i })))],
      ['an audit event without actor', () => desk.batch([good()], [{ id: newId(), at: at(0), action: 'x', entity: 'cases', recordId: newId(), fields: [] } as never])],
    ];

    it.each(cases)('%s → 400', async (_name, body) => {
      const before = await snapshot();
      const response = await post(body());
      expect(response.status).toBe(400);
      const error = (await response.json()).error;
      expect(error.code).toMatch(/^invalid-(json|request|mutation)$/);
      expect(error.message.length).toBeGreaterThan(10);
      expect(await snapshot()).toEqual(before);
    });

    it.each(['1970-01-01T03:00:00Z', '0000-01-01T00:00:00Z', '1999-12-31T22:59:59Z'])(
      "an audit event whose time is before 2000 (%s) is refused like a mutation's, naming the event (decision 060, review finding 9)",
      async (when) => {
        const before = await snapshot();
        const caseId = newId();
        const event = { id: newId(), at: when, actor: 'anna', action: 'case.created', entity: 'cases' as const, recordId: caseId, fields: ['status'] };
        const response = await post(desk.batch([desk.mutation('cases', caseId, 'create', { status: 'open' }, 0)], [event]));
        expect(response.status).toBe(400);
        const error = (await response.json()).error;
        expect(error.issues[0].path).toBe('audit.0.at');
        expect(error.message).toContain(event.id);
        expect(error.message).toMatch(/before 2000/);
        expect(await snapshot()).toEqual(before);
      },
    );

    it('an audit event from 2000 on is stored with its own time', async () => {
      const caseId = newId();
      const event = { id: newId(), at: '2000-01-01T00:00:00.000Z', actor: 'anna', action: 'case.created', entity: 'cases' as const, recordId: caseId, fields: ['status'] };
      await push(desk.batch([desk.mutation('cases', caseId, 'create', { status: 'open' }, 0)], [event]));
      const { rows } = await db.query<{ at: Date | string }>('select at from audit where id = $1', [event.id]);
      expect(new Date(rows[0]!.at).toISOString()).toBe(event.at);
    });

    it('a batch refused half-way (409) leaves nothing of its first half', async () => {
      const other = new Client();
      const first = other.mutation('cases', newId(), 'create', { status: 'open' }, 0);
      await push(other.batch([first]));
      const before = await snapshot();
      const fresh = other.mutation('cases', newId(), 'create', { status: 'open' }, 0);
      const response = await post(other.batch([fresh, { ...first, seq: fresh.seq + 1 }]));
      expect(response.status).toBe(409);
      expect(await snapshot()).toEqual(before);
      expect(await current(fresh.id)).toBeUndefined();
    });
  });
});

/** The serialized revision counter under real concurrency, which only a PostgreSQL server has. */
for (const backend of backends.filter((candidate) => candidate.name === 'postgres')) {
  describe(`revision order on ${backend.name}`, () => {
    let test: TestDb;
    beforeAll(async () => {
      test = await backend.open();
      await migrate(test.db);
    });
    afterAll(() => test.dispose());

    it('a pull during a slow push does not move its checkpoint past the revision that commits late', async () => {
      const { db } = test;
      const app = createApp({ db, log: silentLog });
      const pull = async (since: number): Promise<PullResponse> => (await app.request(`/sync/pull?protocol=2&since=${since}`)).json();
      const start = (await pull(0)).checkpoint;

      let release!: () => void;
      const held = new Promise<void>((resolve) => (release = resolve));
      let lateRev = 0;
      const slow = db.transaction(async (tx) => {
        lateRev = await insertRecord(tx, 'cases', newId(), { data: { status: 'open' }, at: at(0), by: 'slow' });
        await held;
      });
      await new Promise((resolve) => setTimeout(resolve, 50));

      // A second writer queues behind the first instead of taking the next revision and committing first.
      const desk = new Client();
      const fast = app.request('/sync/push', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(desk.batch([desk.mutation('cases', newId(), 'create', { status: 'open' }, 0)])),
      });
      await new Promise((resolve) => setTimeout(resolve, 50));

      const during = await pull(start);
      expect(during).toMatchObject({ changes: [], checkpoint: start, hasMore: false });

      release();
      await slow;
      const fastResult: PushResponse = await (await fast).json();
      expect(lateRev).toBe(start + 1);
      expect(fastResult.results[0]!.rev).toBe(start + 2);

      const after = await pull(during.checkpoint);
      expect(after.changes.map((change) => change.rev)).toEqual([start + 1, start + 2]);
    });

    it('a batch resent while its first copy still waits inside its transaction is answered as a replay, nothing doubled (review finding 1)', async () => {
      const { db } = test;
      const app = createApp({ db, log: silentLog });
      const send = (body: unknown) =>
        app.request('/sync/push', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
      const desk = new Client();
      const caseId = newId();
      const batch = desk.batch(
        [
          desk.mutation('cases', caseId, 'create', { status: 'open', topic: 'Afval' }, 0),
          desk.mutation('tasks', newId(), 'create', { caseId, action: 'Terugbellen', assignee: 'team-balie', status: 'te_verwerken' }, 0),
        ],
        [{ id: newId(), at: at(0), actor: 'anna', action: 'case.created', entity: 'cases', recordId: caseId, fields: ['status', 'topic'] }],
      );

      // Something else (an import, the purge) holds the revision counter: the first copy registers the
      // client, takes its row lock and waits on the counter; the resent copy then waits on the client row.
      let release!: () => void;
      const held = new Promise<void>((resolve) => (release = resolve));
      const blocker = db.transaction(async (tx) => {
        await tx.query('select value from revision_counter for update');
        await held;
      });
      await new Promise((resolve) => setTimeout(resolve, 50));
      const first = send(batch);
      await new Promise((resolve) => setTimeout(resolve, 100));
      const resent = send(batch);
      await new Promise((resolve) => setTimeout(resolve, 100));
      release();
      await blocker;

      const [a, b] = await Promise.all([first, resent]);
      const bodies = [await a.json(), await b.json()];
      expect([a.status, b.status], JSON.stringify(bodies)).toEqual([200, 200]);
      expect(bodies[1]).toEqual(bodies[0]);
      const counts = await db.query<{ cases: number; tasks: number; applied: number; audit: number; last_seq: number }>(
        `select (select count(*) from cases where id = $1) as cases, (select count(*) from tasks where data->>'caseId' = $2) as tasks,
                (select count(*) from applied_mutations where client_id = $3) as applied,
                (select count(*) from audit where record_id = $1) as audit,
                (select last_seq from clients where client_id = $3) as last_seq`,
        [caseId, caseId, desk.clientId],
      );
      expect(counts.rows[0]).toEqual({ cases: 1, tasks: 1, applied: 2, audit: 1, last_seq: 2 });
    });
  });
}
