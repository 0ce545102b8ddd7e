/**
 * Sync fuzz (issue 8 proof): thousands of malformed or adversarial push and pull requests against
 * the real hub on PGlite and on PostgreSQL. Never a 5xx; every refusal a 4xx with a clear message;
 * the database byte-for-byte unchanged by every refused request; the hub healthy afterwards.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '../../../shared/ids';
import { backends } from '../../../server/src/testing/backends';
import { startHub, type Hub } from './harness';

const RUNS = Number(process.env.SYNC_FUZZ_RUNS ?? 2000);

/** One query: a digest of every table a request could change. */
const DIGEST = `select md5(concat_ws('|',
  (select string_agg(t::text, ',' order by t::text) from revision_counter t),
  (select string_agg(t::text, ',' order by t::text) from audit_counter t),
  (select string_agg(t::text, ',' order by t::text) from hub_identity t),
  (select string_agg(t::text, ',' order by t::text) from cases t),
  (select string_agg(t::text, ',' order by t::text) from contacts t),
  (select string_agg(t::text, ',' order by t::text) from tasks t),
  (select string_agg(t::text, ',' order by t::text) from woo_requests t),
  (select string_agg(t::text, ',' order by t::text) from documents t),
  (select string_agg(t::text, ',' order by t::text) from audit t),
  (select string_agg(t::text, ',' order by t::text) from clients t),
  (select string_agg(t::text, ',' order by t::text) from applied_mutations t),
  (select string_agg(t::text, ',' order by t::text) from conflicts t))) as digest`;

interface Payload {
  method: 'GET' | 'POST';
  path: string;
  body?: string | Uint8Array<ArrayBuffer>;
  label: string;
}

const CASE_ID = '01900000-0000-7000-8000-000000000001';
const now = () => new Date().toISOString();

function mutation(overrides: Record<string, unknown> = {}, seq = 1): Record<string, unknown> {
  return { mutationId: newId(), seq, entity: 'cases', id: newId(), op: 'create', baseRev: 0, patch: { question: 'Vraag', status: 'open' }, at: now(), ...overrides };
}
function push(mutations: unknown[], extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { clientId: newId(), schemaVersion: 6, protocol: 2, mutations, ...extra };
}
const post = (label: string, body: unknown): Payload => ({ method: 'POST', path: '/sync/push', body: typeof body === 'string' ? body : JSON.stringify(body), label });

function nest(depth: number): unknown {
  let value: unknown = 'x';
  for (let i = 0; i < depth; i++) value = i % 2 ? [value] : { a: value };
  return value;
}

const weird = fc.constantFrom<unknown>(
  -1, 0, 2 ** 31, 2 ** 53, -(2 ** 53), 1e308, 1.5, '', 'x'.repeat(300), null, true, [], {}, '\u0000', '\ud800', '\udc00x', 'a\u0000b', '0000-01-01T00:00:00Z',
  '9999-12-31T23:59:59Z', { $ne: 1 }, [1, [2, [3]]], 'Ω≈ç√∫', '\u202e',
);
const badKey = fc.constantFrom('__proto__', 'constructor', 'toString', 'hasOwnProperty', '\u0000', '\ud800', 'rev', 'id', 'deleted', 'unknownField', '');
const topField = fc.constantFrom('mutationId', 'seq', 'entity', 'id', 'op', 'baseRev', 'patch', 'at', 'step');

const payloads: fc.Arbitrary<Payload> = fc.oneof(
  // A mutation field replaced by a wrong type or an extreme value.
  fc.tuple(topField, weird).map(([field, value]) => post(`mutation.${field}=${JSON.stringify(value)}`, push([mutation({ [field]: value })]))),
  // A patch field replaced by a wrong type or an extreme value.
  fc.tuple(fc.constantFrom('status', 'number', 'visitor', 'question', 'closedAt', 'kind', 'assignee', 'topic'), weird).map(([field, value]) =>
    post(`patch.${field}`, push([mutation({ patch: { [field]: value } })])),
  ),
  // A dangerous or unknown key in a patch (raw JSON: "__proto__" stays an own key).
  fc.tuple(badKey, weird).map(([key, value]) =>
    post(`key ${JSON.stringify(key)}`, JSON.stringify(push([mutation()])).replace('"patch":{', `"patch":{${JSON.stringify(key)}:${JSON.stringify(value)},`)),
  ),
  // Unknown entities and ops, documents (hub-only), lifecycle fields by patch.
  fc.constantFrom('people', 'documents', 'audit', '__proto__').map((entity) => post(`entity ${entity}`, push([mutation({ entity })]))),
  fc.constantFrom('upsert', 'step', 'DELETE').map((op) => post(`op ${op}`, push([mutation({ op })]))),
  fc.constantFrom('status', 'decision', 'suspensions', 'closedOn').map((field) =>
    post(`woo ${field} by patch`, push([mutation({ entity: 'wooRequests', op: 'patch', patch: { [field]: 'besloten' } })])),
  ),
  // Deep nesting in a patch value and in the request itself.
  fc.integer({ min: 33, max: 5000 }).map((depth) =>
    post(`depth ${depth}`, JSON.stringify(push([mutation({ patch: { question: 'x', visitor: 'DEEP' } })])).replace('"DEEP"', `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`)),
  ),
  fc.integer({ min: 33, max: 200 }).map((depth) => post(`nested depth ${depth}`, push([mutation({ patch: { question: 'x', topic: nest(depth) } })]))),
  fc.integer({ min: 1000, max: 20000 }).map((depth) => post(`raw depth ${depth}`, `{"clientId":"${newId()}","schemaVersion":6,"protocol":2,"mutations":[],"x":${'['.repeat(depth)}${']'.repeat(depth)}}`)),
  // NUL and lone surrogates in audit actors and field names.
  fc.tuple(fc.constantFrom('actor', 'action', 'fields', 'at', 'recordId'), fc.constantFrom<unknown>('\u0000', 'a\ud800', ['\u0000'], ['\udfff'], '0000-01-01T00:00:00Z', 'x')).map(([field, value]) =>
    post(`audit.${field}`, push([], { audit: [{ id: newId(), at: now(), actor: 'anna', action: 'case.edited', entity: 'cases', recordId: CASE_ID, fields: ['topic'], [field]: value }] })),
  ),
  // Year 0000 and other impossible times.
  fc.constantFrom('0000-01-01T00:00:00Z', '0000-12-31T23:59:59.999Z', '1969-12-31T23:59:59Z', '2026-02-30T10:00:00Z', '+275760-09-13T00:00:00Z').map((at) =>
    post(`at ${at}`, push([mutation({ at })])),
  ),
  // The same mutationId twice in one batch.
  fc.constant(null).map(() => {
    const first = mutation({}, 1);
    return post('duplicate mutationId', push([first, { ...mutation({}, 2), mutationId: first.mutationId }]));
  }),
  // schemaVersion and protocol out of range or missing.
  fc.constantFrom<unknown>(2 ** 31, 2 ** 53, -1, 0, '6', null).map((schemaVersion) => post(`schemaVersion ${String(schemaVersion)}`, push([mutation()], { schemaVersion }))),
  fc.constantFrom<unknown>(undefined, 1, 0, 'two').map((protocol) => post(`protocol ${String(protocol)}`, { clientId: newId(), schemaVersion: 6, mutations: [mutation()], ...(protocol === undefined ? {} : { protocol }) })),
  // One bad mutation among 100 good ones.
  fc.tuple(fc.integer({ min: 0, max: 99 }), fc.constantFrom<Record<string, unknown>>({ patch: { status: { $ne: 1 } } }, { at: '0000-01-01T00:00:00Z' }, { patch: { question: 'a\u0000b' } }, { baseRev: -1 })).map(([bad, corruption]) =>
    post(`bad #${bad} of 100`, push(Array.from({ length: 100 }, (_, i) => mutation(i === bad ? corruption : {}, i + 1)))),
  ),
  // Invalid UTF-8 bytes inside a string.
  fc.constantFrom([0xff], [0xc3, 0x28], [0xed, 0xa0, 0x80], [0xf8, 0x88, 0x80, 0x80, 0x80]).map((bytes) => {
    const text = JSON.stringify(push([mutation({ patch: { question: 'XX' } })]));
    const [before, after] = text.split('XX') as [string, string];
    const encoder = new TextEncoder();
    return { method: 'POST' as const, path: '/sync/push', body: new Uint8Array([...encoder.encode(before), ...bytes, ...encoder.encode(after)]) as Uint8Array<ArrayBuffer>, label: `utf8 ${bytes}` };
  }),
  // Not JSON, or JSON of the wrong shape.
  fc.constantFrom('', '{', 'null', '[]', '"x"', '{"mutations":"all"}', '{"clientId":1}', '\u0000').map((body) => post(`body ${JSON.stringify(body)}`, body)),
  // Pull and audit pull with bad queries.
  fc.tuple(fc.constantFrom('/sync/pull', '/sync/audit'), fc.constantFrom('since=-1', 'since=1e400', 'since=abc', 'limit=0', 'limit=100000', 'limit=-5', 'since=99999999999', 'recordId=x', 'recordId=%00', 'since=%F0%28')).map(([path, query]) => ({
    method: 'GET' as const,
    path: `${path}?protocol=2&${query}`,
    label: `${path}?${query}`,
  })),
);

describe.each(backends)('sync fuzz on $name', (backend) => {
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
  afterAll(() => hub.dispose());

  it(`${RUNS} malformed or adversarial requests: no 5xx, clear 4xx, refused ones change nothing`, async () => {
    const digest = async () => (await hub.db.query<{ digest: string }>(DIGEST)).rows[0]!.digest;
    let before = await digest();
    let refused = 0;
    await fc.assert(
      fc.asyncProperty(payloads, async (payload) => {
        const response = await hub.app.request(payload.path, {
          method: payload.method,
          ...(payload.body !== undefined ? { body: payload.body, headers: { 'Content-Type': 'application/json' } } : {}),
        });
        const text = await response.text();
        expect(response.status, `${payload.label}: ${text}`).toBeLessThan(500);
        const after = await digest();
        if (response.status >= 400) {
          refused++;
          const body = JSON.parse(text) as { error: { code: string; message: string } };
          expect(body.error.code).toMatch(/^[a-z0-9-]+$/);
          expect(body.error.message.length).toBeGreaterThan(5);
          expect(after, `${payload.label} was refused (${response.status}) but changed the database`).toBe(before);
        }
        before = after;
      }),
      { numRuns: RUNS },
    );
    expect(refused).toBeGreaterThan(RUNS * 0.8);
    const health = await hub.app.request('/health');
    expect(health.status).toBe(200);
  }, 600_000);
});
