import type { SecureStore } from '../../../shared/host';
import { withVolatileFallback } from './volatileSecrets';
import { hubCall, HubRefusal, HubUnreachable, registrationSchema, tokensSchema, type Fetch, type StaffUser, type Tokens } from './hubApi';
import { isRole } from './roles';
import { checkVerifier, createVerifier, PIN_PATTERN, type Verifier } from './verifier';

/**
 * Who works at this desk right now (docs/decisions/070-staff-sign-in.md).
 *
 * - Signed in once online, a staff member has a profile on this desk: their user record and slow
 *   salted verifiers of their password and (optional) PIN – never the secrets themselves. With it
 *   they can sign in and unlock offline.
 * - The hub's refresh token lives in the host's secure storage (Electron: safeStorage); the
 *   access token only in memory.
 * - The current user and whether the desk is locked survive a restart.
 */
export type SessionState =
  | { status: 'loading' }
  /** No hub configured (local-only development): nobody to sign in with. */
  | { status: 'no-hub' }
  | { status: 'signed-out'; reason?: 'revoked' | 'signed-out' | 'switch-user'; previous?: StaffUser }
  | { status: 'active'; user: StaffUser; workstationProblem?: string; secretsNotKept?: true }
  | { status: 'locked'; user: StaffUser; workstationProblem?: string; secretsNotKept?: true };

interface Profile {
  user: StaffUser;
  password: Verifier;
  pin?: Verifier;
  /** Wrong PINs in a row; from MAX_PIN_FAILURES on, only the password unlocks. */
  pinFailures: number;
}

export const MAX_PIN_FAILURES = 5;
const PROFILES_KEY = 'loket.session.profiles';
const CURRENT_KEY = 'loket.session.current';
const WORKSTATION_SECRET = 'hub.workstationSecret';
const refreshKey = (userId: string) => `hub.refreshToken.${userId}`;

export type SignInOutcome = { status: 'signed-in' } | { status: 'must-change-password'; user: StaffUser };

export type SignInError =
  | 'invalid-credentials'
  | 'account-disabled'
  | 'slowed-down'
  | 'offline-unknown'
  | 'unreachable'
  | 'invalid-pin'
  | 'weak-password'
  | 'wrong-password'
  | 'failed';

export class SessionError extends Error {
  constructor(readonly code: SignInError) {
    super(code);
    this.name = 'SessionError';
  }
}

export interface SessionDeps {
  hubUrl: () => Promise<string | undefined>;
  secureStore: SecureStore;
  storage: Storage;
  fetch: Fetch;
  clientId: () => Promise<string>;
  /** Adopts the station code the hub assigned to this desk. */
  adoptStationCode: (code: string) => Promise<void>;
  workstationName: () => Promise<string>;
  /** Where the workspace is (the URL hash): each staff member comes back to their own place. */
  route?: { read(): string; write(hash: string): void };
  now?: () => number;
}

export interface SessionStore {
  get(): SessionState;
  subscribe(listener: () => void): () => void;
  init(): Promise<void>;
  signIn(input: { username: string; password: string; pin?: string }): Promise<SignInOutcome>;
  changePassword(newPassword: string): Promise<void>;
  lock(): void;
  unlock(secret: string): Promise<boolean>;
  switchUser(): void;
  signOut(): Promise<void>;
  /** Resolves once the local verifiers of the last sign-in are stored. */
  settled(): Promise<void>;
  /** fetch for the sync engine: adds the access token, refreshes it, signs out when the hub ended the session. */
  authFetch: Fetch;
}

function readJson<T>(storage: Storage, key: string): T | undefined {
  try {
    const raw = storage.getItem(key);
    return raw === null ? undefined : (JSON.parse(raw) as T);
  } catch {
    return undefined;
  }
}

export function createSessionStore(deps: SessionDeps): SessionStore {
  const now = deps.now ?? Date.now;
  let state: SessionState = { status: 'loading' };
  const listeners = new Set<() => void>();
  let access: { userId: string; token: string; expiresAt: number } | undefined;
  let refreshing: Promise<string | undefined> | undefined;
  /** Between a sign-in that needs a new password and that change: the password just typed and tokens. */
  let pendingChange: { tokens: Tokens; password: string; pin?: string | undefined } | undefined;
  let profileWritten: Promise<void> = Promise.resolve();
  let secretsNotKept = false;
  const secrets = withVolatileFallback(deps.secureStore, () => {
    secretsNotKept = true;
  });

  /** Where each staff member was when someone else took over the desk (this run of the app only). */
  const routes = new Map<string, string>();
  let lastActiveUser: string | undefined;
  const set = (next: SessionState) => {
    if (next.status === 'active' && deps.route && lastActiveUser !== undefined && lastActiveUser !== next.user.id) {
      // Someone else now: never their predecessor's screen (it may show a visitor's case).
      deps.route.write(routes.get(next.user.id) ?? '#/contact');
    }
    if (next.status === 'active' || next.status === 'locked') lastActiveUser = next.user.id;
    state = secretsNotKept && (next.status === 'active' || next.status === 'locked') ? { ...next, secretsNotKept: true } : next;
    for (const listener of listeners) listener();
  };
  const profiles = (): Record<string, Profile> => readJson<Record<string, Profile>>(deps.storage, PROFILES_KEY) ?? {};
  const saveProfile = (profile: Profile) => deps.storage.setItem(PROFILES_KEY, JSON.stringify({ ...profiles(), [profile.user.id]: profile }));
  const setCurrent = (current: { userId: string; locked: boolean } | undefined) => {
    if (current) deps.storage.setItem(CURRENT_KEY, JSON.stringify(current));
    else deps.storage.removeItem(CURRENT_KEY);
  };
  const hub = async () => {
    const url = await deps.hubUrl();
    if (!url) throw new SessionError('unreachable');
    return url.replace(/\/$/, '');
  };

  async function registerWorkstation(url: string, token: string): Promise<string | undefined> {
    try {
      const registration = await hubCall(
        deps.fetch,
        `${url}/workstations`,
        { method: 'POST', token, body: { clientId: await deps.clientId(), name: await deps.workstationName() } },
        registrationSchema,
      );
      await secrets.set(WORKSTATION_SECRET, registration.secret);
      await deps.adoptStationCode(registration.stationCode);
      return registration.status === 'approved' ? undefined : `workstation-${registration.status}`;
    } catch (error) {
      return error instanceof HubRefusal ? error.code : 'workstation-unreachable';
    }
  }

  async function finishSignIn(tokens: Tokens, password: string, pin: string | undefined): Promise<void> {
    const user: StaffUser = { id: tokens.user.id, username: tokens.user.username, displayName: tokens.user.displayName, role: tokens.user.role };
    await secrets.set(refreshKey(user.id), tokens.refreshToken);
    access = { userId: user.id, token: tokens.accessToken, expiresAt: now() + tokens.accessTokenExpiresIn * 1000 };
    const previous = profiles()[user.id];
    // The slow verifiers (~0.3 s each) are made while the workspace already shows; unlocking
    // waits for them (see unlock), so there is no window in which the desk cannot be unlocked.
    profileWritten = (async () => {
      saveProfile({
        user,
        password: await createVerifier(password),
        ...(pin ? { pin: await createVerifier(pin) } : previous?.pin ? { pin: previous.pin } : {}),
        pinFailures: 0,
      });
    })();
    let workstationProblem: string | undefined;
    if (!tokens.workstation) workstationProblem = await registerWorkstation(await hub(), tokens.accessToken);
    else if (tokens.workstation.status !== 'approved') workstationProblem = `workstation-${tokens.workstation.status}`;
    else await deps.adoptStationCode(tokens.workstation.stationCode);
    setCurrent({ userId: user.id, locked: false });
    set({ status: 'active', user, ...(workstationProblem ? { workstationProblem } : {}) });
  }

  async function signInOffline(username: string, password: string): Promise<SignInOutcome> {
    const profile = Object.values(profiles()).find((candidate) => candidate.user.username === username.trim().toLowerCase());
    if (!profile) throw new SessionError('offline-unknown');
    if (!(await checkVerifier(profile.password, password))) throw new SessionError('invalid-credentials');
    access = undefined;
    setCurrent({ userId: profile.user.id, locked: false });
    set({ status: 'active', user: profile.user });
    return { status: 'signed-in' };
  }

  /** Ends the session on this desk (the hub already did, or the user asked). Profiles stay: offline sign-in keeps working. */
  async function endLocally(reason: 'revoked' | 'signed-out'): Promise<void> {
    const userId = state.status === 'active' || state.status === 'locked' ? state.user.id : undefined;
    if (userId) await secrets.delete(refreshKey(userId));
    access = undefined;
    setCurrent(undefined);
    set({ status: 'signed-out', reason });
  }

  async function refreshAccess(userId: string): Promise<string | undefined> {
    refreshing ??= (async () => {
      const refreshToken = await secrets.get(refreshKey(userId));
      if (!refreshToken) return undefined;
      try {
        const tokens = await hubCall(deps.fetch, `${await hub()}/auth/refresh`, { method: 'POST', body: { refreshToken } }, tokensSchema);
        // Stored before anything else: the old token no longer works.
        await secrets.set(refreshKey(userId), tokens.refreshToken);
        access = { userId, token: tokens.accessToken, expiresAt: now() + tokens.accessTokenExpiresIn * 1000 };
        return tokens.accessToken;
      } catch (error) {
        if (error instanceof HubRefusal && error.status === 401) {
          // The hub ended this session (signed out elsewhere, disabled, revoked by an admin).
          await endLocally('revoked');
          return undefined;
        }
        throw error;
      }
    })().finally(() => {
      refreshing = undefined;
    });
    return refreshing;
  }

  const currentUser = () => (state.status === 'active' || state.status === 'locked' ? state.user : undefined);

  const store: SessionStore = {
    get: () => state,
    settled: () => profileWritten,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },

    async init() {
      if (!(await deps.hubUrl())) {
        set({ status: 'no-hub' });
        return;
      }
      const current = readJson<{ userId?: unknown; locked?: unknown }>(deps.storage, CURRENT_KEY);
      const profile = typeof current?.userId === 'string' ? profiles()[current.userId] : undefined;
      if (profile && isRole(profile.user.role) && (await secrets.get(refreshKey(profile.user.id)))) {
        set({ status: current?.locked === true ? 'locked' : 'active', user: profile.user });
      } else {
        set({ status: 'signed-out' });
      }
    },

    async signIn({ username, password, pin }) {
      if (pin && !PIN_PATTERN.test(pin)) throw new SessionError('invalid-pin');
      const url = await hub();
      let tokens: Tokens;
      try {
        const workstationSecret = (await secrets.get(WORKSTATION_SECRET)) ?? undefined;
        tokens = await hubCall(
          deps.fetch,
          `${url}/auth/sign-in`,
          { method: 'POST', body: { username, password, ...(workstationSecret ? { workstationSecret } : {}) } },
          tokensSchema,
        );
      } catch (error) {
        if (error instanceof HubUnreachable) return signInOffline(username, password);
        if (error instanceof HubRefusal) {
          if (error.code === 'invalid-credentials') throw new SessionError('invalid-credentials');
          if (error.code === 'account-disabled') throw new SessionError('account-disabled');
          if (error.status === 429) throw new SessionError('slowed-down');
        }
        throw new SessionError('failed');
      }
      if (tokens.user.mustChangePassword) {
        pendingChange = { tokens, password, pin };
        return { status: 'must-change-password', user: tokens.user };
      }
      await finishSignIn(tokens, password, pin);
      return { status: 'signed-in' };
    },

    async changePassword(newPassword) {
      if (!pendingChange) throw new SessionError('failed');
      const { tokens, password, pin } = pendingChange;
      try {
        await hubCall(deps.fetch, `${await hub()}/auth/password`, {
          method: 'POST',
          token: tokens.accessToken,
          body: { currentPassword: password, newPassword },
        });
      } catch (error) {
        if (error instanceof HubRefusal && error.code === 'weak-password') throw new SessionError('weak-password');
        if (error instanceof HubUnreachable) throw new SessionError('unreachable');
        throw new SessionError('failed');
      }
      pendingChange = undefined;
      await finishSignIn({ ...tokens, user: { ...tokens.user, mustChangePassword: false } }, newPassword, pin);
    },

    lock() {
      if (state.status !== 'active') return;
      setCurrent({ userId: state.user.id, locked: true });
      set({ ...state, status: 'locked' });
    },

    async unlock(secret) {
      if (state.status !== 'locked') return false;
      const locked = state;
      await profileWritten;
      const profile = profiles()[locked.user.id];
      if (!profile) return false;
      const usePin = profile.pin && PIN_PATTERN.test(secret) && profile.pinFailures < MAX_PIN_FAILURES;
      const ok = usePin ? await checkVerifier(profile.pin!, secret) : await checkVerifier(profile.password, secret);
      if (!ok) {
        if (usePin) saveProfile({ ...profile, pinFailures: profile.pinFailures + 1 });
        return false;
      }
      saveProfile({ ...profile, pinFailures: 0 });
      setCurrent({ userId: locked.user.id, locked: false });
      set({ ...locked, status: 'active' });
      return true;
    },

    switchUser() {
      if (state.status !== 'locked') return;
      // The first user's session and drafts stay on this desk; they get them back by signing in again.
      if (deps.route) routes.set(state.user.id, deps.route.read());
      access = undefined;
      setCurrent(undefined);
      set({ status: 'signed-out', reason: 'switch-user', previous: state.user });
    },

    async signOut() {
      const user = currentUser();
      if (!user) return;
      const token = access?.userId === user.id ? access.token : undefined;
      if (token) {
        try {
          await hubCall(deps.fetch, `${await hub()}/auth/sign-out`, { method: 'POST', token });
        } catch {
          // Offline: the refresh token is deleted below, so this desk cannot use the session again.
        }
      }
      await endLocally('signed-out');
    },

    async authFetch(url, init) {
      const user = currentUser();
      if (!user) return new Response(JSON.stringify({ error: { code: 'signed-out', message: 'Nobody is signed in' } }), { status: 401 });
      let token = access && access.userId === user.id && access.expiresAt - 30_000 > now() ? access.token : await refreshAccess(user.id);
      if (!token) return new Response(JSON.stringify({ error: { code: 'signed-out', message: 'The session has ended' } }), { status: 401 });
      const send = (bearer: string) => deps.fetch(url, { ...init, headers: { ...(init?.headers as Record<string, string> | undefined), Authorization: `Bearer ${bearer}` } });
      let response = await send(token);
      if (response.status === 401) {
        token = await refreshAccess(user.id);
        if (!token) return response;
        response = await send(token);
      }
      return response;
    },
  };
  return store;
}
