import { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from './app';
import { migrate } from './db/migrate';
import { MIGRATIONS } from './db/migrations';
import { PROTOCOL_VERSION } from '../../shared/sync/mutation';
import { requireRole, type AppEnv, type Role } from './http/auth';
import { HttpError } from './http/errors';
import { silentLog } from './log';
import { backends, type TestDb } from './testing/backends';

const json = (body: unknown) => ({
  method: 'POST',
  headers: { 'Content-Type': 'application/json' },
  body: typeof body === 'string' ? body : JSON.stringify(body),
});

describe.each(backends)('HTTP app on $name', (backend) => {
  let test: TestDb;
  let app: ReturnType<typeof createApp>;
  beforeAll(async () => {
    test = await backend.open();
    await migrate(test.db);
    app = createApp({ db: test.db, log: silentLog, maxBodyBytes: 64 * 1024 });
  });
  afterAll(() => test.dispose());

  describe('GET /health', () => {
    it('reports the database kind, schema version and time', async () => {
      const response = await app.request('/health');
      expect(response.status).toBe(200);
      const body = await response.json();
      expect(body).toEqual({ status: 'ok', db: backend.name, schemaVersion: MIGRATIONS.at(-1)!.id, time: expect.any(String) });
      expect(Math.abs(Date.parse(body.time) - Date.now())).toBeLessThan(60_000);
    });

    it('answers 503 with a JSON error when the database is gone', async () => {
      const other = await backend.open();
      await migrate(other.db);
      const logged: string[] = [];
      const closedApp = createApp({ db: other.db, log: (level, message) => logged.push(`${level}: ${message}`) });
      await other.db.close();
      const response = await closedApp.request('/health');
      expect(response.status).toBe(503);
      expect(await response.json()).toEqual({
        error: { code: 'db-unavailable', message: expect.stringContaining(backend.name) },
      });
      expect(logged).toEqual(['error: health check: the database query failed']);
      await other.dispose();
    });
  });

  describe('GET /openapi.json', () => {
    it('is an OpenAPI 3.1 document describing every route', async () => {
      const response = await app.request('/openapi.json');
      expect(response.status).toBe(200);
      const doc = await response.json();
      expect(doc.openapi).toMatch(/^3\.1\.\d+$/);
      expect(doc.info).toMatchObject({ title: 'Open Loket hub', version: expect.any(String) });
      expect(doc.paths['/health'].get).toMatchObject({
        operationId: 'getHealth',
        responses: {
          200: { content: { 'application/json': { schema: { type: 'object', required: expect.arrayContaining(['status', 'db']) } } } },
          503: { content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } },
        },
      });
      expect(doc.components.schemas.Error.properties.error.required).toEqual(['code', 'message']);
      const documented = Object.entries(doc.paths).flatMap(([path, ops]) =>
        Object.keys(ops as object).map((method) => `${method.toUpperCase()} ${path}`),
      );
      // Hono writes path parameters as ':id', OpenAPI as '{id}'.
      const registered = app.routes.filter((r) => r.method !== 'ALL').map((r) => `${r.method} ${r.path.replace(/:(\w+)/g, '{$1}')}`);
      expect(new Set(documented)).toEqual(new Set(registered));
      expect(JSON.stringify(doc)).not.toContain('$schema');
    });
  });

  describe('errors', () => {
    it('unknown route → 404 JSON', async () => {
      const response = await app.request('/nope');
      expect(response.status).toBe(404);
      expect(response.headers.get('content-type')).toMatch(/application\/json/);
      expect(await response.json()).toEqual({ error: { code: 'not-found', message: 'There is no GET /nope' } });
    });

    it('wrong method on a known route → 405 JSON with Allow', async () => {
      const response = await app.request('/health', { method: 'DELETE' });
      expect(response.status).toBe(405);
      expect(response.headers.get('allow')).toContain('GET');
      expect(await response.json()).toMatchObject({ error: { code: 'method-not-allowed' } });
    });
  });

  it('answers HEAD /health like GET without a body', async () => {
    const response = await app.request('/health', { method: 'HEAD' });
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('');
  });
});

/**
 * Body handling happens before any database work, so it runs against a database stub that records
 * every query: a rejected body must not reach it. Each test gets its own stub and log, so no test
 * depends on what another one did before it.
 */
describe('request bodies', () => {
  function stubbedApp() {
    const queries: string[] = [];
    const logged: unknown[] = [];
    const stub = {
      kind: 'pglite',
      query: async (sql: string) => {
        queries.push(sql);
        throw new Error('secret detail at /srv/hub/internal.ts:42');
      },
      transaction: (fn: (tx: unknown) => Promise<unknown>) => fn(stub),
    };
    const app = createApp({ db: stub as never, log: (level, message, error) => logged.push({ level, message, error }), maxBodyBytes: 1024 });
    return { app, queries, logged };
  }
  const validPush = { clientId: '0195f2c4-1111-7000-8000-000000000001', schemaVersion: 2, protocol: PROTOCOL_VERSION, mutations: [] };

  it('malformed JSON → 400 that says so, before any query', async () => {
    const { app, queries } = stubbedApp();
    const response = await app.request('/sync/push', json('{"clientId": "x",'));
    expect(response.status).toBe(400);
    const body = await response.json();
    expect(body.error.code).toBe('invalid-json');
    expect(body.error.message).toMatch(/^The request body is not valid JSON: /);
    expect(queries).toEqual([]);
  });

  it('empty body → 400, before any query', async () => {
    const { app, queries } = stubbedApp();
    const response = await app.request('/sync/push', json(''));
    expect(response.status).toBe(400);
    expect((await response.json()).error).toEqual({ code: 'invalid-json', message: 'The request body is empty; expected a JSON document' });
    expect(queries).toEqual([]);
  });

  it('valid JSON of the wrong shape → 400 listing the fields, before any query', async () => {
    const { app, queries } = stubbedApp();
    const response = await app.request('/sync/push', json({ clientId: 'not-a-uuid', schemaVersion: 0 }));
    expect(response.status).toBe(400);
    const body = await response.json();
    expect(body.error.code).toBe('invalid-request');
    expect(body.error.message).toMatch(/^Invalid request body: clientId: .+ \(and 2 more\)$/);
    expect(body.error.issues.map((issue: { path: string }) => issue.path)).toEqual(['clientId', 'schemaVersion', 'mutations']);
    expect(queries).toEqual([]);
  });

  it('a body that is not JSON → 415, before any query', async () => {
    const { app, queries } = stubbedApp();
    const response = await app.request('/sync/push', { method: 'POST', headers: { 'Content-Type': 'text/plain' }, body: 'hi' });
    expect(response.status).toBe(415);
    expect((await response.json()).error.code).toBe('unsupported-media-type');
    expect(queries).toEqual([]);
  });

  it('a body over the limit → 413 JSON, also when streamed without Content-Length, before any query', async () => {
    const { app, queries } = stubbedApp();
    const big = JSON.stringify({ ...validPush, padding: 'x'.repeat(2000) });
    const withLength = await app.request('/sync/push', json(big));
    expect(withLength.status).toBe(413);
    expect((await withLength.json()).error.code).toBe('payload-too-large');

    const stream = new ReadableStream({
      start(controller) {
        controller.enqueue(new TextEncoder().encode(big));
        controller.close();
      },
    });
    const chunked = await app.request('/sync/push', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Transfer-Encoding': 'chunked' },
      body: stream,
      duplex: 'half',
    } as RequestInit);
    expect(chunked.status).toBe(413);
    expect(queries).toEqual([]);
  });

  it('a bad query string → 400, before any query', async () => {
    const { app, queries } = stubbedApp();
    for (const query of ['limit=0', 'limit=abc', 'since=-1', 'limit=100000']) {
      const response = await app.request(`/sync/pull?${query}`);
      expect(response.status, query).toBe(400);
      expect((await response.json()).error.code).toBe('invalid-request');
    }
    expect(queries).toEqual([]);
  });

  it('an unexpected error → 500 without details; the details go to the log', async () => {
    const { app, queries, logged } = stubbedApp();
    const response = await app.request('/sync/push', json(validPush));
    expect(response.status).toBe(500);
    const text = await response.text();
    expect(JSON.parse(text)).toEqual({ error: { code: 'internal', message: 'Internal server error' } });
    expect(text).not.toMatch(/secret|internal\.ts|at /);
    expect(logged).toEqual([{ level: 'error', message: 'POST /sync/push failed', error: expect.any(Error) }]);
    // The stub was reached: the valid body got as far as the database.
    expect(queries.length).toBeGreaterThan(0);
  });
});

describe('CORS', () => {
  const app = createApp({ db: { kind: 'pglite' } as never, log: silentLog });
  const preflight = (origin: string) =>
    app.request('/sync/push', {
      method: 'OPTIONS',
      headers: { Origin: origin, 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'content-type' },
    });

  it.each(['app://loket', 'http://127.0.0.1:5180', 'http://localhost:5180'])('allows %s', async (origin) => {
    const response = await preflight(origin);
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe(origin);
    expect(response.headers.get('access-control-allow-methods')).toContain('POST');
  });

  it.each(['https://evil.example', 'http://127.0.0.1.evil.example:80', 'http://localhost.evil.example', 'null', 'http://localhost:5173', 'http://localhost', 'http://127.0.0.1:8080'])(
    'refuses %s',
    async (origin) => {
      const response = await preflight(origin);
      expect(response.headers.get('access-control-allow-origin')).toBeNull();
    },
  );

  it('also marks error responses for an allowed origin, so the renderer can read them', async () => {
    const response = await app.request('/nope', { headers: { Origin: 'app://loket' } });
    expect(response.status).toBe(404);
    expect(response.headers.get('access-control-allow-origin')).toBe('app://loket');
  });

  it('takes its list from the options', async () => {
    const custom = createApp({ db: { kind: 'pglite' } as never, log: silentLog, corsOrigins: ['https://loket.gemeente.example'] });
    const response = await custom.request('/nope', { headers: { Origin: 'https://loket.gemeente.example' } });
    expect(response.headers.get('access-control-allow-origin')).toBe('https://loket.gemeente.example');
    const local = await custom.request('/nope', { headers: { Origin: 'http://localhost:5173' } });
    expect(local.headers.get('access-control-allow-origin')).toBeNull();
  });
});

describe('the role seam', () => {
  // An empty hub: head revision 0, no changes, its identity.
  const answer = (sql: string) =>
    sql.includes('from revision_counter')
      ? [{ value: 0 }]
      : sql.includes('from hub_identity')
        ? [{ hub_id: '0195f2c4-0000-7000-8000-00000000000a', restored_head: 0 }]
        : [];
  const stub = { kind: 'pglite', query: async (sql: string) => ({ rows: answer(sql), rowCount: 0 }) } as never;

  it('without an authenticate function (tests, a loopback development hub) the sync routes are open', async () => {
    const app = createApp({ db: stub, log: silentLog });
    expect((await app.request(`/sync/pull?protocol=${PROTOCOL_VERSION}`)).status).toBe(200);
  });

  it('with one, a request without a principal gets 401 JSON', async () => {
    const app = createApp({ db: stub, log: silentLog, authenticate: async () => null });
    const response = await app.request('/sync/pull');
    expect(response.status).toBe(401);
    expect((await response.json()).error.code).toBe('unauthorized');
    expect((await app.request('/health')).status).not.toBe(401);
  });

  it('a principal outside the route roles gets 403, one inside passes with the principal set', async () => {
    const mini = new Hono<AppEnv>();
    mini.onError((error, c) => (error instanceof HttpError ? c.json({ code: error.code }, error.status) : c.text('?', 500)));
    const as = (role: Role) => async () => ({ userId: 'u1', username: 'anna', role });
    mini.get('/desk-only', requireRole(as('phone'), ['desk']), (c) => c.text('no'));
    mini.get('/coordinators', requireRole(as('coordinator'), ['coordinator', 'admin']), (c) => c.text(c.get('principal')!.username));
    expect((await mini.request('/desk-only')).status).toBe(403);
    expect(await (await mini.request('/coordinators')).text()).toBe('anna');
  });
});
