/**
 * Sync: each input that once passed validation and broke the hub with a 500 (issue 8 point 9),
 * one fixed input per test, through the real push route on PGlite and PostgreSQL. Each must be a
 * 400 that names the mutation (where there is one) and the reason, leave the database exactly as
 * it was, and leave the hub healthy. The fuzz (fuzz.test.ts) covers the same ground at random;
 * these pin each case down by name.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '../../../shared/ids';
import { backends } from '../../../server/src/testing/backends';
// The harness first: it installs the IndexedDB the desk modules below open.
import { disposeStations, dumpHub, edit, HUB, hubRecord, openCase, startHub, station, type Hub } from './harness';
import { retryRefused } from '../../../renderer/src/features/outbox/repository';
import { syncOnce } from '../../../renderer/src/sync/engine';

const CASE_ID = '01900000-0000-7000-8000-0000000000c1';

type Json = Record<string, unknown>;

function mutation(overrides: Json = {}, seq = 1): Json {
  return { mutationId: newId(), seq, entity: 'cases', id: newId(), op: 'create', baseRev: 0, patch: { question: 'Vraag', status: 'open' }, at: new Date().toISOString(), ...overrides };
}
function push(mutations: Json[], extra: Json = {}): Json {
  return { clientId: newId(), schemaVersion: 6, protocol: 2, mutations, ...extra };
}
function auditEvent(overrides: Json = {}): Json {
  return { id: newId(), at: new Date().toISOString(), actor: 'anna', action: 'case.edited', entity: 'cases', recordId: CASE_ID, fields: ['topic'], ...overrides };
}

interface ErrorBody {
  error: { code: string; message: string; issues?: { path: string; message: string }[] };
}

describe.each(backends)('bad push input on $name (point 9)', (backend) => {
  let hub: Hub;
  beforeAll(async () => {
    hub = await startHub(backend);
    // Something to protect: a case pushed normally.
    const response = await hub.app.request('/sync/push', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(push([mutation({ id: CASE_ID, patch: { question: 'Bestaand', status: 'open', visitor: { name: 'Anna' } } })])),
    });
    expect(response.status).toBe(200);
  });
  afterAll(async () => {
    await disposeStations();
    await hub.dispose();
  });

  /**
   * Sends `body` (a JSON string, sent as is so lone surrogates and odd keys survive) and checks the
   * refusal: a 400, a message naming the mutation and matching `reason`, nothing changed, /health 200.
   */
  async function expectRefused(body: string, expected: { mutationId?: string; reason: RegExp; path?: RegExp }): Promise<ErrorBody> {
    const before = await dumpHub(hub.db);
    const response = await hub.app.request('/sync/push', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body });
    const text = await response.text();
    expect(response.status, text).toBe(400);
    const answer = JSON.parse(text) as ErrorBody;
    if (expected.mutationId) expect(answer.error.message).toContain(expected.mutationId);
    expect(answer.error.message).toMatch(expected.reason);
    if (expected.path) expect(answer.error.issues?.[0]?.path).toMatch(expected.path);
    expect(await dumpHub(hub.db)).toBe(before);
    const health = await hub.app.request('/health');
    expect(health.status).toBe(200);
    return answer;
  }

  /** A push of one mutation whose patch is given as raw JSON text (keys JSON.stringify could not keep). */
  function rawPatch(m: Json, patchJson: string): string {
    return JSON.stringify(push([m])).replace(/"patch":\{[^}]*\}/, `"patch":${patchJson}`);
  }

  describe('NUL and lone UTF-16 surrogates', () => {
    it('a NUL character in a patch value', async () => {
      const m = mutation({ patch: { question: 'a\u0000b', status: 'open' } });
      await expectRefused(JSON.stringify(push([m])), { mutationId: m.mutationId as string, reason: /patch\.question text contains a NUL character/, path: /^mutations\.0\.patch\.question$/ });
    });

    it('a lone surrogate in a patch value', async () => {
      const m = mutation({ patch: { question: 'x\ud800y', status: 'open' } });
      await expectRefused(JSON.stringify(push([m])), { mutationId: m.mutationId as string, reason: /patch\.question text contains a lone UTF-16 surrogate/ });
    });

    it('a lone low surrogate in a nested patch value (visitor name)', async () => {
      const m = mutation({ op: 'patch', id: CASE_ID, baseRev: 1, patch: { visitor: { name: '\udc00Anna' } } });
      await expectRefused(JSON.stringify(push([m])), { mutationId: m.mutationId as string, reason: /patch\.visitor\.name text contains a lone UTF-16 surrogate/ });
    });

    it('a NUL character in a patch key', async () => {
      const m = mutation();
      await expectRefused(rawPatch(m, '{"question":"Vraag","sta\\u0000tus":"open"}'), { mutationId: m.mutationId as string, reason: /a key contains a NUL character/ });
    });

    it('a lone surrogate in a patch key', async () => {
      const m = mutation();
      await expectRefused(rawPatch(m, '{"question":"Vraag","\\ud800":"open"}'), { mutationId: m.mutationId as string, reason: /a key contains a lone UTF-16 surrogate/ });
    });

    it('a NUL character in an audit actor', async () => {
      await expectRefused(JSON.stringify(push([], { audit: [auditEvent({ actor: 'an\u0000na' })] })), { reason: /audit\.0\.actor text contains a NUL character/, path: /^audit\.0\.actor$/ });
    });

    it('a lone surrogate in an audit actor', async () => {
      await expectRefused(JSON.stringify(push([], { audit: [auditEvent({ actor: 'anna\ud83d' })] })), { reason: /audit\.0\.actor text contains a lone UTF-16 surrogate/ });
    });

    it('a NUL character in an audit field name', async () => {
      await expectRefused(JSON.stringify(push([], { audit: [auditEvent({ fields: ['topic', 'qu\u0000estion'] })] })), { reason: /audit\.0\.fields\.1 text contains a NUL character/ });
    });

    it('a lone surrogate in an audit field name', async () => {
      await expectRefused(JSON.stringify(push([], { audit: [auditEvent({ fields: ['\udfff'] })] })), { reason: /audit\.0\.fields\.0 text contains a lone UTF-16 surrogate/ });
    });

    it('names the bad mutation among good ones, and none of the good ones is stored', async () => {
      const good = mutation({}, 1);
      const bad = mutation({ patch: { question: 'a\u0000', status: 'open' } }, 2);
      await expectRefused(JSON.stringify(push([good, bad])), { mutationId: bad.mutationId as string, reason: /NUL/, path: /^mutations\.1\./ });
      expect(await hubRecord(hub.db, 'cases', good.id as string)).toBeUndefined();
    });
  });

  describe('dates in the year 0000', () => {
    it('as a patch value (an instant)', async () => {
      const m = mutation({ op: 'patch', id: CASE_ID, baseRev: 1, patch: { status: 'closed', closedAt: '0000-01-01T00:00:00Z' } });
      await expectRefused(JSON.stringify(push([m])), { mutationId: m.mutationId as string, reason: /patch\.closedAt a date between 1970 and 2200/ });
    });

    it('as a patch value (a calendar date)', async () => {
      const m = mutation({ entity: 'wooRequests', op: 'patch', baseRev: 0, patch: { filedOn: '0000-01-01' } });
      await expectRefused(JSON.stringify(push([m])), { mutationId: m.mutationId as string, reason: /patch\.filedOn a date between 1970 and 2200/ });
    });

    it("as a mutation's time (at): refused, not clamped", async () => {
      const m = mutation({ at: '0000-01-01T00:00:00Z' });
      await expectRefused(JSON.stringify(push([m])), { mutationId: m.mutationId as string, reason: /at 0000-01-01T00:00:00Z is before 2000/, path: /^mutations\.0\.at$/ });
    });

    it("a mutation's time before 2000 (a clock reset to 1970) is refused too", async () => {
      const m = mutation({ at: '1970-01-01T00:00:05Z' });
      await expectRefused(JSON.stringify(push([m])), { mutationId: m.mutationId as string, reason: /before 2000/ });
    });

    it('a desk whose clock was reset to 1970: its change waits in "Niet verzonden" with the reason, the rest goes, and sending it again gets it to the hub', async () => {
      const desk = station();
      const created = await openCase(desk);
      await edit(desk, created.id, { topic: 'Klok stond fout' }, new Date('1970-01-01T00:00:05Z'));
      const outcome = await syncOnce(desk, HUB, hub.fetch);
      expect(outcome).toMatchObject({ pushed: 1, refused: 1 });
      const [issue] = await desk.syncIssues.where('kind').equals('refused').toArray();
      expect(issue!.reason).toContain(issue!.entry!.mutationId);
      expect(issue!.reason).toMatch(/before 2000/);
      expect((await hubRecord(hub.db, 'cases', created.id))!.data.topic).toBe('Afval');
      await retryRefused(desk, issue!.key!);
      expect(await syncOnce(desk, HUB, hub.fetch)).toMatchObject({ pushed: 1, refused: 0 });
      expect((await hubRecord(hub.db, 'cases', created.id))!.data.topic).toBe('Klok stond fout');
    });

    it("a mutation's time in the year 9999 is still bounded by the hub's clock, not refused (point 12)", async () => {
      const m = mutation({ at: '9999-12-31T23:59:59Z' });
      const response = await hub.app.request('/sync/push', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(push([m])) });
      expect(response.status).toBe(200);
      const { rows } = await hub.db.query<{ field_meta: Record<string, { at: string }> }>('select field_meta from cases where id = $1', [m.id]);
      expect(Date.parse(rows[0]!.field_meta.question!.at)).toBeLessThan(Date.now() + 5 * 60_000);
    });
  });

  describe('batch and request shape', () => {
    it('the same mutationId twice in one batch', async () => {
      const first = mutation({}, 1);
      const second = { ...mutation({}, 2), mutationId: first.mutationId };
      await expectRefused(JSON.stringify(push([first, second])), { mutationId: first.mutationId as string, reason: /mutationId appears twice in this batch/, path: /^mutations\.1\.mutationId$/ });
    });

    it('schemaVersion 2^31', async () => {
      await expectRefused(JSON.stringify(push([mutation()], { schemaVersion: 2 ** 31 })), { reason: /schemaVersion/, path: /^schemaVersion$/ });
    });

    it('JSON nested 5,000 deep in a patch value', async () => {
      const m = mutation({ patch: { question: 'x', visitor: 'DEEP' } });
      const body = JSON.stringify(push([m])).replace('"DEEP"', `${'{"name":'.repeat(5000)}"x"${'}'.repeat(5000)}`);
      await expectRefused(body, { mutationId: m.mutationId as string, reason: /nested deeper than 32 levels/ });
    });

    it('JSON nested 100,000 deep beside the mutations', async () => {
      const body = JSON.stringify(push([mutation()])).replace(/}$/, `,"x":${'['.repeat(100_000)}${']'.repeat(100_000)}}`);
      await expectRefused(body, { reason: /nested deeper than 32 levels/ });
    });
  });

  describe('patches checked against the entity schema', () => {
    it('status: {"$ne": 1}', async () => {
      const m = mutation({ op: 'patch', id: CASE_ID, baseRev: 1, patch: { status: { $ne: 1 } } });
      await expectRefused(JSON.stringify(push([m])), { mutationId: m.mutationId as string, reason: /refused: patch\.status /, path: /^mutations\.0\.patch\.status$/ });
    });

    it('number: 42', async () => {
      const m = mutation({ op: 'patch', id: CASE_ID, baseRev: 1, patch: { number: 42 } });
      await expectRefused(JSON.stringify(push([m])), { mutationId: m.mutationId as string, reason: /refused: patch\.number .*string/i });
    });

    it('visitor: "str"', async () => {
      const m = mutation({ op: 'patch', id: CASE_ID, baseRev: 1, patch: { visitor: 'str' } });
      await expectRefused(JSON.stringify(push([m])), { mutationId: m.mutationId as string, reason: /refused: patch\.visitor .*object/i });
    });
  });

  it('the protected case is as it was after all of the above', async () => {
    expect(await hubRecord(hub.db, 'cases', CASE_ID)).toMatchObject({ rev: 1, data: { question: 'Bestaand', status: 'open', visitor: { name: 'Anna' } } });
  });
});
