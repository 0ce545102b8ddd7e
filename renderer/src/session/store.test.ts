import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SecureStore } from '../../../shared/host';
import { createSessionStore, MAX_PIN_FAILURES, SessionError, type SessionStore } from './store';

const HUB = 'http://hub.test';
const USER = { id: '0190a0b0-0000-7000-8000-0000000000aa', username: 'bram', displayName: 'Bram Balie', role: 'desk' as const };
const PASSWORD = 'balie-wachtwoord-1';
const TESS = { id: '0190a0b0-0000-7000-8000-0000000000bb', username: 'tess', displayName: 'Tess Telefoon', role: 'phone' as const };
const TESS_PASSWORD = 'telefoon-wachtwoord-1';

/** A hub that knows one account, rotates refresh tokens and can end the session or go offline. */
function fakeHub() {
  const hub = { online: true, revoked: false, issued: 0, calls: [] as string[], validAccess: new Set<string>(), refresh: '' };
  const tokens = (user: typeof USER | typeof TESS = USER) => {
    hub.issued++;
    const access = `access-${hub.issued}`;
    hub.validAccess.add(access);
    hub.refresh = `refresh-${hub.issued}`;
    return { accessToken: access, accessTokenExpiresIn: 900, refreshToken: hub.refresh, user: { ...user, mustChangePassword: false }, workstation: null };
  };
  const json = (status: number, body: unknown) => new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
  const fetch = async (url: string, init?: RequestInit): Promise<Response> => {
    const path = url.replace(HUB, '');
    hub.calls.push(`${init?.method ?? 'GET'} ${path}`);
    if (!hub.online) throw new TypeError('Failed to fetch');
    const body = init?.body ? (JSON.parse(init.body as string) as Record<string, string>) : {};
    const bearer = (init?.headers as Record<string, string> | undefined)?.Authorization?.replace('Bearer ', '');
    if (path === '/auth/sign-in') {
      if (body.username === 'bram' && body.password === PASSWORD) return json(200, tokens(USER));
      if (body.username === 'tess' && body.password === TESS_PASSWORD) return json(200, tokens(TESS));
      return json(401, { error: { code: 'invalid-credentials' } });
    }
    if (path === '/auth/refresh') return !hub.revoked && body.refreshToken === hub.refresh ? json(200, tokens()) : json(401, { error: { code: 'invalid-refresh-token' } });
    if (path === '/workstations') return json(201, { id: 'w1', stationCode: 'K7Q', status: 'approved', secret: 'station-secret' });
    if (path === '/auth/sign-out') return new Response(null, { status: 204 });
    if (!bearer || hub.revoked || !hub.validAccess.has(bearer)) return json(401, { error: { code: 'unauthorized' } });
    return json(200, { ok: true });
  };
  return { hub, fetch };
}

function memorySecureStore(): SecureStore & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return {
    data,
    set: async (key, value) => void data.set(key, value),
    get: async (key) => data.get(key) ?? null,
    delete: async (key) => void data.delete(key),
    isEncrypted: async () => true,
  };
}

let secure: ReturnType<typeof memorySecureStore>;
let fake: ReturnType<typeof fakeHub>;
let adopted: string[];
let hash: string;

function makeStore(): SessionStore {
  return createSessionStore({
    hubUrl: async () => HUB,
    secureStore: secure,
    storage: localStorage,
    fetch: fake.fetch,
    clientId: async () => '0190a0b0-0000-7000-8000-0000000000cc',
    adoptStationCode: async (code) => void adopted.push(code),
    workstationName: async () => 'Balie 1',
    route: { read: () => hash, write: (next) => void (hash = next) },
  });
}

beforeEach(() => {
  localStorage.clear();
  secure = memorySecureStore();
  fake = fakeHub();
  adopted = [];
  hash = '#/contact';
});
afterEach(() => localStorage.clear());

async function signedIn(pin?: string): Promise<SessionStore> {
  const store = makeStore();
  await store.init();
  await store.signIn({ username: 'bram', password: PASSWORD, ...(pin ? { pin } : {}) });
  await store.settled();
  return store;
}

// Every verifier costs 600,000 PBKDF2 rounds; on a loaded machine that adds up.
describe('the desk session', { timeout: 30_000 }, () => {
  it('starts signed out with a hub, and without sign-in when no hub is configured', async () => {
    const store = makeStore();
    await store.init();
    expect(store.get()).toEqual({ status: 'signed-out' });
    const local = createSessionStore({
      hubUrl: async () => undefined,
      secureStore: secure,
      storage: localStorage,
      fetch: fake.fetch,
      clientId: async () => 'unused',
      adoptStationCode: async () => undefined,
      workstationName: async () => 'unused',
    });
    await local.init();
    expect(local.get()).toEqual({ status: 'no-hub' });
  });

  it('signs in online: refresh token in secure storage only, a slow salted verifier instead of the password, workstation registered', async () => {
    const store = await signedIn('24680');
    expect(store.get()).toEqual({ status: 'active', user: USER });
    expect(secure.data.get(`hub.refreshToken.${USER.id}`)).toBe('refresh-1');
    expect(secure.data.get('hub.workstationSecret')).toBe('station-secret');
    expect(adopted).toEqual(['K7Q']);
    const everything = JSON.stringify({ ...localStorage });
    expect(everything).not.toContain(PASSWORD);
    expect(everything).not.toContain('24680');
    expect(everything).not.toContain('refresh-1');
    expect(everything).not.toContain('access-1');
    const profile = JSON.parse(localStorage.getItem('loket.session.profiles')!)[USER.id];
    expect(profile.password).toMatchObject({ algorithm: 'PBKDF2-SHA256', iterations: 600_000 });
    expect(profile.pin).toMatchObject({ algorithm: 'PBKDF2-SHA256', iterations: 600_000 });
  });

  it('explains a wrong password and refuses a malformed PIN before asking the hub', async () => {
    const store = makeStore();
    await store.init();
    await expect(store.signIn({ username: 'bram', password: 'fout' })).rejects.toEqual(new SessionError('invalid-credentials'));
    await expect(store.signIn({ username: 'bram', password: PASSWORD, pin: '12' })).rejects.toEqual(new SessionError('invalid-pin'));
    expect(fake.hub.calls).toEqual(['POST /auth/sign-in']);
  });

  it('survives a restart, locked or not', async () => {
    const first = await signedIn();
    first.lock();
    const restarted = makeStore();
    await restarted.init();
    expect(restarted.get()).toEqual({ status: 'locked', user: USER });
  });

  it('after one online sign-in, signs in and unlocks offline against the local verifiers', async () => {
    const first = await signedIn('24680');
    await first.signOut();
    fake.hub.online = false;
    const store = makeStore();
    await store.init();
    await expect(store.signIn({ username: 'bram', password: 'fout' })).rejects.toEqual(new SessionError('invalid-credentials'));
    await store.signIn({ username: 'Bram', password: PASSWORD });
    expect(store.get()).toMatchObject({ status: 'active', user: USER });
    store.lock();
    expect(await store.unlock('13579')).toBe(false);
    expect(await store.unlock('24680')).toBe(true);
    await expect(makeStore().signIn({ username: 'tess', password: 'whatever-1' })).rejects.toEqual(new SessionError('offline-unknown'));
  });

  it('stops accepting the PIN after five wrong ones; the password still unlocks', async () => {
    const store = await signedIn('24680');
    store.lock();
    for (let i = 0; i < MAX_PIN_FAILURES; i++) expect(await store.unlock('99999')).toBe(false);
    expect(await store.unlock('24680')).toBe(false);
    expect(store.get().status).toBe('locked');
    expect(await store.unlock(PASSWORD)).toBe(true);
  }, 30_000);

  it('adds the access token to sync requests and refreshes it (rotating the stored refresh token) when the hub says 401', async () => {
    const store = await signedIn();
    const first = await store.authFetch(`${HUB}/sync/pull`);
    expect(first.status).toBe(200);
    fake.hub.validAccess.clear(); // the access token expired
    const second = await store.authFetch(`${HUB}/sync/pull`);
    expect(second.status).toBe(200);
    expect(secure.data.get(`hub.refreshToken.${USER.id}`)).toBe('refresh-2');
    expect(fake.hub.calls.filter((call) => call.includes('/auth/refresh'))).toHaveLength(1);
  });

  it('on a desk that refuses to store secrets (no keyring): signs in anyway, says so, keeps the token for this run only', async () => {
    secure.set = async () => {
      throw new Error('secureStore.set: refused: this computer offers no OS encryption for secrets (no keyring)');
    };
    const store = await signedIn();
    expect(store.get()).toEqual({ status: 'active', user: USER, secretsNotKept: true });
    expect(secure.data.size).toBe(0);
    // The token kept in memory still refreshes access within this run.
    fake.hub.validAccess.clear();
    expect((await store.authFetch(`${HUB}/sync/pull`)).status).toBe(200);
    store.lock();
    expect(store.get()).toMatchObject({ status: 'locked', secretsNotKept: true });
    // After a restart nothing was kept: the staff member signs in again.
    const restarted = makeStore();
    await restarted.init();
    expect(restarted.get()).toEqual({ status: 'signed-out' });
  });

  it('signs out when the hub has ended the session, at the next sync', async () => {
    const store = await signedIn();
    fake.hub.revoked = true;
    const response = await store.authFetch(`${HUB}/sync/pull`);
    expect(response.status).toBe(401);
    expect(store.get()).toEqual({ status: 'signed-out', reason: 'revoked' });
    expect(secure.data.has(`hub.refreshToken.${USER.id}`)).toBe(false);
  });

  it('switching user keeps the first one’s place: the next user starts at the start screen, the first returns to theirs', async () => {
    const store = await signedIn();
    hash = '#/cases/0190a0b0-0000-7000-8000-0000000000dd';
    store.lock();
    store.switchUser();
    expect(store.get()).toEqual({ status: 'signed-out', reason: 'switch-user', previous: USER });
    await store.signIn({ username: 'tess', password: TESS_PASSWORD });
    expect(store.get()).toMatchObject({ status: 'active', user: TESS });
    expect(hash).toBe('#/contact');
    hash = '#/woo';
    store.lock();
    expect(await store.unlock(TESS_PASSWORD)).toBe(true);
    // Unlocking by the same user moves nothing.
    expect(hash).toBe('#/woo');
    store.lock();
    store.switchUser();
    await store.signIn({ username: 'bram', password: PASSWORD });
    expect(hash).toBe('#/cases/0190a0b0-0000-7000-8000-0000000000dd');
  });
});
