import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeJwt } from 'jose';
import { newId } from '../../../shared/ids';
import { PROTOCOL_VERSION } from '../../../shared/sync/mutation';
import { createApp } from '../app';
import { migrate } from '../db/migrate';
import type { Role } from '../http/auth';
import type { Log } from '../log';
import { backends, type TestDb } from '../testing/backends';
import { createHubAuth, type HubAuth } from './index';
import { sha256, TokenSigner } from './tokens';

const PASSWORD: Record<Role, string> = {
  desk: 'balie-wachtwoord-1',
  phone: 'telefoon-wachtwoord-1',
  coordinator: 'coordinator-wachtwoord-1',
  admin: 'beheer-wachtwoord-1',
};
const USER: Record<Role, string> = { desk: 'bram', phone: 'tess', coordinator: 'cor', admin: 'bea' };
const ROLE_LIST: Role[] = ['desk', 'phone', 'coordinator', 'admin'];
const ALL = ROLE_LIST;
const COORD: Role[] = ['coordinator', 'admin'];
const ADMIN: Role[] = ['admin'];

/**
 * The route × role matrix, written out by hand from docs/decisions/071-roles.md (not derived from
 * the code under test). `allowed` answers `ok` to each allowed role; every other role gets 403.
 * A test below checks that this table names every route of the OpenAPI document.
 */
interface Cell {
  method: 'GET' | 'POST';
  path: string;
  /** Public routes: undefined (no token needed; token kind does not matter). */
  allowed?: Role[];
  /** The status an allowed (or, for public routes, any) caller gets for this request. */
  ok: number;
  body?: unknown;
  /** Ends the session it is called with: give it a session of its own. */
  ownSession?: boolean;
}
const someId = '0190a0b0-0000-7000-8000-000000000001';
const MATRIX: Cell[] = [
  { method: 'GET', path: '/health', ok: 200 },
  { method: 'GET', path: '/openapi.json', ok: 200 },
  { method: 'POST', path: '/auth/sign-in', ok: 400, body: {} },
  { method: 'POST', path: '/auth/refresh', ok: 401, body: { refreshToken: 'not-a-token' } },
  { method: 'POST', path: '/auth/sign-out', allowed: ALL, ok: 204, ownSession: true },
  { method: 'GET', path: '/auth/me', allowed: ALL, ok: 200 },
  { method: 'POST', path: '/auth/password', allowed: ALL, ok: 400, body: {} },
  { method: 'GET', path: `/sync/pull?since=0&protocol=${PROTOCOL_VERSION}`, allowed: ALL, ok: 200 },
  { method: 'GET', path: `/sync/audit?since=0&protocol=${PROTOCOL_VERSION}`, allowed: ALL, ok: 200 },
  { method: 'POST', path: '/sync/push', allowed: ALL, ok: 400, body: {} },
  { method: 'POST', path: '/workstations', allowed: ALL, ok: 400, body: {} },
  { method: 'GET', path: '/workstations', allowed: COORD, ok: 200 },
  { method: 'POST', path: `/workstations/${someId}/approve`, allowed: COORD, ok: 404 },
  { method: 'POST', path: `/workstations/${someId}/disable`, allowed: COORD, ok: 404 },
  { method: 'GET', path: '/conflicts', allowed: COORD, ok: 200 },
  { method: 'GET', path: '/centre/settings', allowed: ALL, ok: 200 },
  { method: 'POST', path: '/centre/settings', allowed: COORD, ok: 400, body: {} },
  { method: 'GET', path: '/guide', allowed: ALL, ok: 200 },
  { method: 'POST', path: '/guide', allowed: COORD, ok: 400, body: {} },
  { method: 'GET', path: '/centre/conflicts', allowed: COORD, ok: 200 },
  { method: 'POST', path: `/centre/conflicts/${someId}/resolve`, allowed: COORD, ok: 404, body: { choice: 'hub' } },
  { method: 'POST', path: '/catalogue/imports?format=csv', allowed: COORD, ok: 400 },
  { method: 'GET', path: `/catalogue/imports/${someId}`, allowed: COORD, ok: 404 },
  { method: 'POST', path: `/catalogue/imports/${someId}/cancel`, allowed: COORD, ok: 404 },
  { method: 'GET', path: '/answers?since=0', allowed: ALL, ok: 200 },
  { method: 'POST', path: '/answers', allowed: COORD, ok: 400, body: {} },
  { method: 'POST', path: `/answers/${someId}`, allowed: COORD, ok: 400, body: {} },
  { method: 'POST', path: `/answers/${someId}/retire`, allowed: COORD, ok: 400, body: {} },
  { method: 'GET', path: `/answers/${someId}/history`, allowed: ALL, ok: 404 },
  { method: 'GET', path: '/admin/users', allowed: ADMIN, ok: 200 },
  { method: 'POST', path: '/admin/users', allowed: ADMIN, ok: 400, body: {} },
  { method: 'POST', path: `/admin/users/${someId}/disable`, allowed: ADMIN, ok: 404 },
  { method: 'POST', path: `/admin/users/${someId}/enable`, allowed: ADMIN, ok: 404 },
  { method: 'POST', path: `/admin/users/${someId}/reset-password`, allowed: ADMIN, ok: 400, body: {} },
  { method: 'POST', path: `/admin/users/${someId}/end-sessions`, allowed: ADMIN, ok: 404 },
];

interface Session {
  accessToken: string;
  refreshToken: string;
  user: { id: string };
}

describe.each(backends)('staff sign-in on $name', (backend) => {
  let test: TestDb;
  let auth: HubAuth;
  let app: ReturnType<typeof createApp>;
  let clock = Date.now();
  const logged: string[] = [];
  const log: Log = (level, message) => logged.push(`${level}: ${message}`);
  const signer = new TokenSigner();
  const ids = {} as Record<Role, string>;

  beforeAll(async () => {
    test = await backend.open();
    await migrate(test.db);
    auth = createHubAuth({ db: test.db, log, signer, addressLimit: 10_000, now: () => clock });
    app = createApp({ db: test.db, log, auth });
    for (const role of ROLE_LIST) {
      ids[role] = (await auth.service.createUser({ username: USER[role], displayName: USER[role], role, password: PASSWORD[role] })).id;
    }
  });
  afterAll(() => test.dispose());

  const call = (method: string, path: string, token?: string, body?: unknown) =>
    app.request(path, {
      method,
      headers: { ...(token ? { Authorization: `Bearer ${token}` } : {}), ...(body !== undefined ? { 'Content-Type': 'application/json' } : {}) },
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    });
  async function signIn(username: string, password: string, extra: Record<string, unknown> = {}): Promise<Session> {
    const response = await call('POST', '/auth/sign-in', undefined, { username, password, ...extra });
    expect(response.status, await response.clone().text()).toBe(200);
    return response.json();
  }
  const signInAs = (role: Role) => signIn(USER[role], PASSWORD[role]);

  describe('the route × role matrix', () => {
    const sessions = {} as Record<Role, Session>;
    beforeAll(async () => {
      for (const role of ROLE_LIST) sessions[role] = await signInAs(role);
    });

    it('names every route of the API document', async () => {
      const doc = (await (await call('GET', '/openapi.json')).json()) as { paths: Record<string, Record<string, unknown>> };
      const documented = Object.entries(doc.paths)
        .flatMap(([path, methods]) => Object.keys(methods).map((method) => `${method.toUpperCase()} ${path}`))
        .sort();
      const inMatrix = MATRIX.map((cell) => `${cell.method} ${cell.path.split('?')[0]!.replace(someId, '{id}')}`).sort();
      expect(inMatrix).toEqual(documented);
    });

    for (const cell of MATRIX) {
      it(`${cell.method} ${cell.path}`, async () => {
        const expired = await signer.issue({ userId: ids.admin, sessionId: (decodeJwt(sessions.admin.accessToken).sid as string) }, 60, clock - 3_600_000);
        const [head, payload, signature] = sessions.admin.accessToken.split('.');
        // Claims changed to another user, signature kept: must not verify.
        const forged = JSON.parse(Buffer.from(payload!, 'base64url').toString()) as Record<string, unknown>;
        forged.sub = ids.desk;
        const tampered = `${head}.${Buffer.from(JSON.stringify(forged)).toString('base64url')}.${signature}`;
        const otherKey = await new TokenSigner().issue({ userId: ids.admin, sessionId: decodeJwt(sessions.admin.accessToken).sid as string });
        const revokedSession = await signInAs('admin');
        expect((await call('POST', '/auth/sign-out', revokedSession.accessToken)).status).toBe(204);

        const statuses: Record<string, number> = {};
        for (const role of ROLE_LIST) {
          const token = cell.ownSession ? (await signInAs(role)).accessToken : sessions[role].accessToken;
          statuses[role] = (await call(cell.method, cell.path, token, cell.body)).status;
        }
        for (const [kind, token] of Object.entries({ none: undefined, expired, tampered, otherKey, revoked: revokedSession.accessToken })) {
          statuses[kind] = (await call(cell.method, cell.path, token, cell.body)).status;
        }

        const expected: Record<string, number> = {};
        for (const role of ROLE_LIST) expected[role] = !cell.allowed || cell.allowed.includes(role) ? cell.ok : 403;
        for (const kind of ['none', 'expired', 'tampered', 'otherKey', 'revoked']) expected[kind] = cell.allowed ? 401 : cell.ok;
        expect(statuses).toEqual(expected);
      });
    }
  });

  describe('tokens', () => {
    it('gives an access token of at most 15 minutes and stores the refresh token only hashed', async () => {
      const session = await signInAs('desk');
      const claims = decodeJwt(session.accessToken);
      expect(claims.exp! - claims.iat!).toBeLessThanOrEqual(15 * 60);
      const { rows } = await test.db.query<{ token_hash: string }>('select token_hash from refresh_tokens where session_id = $1', [claims.sid]);
      expect(rows).toEqual([{ token_hash: sha256(session.refreshToken) }]);
      expect(rows[0]!.token_hash).not.toContain(session.refreshToken);
    });

    it('rotates the refresh token on every use; reusing a rotated one ends the whole session', async () => {
      const first = await signInAs('phone');
      const second = (await (await call('POST', '/auth/refresh', undefined, { refreshToken: first.refreshToken })).json()) as Session;
      expect(second.refreshToken).not.toBe(first.refreshToken);
      const third = (await (await call('POST', '/auth/refresh', undefined, { refreshToken: second.refreshToken })).json()) as Session;
      expect((await call('GET', '/auth/me', third.accessToken)).status).toBe(200);

      // Someone replays the first, already rotated token: refused, and the live chain dies with it.
      expect((await call('POST', '/auth/refresh', undefined, { refreshToken: first.refreshToken })).status).toBe(401);
      expect((await call('GET', '/auth/me', third.accessToken)).status).toBe(401);
      expect((await call('POST', '/auth/refresh', undefined, { refreshToken: third.refreshToken })).status).toBe(401);
      expect(logged.some((line) => line.startsWith('warn: a rotated refresh token was presented again'))).toBe(true);
    });

    it('signs out: the access and refresh token stop working', async () => {
      const session = await signInAs('desk');
      expect((await call('POST', '/auth/sign-out', session.accessToken)).status).toBe(204);
      expect((await call('GET', '/auth/me', session.accessToken)).status).toBe(401);
      expect((await call('POST', '/auth/refresh', undefined, { refreshToken: session.refreshToken })).status).toBe(401);
    });
  });

  describe('guessing passwords', () => {
    it('slows an account down after five failures in a row, with a growing delay, and logs it', async () => {
      await auth.service.createUser({ username: 'guess', displayName: 'G', role: 'desk', password: 'correct-horse-1' });
      for (let i = 0; i < 5; i++) expect((await call('POST', '/auth/sign-in', undefined, { username: 'guess', password: `wrong-${i}` })).status).toBe(401);
      expect(logged).toContain('warn: sign-in: 5 failed attempts in a row for account guess; slowing it down');
      // Even the right password waits now.
      const slowed = await call('POST', '/auth/sign-in', undefined, { username: 'guess', password: 'correct-horse-1' });
      expect(slowed.status).toBe(429);
      expect((await slowed.json()).error.code).toBe('account-slowed-down');
      clock += 1_001;
      expect((await call('POST', '/auth/sign-in', undefined, { username: 'guess', password: 'wrong-5' })).status).toBe(401);
      // The sixth failure doubles the wait: 1 s is not enough any more, 2 s is.
      clock += 1_001;
      expect((await call('POST', '/auth/sign-in', undefined, { username: 'guess', password: 'correct-horse-1' })).status).toBe(429);
      clock += 1_000;
      expect((await call('POST', '/auth/sign-in', undefined, { username: 'guess', password: 'correct-horse-1' })).status).toBe(200);
      // A success resets the count.
      expect((await call('POST', '/auth/sign-in', undefined, { username: 'guess', password: 'wrong-again' })).status).toBe(401);
      expect((await call('POST', '/auth/sign-in', undefined, { username: 'guess', password: 'correct-horse-1' })).status).toBe(200);
    });

    it('limits sign-in attempts per address, whichever accounts they name', async () => {
      const limited = createApp({ db: test.db, log, auth: createHubAuth({ db: test.db, log, addressLimit: 3 }) });
      const attempt = (username: string) =>
        limited.request('/auth/sign-in', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ username, password: 'x' }) });
      expect([(await attempt('a')).status, (await attempt('b')).status, (await attempt('c')).status, (await attempt('d')).status]).toEqual([401, 401, 401, 429]);
    });
  });

  describe('account administration', () => {
    it('creates an account that must choose its own password before anything else', async () => {
      const admin = await signInAs('admin');
      const created = await call('POST', '/admin/users', admin.accessToken, { username: 'nieuw', displayName: 'Nina Nieuw', role: 'phone', password: 'tijdelijk-123' });
      expect(created.status).toBe(201);
      const nina = await signIn('nieuw', 'tijdelijk-123');
      const refused = await call('GET', `/sync/pull?protocol=${PROTOCOL_VERSION}`, nina.accessToken);
      expect(refused.status).toBe(403);
      expect((await refused.json()).error.code).toBe('password-change-required');
      expect((await call('POST', '/auth/password', nina.accessToken, { currentPassword: 'tijdelijk-123', newPassword: 'mijn-eigen-wachtwoord' })).status).toBe(204);
      expect((await call('GET', `/sync/pull?protocol=${PROTOCOL_VERSION}`, nina.accessToken)).status).toBe(200);
      expect((await call('POST', '/admin/users', admin.accessToken, { username: 'nieuw', displayName: 'x', role: 'desk', password: 'tijdelijk-123' })).status).toBe(409);
    });

    it('disables (ending sessions) and re-enables an account; resets a password; ends sessions', async () => {
      const admin = await signInAs('admin');
      const user = (await (await call('POST', '/admin/users', admin.accessToken, { username: 'wim', displayName: 'Wim', role: 'desk', password: 'tijdelijk-456' })).json()) as { id: string };
      await auth.service.changePassword({ userId: user.id, username: 'wim', role: 'desk' }, 'tijdelijk-456', 'wims-wachtwoord');
      const wim = await signIn('wim', 'wims-wachtwoord');

      expect((await call('POST', `/admin/users/${user.id}/disable`, admin.accessToken)).status).toBe(200);
      expect((await call('GET', '/auth/me', wim.accessToken)).status).toBe(401);
      expect((await call('POST', '/auth/sign-in', undefined, { username: 'wim', password: 'wims-wachtwoord' })).status).toBe(403);
      expect((await call('POST', `/admin/users/${user.id}/enable`, admin.accessToken)).status).toBe(200);
      const again = await signIn('wim', 'wims-wachtwoord');

      expect((await call('POST', `/admin/users/${user.id}/reset-password`, admin.accessToken, { password: 'reset-wachtwoord-1' })).status).toBe(200);
      expect((await call('GET', '/auth/me', again.accessToken)).status).toBe(401);
      expect((await call('POST', '/auth/sign-in', undefined, { username: 'wim', password: 'wims-wachtwoord' })).status).toBe(401);
      const afterReset = await signIn('wim', 'reset-wachtwoord-1');
      expect((await call('GET', `/sync/pull?protocol=${PROTOCOL_VERSION}`, afterReset.accessToken)).status).toBe(403);

      const ended = await call('POST', `/admin/users/${user.id}/end-sessions`, admin.accessToken);
      expect(await ended.json()).toEqual({ ended: 1 });
      expect((await call('GET', '/auth/me', afterReset.accessToken)).status).toBe(401);
      expect((await call('POST', '/auth/refresh', undefined, { refreshToken: afterReset.refreshToken })).status).toBe(401);
    });
  });

  describe('workstations', () => {
    const pushBody = (clientId: string, caseId: string, audit = true) => ({
      clientId,
      protocol: PROTOCOL_VERSION,
      schemaVersion: 2,
      mutations: [{ mutationId: newId(), seq: 1, entity: 'cases', id: caseId, op: 'create', baseRev: 0, patch: { status: 'open', topic: 'Paspoort' }, at: new Date().toISOString() }],
      ...(audit ? { audit: [{ id: newId(), at: new Date().toISOString(), actor: 'iemand-anders', action: 'case.created', entity: 'cases', recordId: caseId, fields: ['status'] }] } : {}),
    });

    it('binds a clientId to one registration: pending until approved, then records name the staff member and workstation', async () => {
      const desk = await signInAs('desk');
      const clientId = newId();
      const caseId = newId();
      expect((await call('POST', '/sync/push', desk.accessToken, pushBody(clientId, caseId))).status).toBe(403);

      const registered = await call('POST', '/workstations', desk.accessToken, { clientId, name: 'Balie 1' });
      expect(registered.status).toBe(201);
      const station = (await registered.json()) as { id: string; stationCode: string; status: string; secret: string };
      expect(station.status).toBe('pending');
      const pending = await call('POST', '/sync/push', desk.accessToken, pushBody(clientId, caseId));
      expect(pending.status).toBe(403);
      expect((await pending.json()).error.code).toBe('workstation-pending');

      const coordinator = await signInAs('coordinator');
      expect((await call('POST', `/workstations/${station.id}/approve`, coordinator.accessToken)).status).toBe(200);
      expect((await call('POST', '/sync/push', desk.accessToken, pushBody(clientId, caseId))).status).toBe(200);

      const { rows: records } = await test.db.query<{ updated_by: string }>('select updated_by from cases where id = $1', [caseId]);
      expect(records).toEqual([{ updated_by: `bram@${station.stationCode}` }]);
      const { rows: audit } = await test.db.query<{ actor: string; workstation: string }>('select actor, workstation from audit where record_id = $1', [caseId]);
      expect(audit).toEqual([{ actor: `bram@${station.stationCode}`, workstation: station.stationCode }]);

      // A later sign-in on this desk proves it with the secret and is bound again.
      const later = await signIn('bram', PASSWORD.desk, { workstationSecret: station.secret });
      expect((await call('POST', '/sync/push', later.accessToken, { ...pushBody(clientId, newId(), false), mutations: [] })).status).toBe(200);
      // Without the secret, the same user's new session is not this workstation.
      const elsewhere = await signInAs('desk');
      expect((await call('POST', '/sync/push', elsewhere.accessToken, { ...pushBody(clientId, newId(), false), mutations: [] })).status).toBe(403);
    });

    it('refuses a second workstation that claims the first one’s clientId', async () => {
      const coordinator = await signInAs('coordinator');
      const clientId = newId();
      const first = await call('POST', '/workstations', coordinator.accessToken, { clientId, name: 'Balie 2' });
      expect(first.status).toBe(201);
      expect(((await first.json()) as { status: string }).status).toBe('approved');

      const intruder = await signInAs('admin');
      const claim = await call('POST', '/workstations', intruder.accessToken, { clientId, name: 'Kopie' });
      expect(claim.status).toBe(409);
      const own = (await (await call('POST', '/workstations', intruder.accessToken, { clientId: newId(), name: 'Balie 3' })).json()) as { stationCode: string };
      const foreign = await call('POST', '/sync/push', intruder.accessToken, pushBody(clientId, newId()));
      expect(foreign.status).toBe(403);
      expect((await foreign.json()).error.code).toBe('client-id-mismatch');
      expect(own.stationCode).toMatch(/^[0-9A-Z]{3}$/);
    });

    it('hands out a different station code to every registration, also for the same desk after a reinstall', async () => {
      const admin = await signInAs('admin');
      const codes = new Set<string>();
      for (let i = 0; i < 12; i++) {
        const response = await call('POST', '/workstations', admin.accessToken, { clientId: newId(), name: `Balie ${i}` });
        codes.add(((await response.json()) as { stationCode: string }).stationCode);
      }
      expect(codes.size).toBe(12);
      const { rows: dup } = await test.db.query('select station_code from workstations group by station_code having count(*) > 1');
      expect(dup).toEqual([]);
    });
  });
});
