/**
 * Sync: record size and pull pages (issue 8 point 10). A record over the hub's cap is refused with a
 * 4xx naming it; and the issue's scenario – a few hundred records of about 2 MB already on the hub
 * (put in the database directly, as push refuses them) – still pulls page by page, each page bounded
 * in bytes, to the end, while /health answers.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '../../../shared/ids';
import { MAX_RECORD_BYTES } from '../../../server/src/sync/validate';
import { MAX_PAGE_BYTES } from '../../../server/src/sync/pull';
import { backends } from '../../../server/src/testing/backends';
import { pullOnce } from '../../../renderer/src/sync/engine';
import { disposeStations, dumpHub, HUB, hubRecord, startHub, station, type Hub } from './harness';

// The issue's scenario is 300 records (SYNC_BIG_COUNT=300: about 50 s for the HTTP pages and more
// for the desk on a loaded 2-core machine); `npm test` runs enough for several pages at each step.
const BIG_COUNT = Number(process.env.SYNC_BIG_COUNT ?? 16);
// About 2 MB each: two fit a 4 MB page, a third does not.
const BIG_BYTES = 1_900_000;

type Json = Record<string, unknown>;

function push(mutations: Json[], clientId = newId()): Json {
  return { clientId, schemaVersion: 6, protocol: 2, mutations };
}
// A control character is 6 bytes in JSON ("\u0001"): fields within their schema limits add up past the cap.
const wide = (length: number) => '\u0001'.repeat(length);
const documents = (count: number) => Array.from({ length: count }, (_, i) => ({ id: `${String(i).padStart(2, '0')}${wide(198)}`, title: wide(1000) }));
function contact(overrides: Json = {}): Json {
  return {
    mutationId: newId(),
    seq: 1,
    entity: 'contacts',
    id: newId(),
    op: 'create',
    baseRev: 0,
    at: new Date().toISOString(),
    patch: { caseId: newId(), channel: 'balie', direction: 'inbound', startedAt: new Date().toISOString(), outcome: 'answered', confidential: false, summary: 'Kort' },
    ...overrides,
  };
}

interface ErrorBody {
  error: { code: string; message: string; issues?: { path: string }[] };
}

describe.each(backends)('record size on $name (point 10)', (backend) => {
  let hub: Hub;
  beforeAll(async () => {
    hub = await startHub(backend);
  });
  afterAll(async () => {
    await disposeStations();
    await hub.dispose();
  });

  const send = (body: Json) => hub.app.request('/sync/push', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });

  it('refuses one patch over the cap with a 400 naming the mutation; nothing is stored', async () => {
    const base = contact();
    const m: Json = { ...base, patch: { ...(base.patch as Json), summary: wide(20_000), documentsAttached: documents(20) } };
    expect(Buffer.byteLength(JSON.stringify(m.patch))).toBeGreaterThan(MAX_RECORD_BYTES);
    const before = await dumpHub(hub.db);
    const response = await send(push([m]));
    const body = (await response.json()) as ErrorBody;
    expect(response.status).toBe(400);
    expect(body.error.message).toContain(m.mutationId as string);
    expect(body.error.message).toContain(`larger than ${MAX_RECORD_BYTES} bytes`);
    expect(body.error.issues?.[0]?.path).toBe('mutations.0.patch');
    expect(await dumpHub(hub.db)).toBe(before);
  });

  it('refuses a patch that would make the stored record larger than the cap, naming the mutation; the record stays as it was', async () => {
    const clientId = newId();
    const base = contact();
    const id = base.id as string;
    const created = { ...base, patch: { ...(base.patch as Json), summary: wide(20_000) } };
    expect((await send(push([created], clientId))).status).toBe(200);
    const stored = await hubRecord(hub.db, 'contacts', id);
    const grow: Json = { ...contact({ id, op: 'patch', baseRev: stored!.rev, seq: 2 }), patch: { documentsAttached: documents(20) } };
    // Each patch alone is under the cap; together they are over it.
    expect(Buffer.byteLength(JSON.stringify(grow.patch))).toBeLessThan(MAX_RECORD_BYTES);
    const before = await dumpHub(hub.db);
    const response = await send(push([grow], clientId));
    const body = (await response.json()) as ErrorBody;
    expect(response.status).toBe(400);
    expect(body.error.message).toContain(grow.mutationId as string);
    expect(body.error.message).toContain(`larger than ${MAX_RECORD_BYTES} bytes`);
    expect(await dumpHub(hub.db)).toBe(before);
  });

  it(`${BIG_COUNT} records of about 2 MB already on the hub: pages bounded in bytes, the desk pulls to the end, /health answers meanwhile`, async () => {
    // Stored directly: push refuses records this big. Built in SQL, so the test process holds none of it.
    const { rows: headRows } = await hub.db.query<{ value: number }>('select value from revision_counter');
    const head = Number(headRows[0]!.value);
    await hub.db.query(
      `insert into cases (id, rev, created_at, updated_at, updated_by, deleted, data, field_meta)
       select ('01900000-0000-7000-8000-' || lpad(to_hex(i), 12, '0'))::uuid, $1::bigint + i, now(), now(), 'import', false,
              jsonb_build_object('number', 'BIG-' || i, 'kind', 'question', 'channel', 'balie', 'status', 'open', 'question', repeat(chr(97 + i % 26), $2::int)),
              '{}'::jsonb
         from generate_series(1, $3::int) as i`,
      [head, BIG_BYTES, BIG_COUNT],
    );
    await hub.db.query('update revision_counter set value = value + $1', [BIG_COUNT]);

    // The HTTP route: every page answers, none above the byte cap (plus one record), and the pages add up.
    let since = 0;
    let total = 0;
    let pages = 0;
    let healthChecks = 0;
    for (;;) {
      const [page, health] = await Promise.all([hub.app.request(`/sync/pull?protocol=2&since=${since}&limit=500`), hub.app.request('/health')]);
      expect(health.status).toBe(200);
      healthChecks++;
      expect(page.status).toBe(200);
      const text = await page.text();
      expect(Buffer.byteLength(text)).toBeLessThan(MAX_PAGE_BYTES + 64 * 1024);
      const body = JSON.parse(text) as { changes: { entity: string; data: { number?: string } | null }[]; checkpoint: number; hasMore: boolean };
      expect(body.changes.length).toBeGreaterThan(0);
      const big = body.changes.filter((change) => change.entity === 'cases' && change.data?.number?.startsWith('BIG-')).length;
      expect(big).toBeLessThanOrEqual(2);
      total += big;
      since = body.checkpoint;
      pages++;
      if (!body.hasMore) break;
    }
    expect(total).toBe(BIG_COUNT);
    expect(pages).toBeGreaterThanOrEqual(Math.ceil((BIG_COUNT * BIG_BYTES) / MAX_PAGE_BYTES));
    expect(healthChecks).toBe(pages);

    // A desk: pullOnce takes a bounded number of pages per round; rounds until it has them all.
    const desk = station();
    let rounds = 0;
    for (;;) {
      const applied = await pullOnce(desk, HUB, hub.fetch);
      rounds++;
      if (applied === 0 || rounds > BIG_COUNT) break;
    }
    expect(await desk.cases.count()).toBe(BIG_COUNT);
    const sample = await desk.cases.get(`01900000-0000-7000-8000-${(7).toString(16).padStart(12, '0')}`);
    expect(sample?.question).toHaveLength(BIG_BYTES);
    expect((await desk.meta.get('pullCheckpoint'))?.value).toBe(head + BIG_COUNT);
  }, Math.max(90_000, BIG_COUNT * 2_000));
});
