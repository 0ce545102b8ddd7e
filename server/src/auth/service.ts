import { randomInt } from 'node:crypto';
import { newId } from '../../../shared/ids';
import { STATION_ALPHABET } from '../../../shared/caseNumber/caseNumber';
import type { Db, DbClient } from '../db/db';
import { COORDINATION_ROLES, ROLES, type Principal, type PrincipalWorkstation, type Role } from '../http/auth';
import { HttpError } from '../http/errors';
import type { Log } from '../log';
import { burnVerification, hashPassword, needsRehash, passwordProblem, verifyPassword } from './passwords';
import { AddressLimiter, accountDelayMs } from './throttle';
import { newOpaqueToken, REFRESH_TOKEN_TTL_MS, sha256, TokenSigner } from './tokens';

export interface SignInResult {
  accessToken: string;
  accessTokenExpiresIn: number;
  refreshToken: string;
  user: PublicUser;
  workstation: PublicWorkstation | null;
}

export interface PublicUser {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  disabled: boolean;
  mustChangePassword: boolean;
}

export interface PublicWorkstation {
  id: string;
  clientId: string;
  stationCode: string;
  name: string;
  status: PrincipalWorkstation['status'];
}

interface UserRow {
  id: string;
  username: string;
  display_name: string;
  role: Role;
  password_hash: string;
  disabled: boolean;
  must_change_password: boolean;
  failed_sign_ins: number;
  last_failed_at: Date | null;
}

interface WorkstationRow {
  id: string;
  client_id: string;
  station_code: string;
  name: string;
  status: PrincipalWorkstation['status'];
}

const publicUser = (row: UserRow): PublicUser => ({
  id: row.id,
  username: row.username,
  displayName: row.display_name,
  role: row.role,
  disabled: row.disabled,
  mustChangePassword: row.must_change_password,
});

const publicWorkstation = (row: WorkstationRow): PublicWorkstation => ({
  id: row.id,
  clientId: row.client_id,
  stationCode: row.station_code,
  name: row.name,
  status: row.status,
});

const USERNAME = /^[a-z0-9][a-z0-9._-]{1,39}$/;

export function normaliseUsername(input: string): string {
  return input.trim().toLowerCase();
}

export interface AuthServiceOptions {
  db: Db;
  log: Log;
  signer?: TokenSigner;
  /** Sign-in attempts per client address per minute (all accounts together). */
  addressLimit?: number;
  now?: () => number;
}

/**
 * Accounts, sessions and workstation registrations (docs/decisions/070-staff-sign-in.md). The
 * HTTP layer (routes.ts) only translates; every rule lives here.
 */
export class AuthService {
  readonly signer: TokenSigner;
  private readonly db: Db;
  private readonly log: Log;
  private readonly limiter: AddressLimiter;
  private readonly now: () => number;

  constructor(options: AuthServiceOptions) {
    this.db = options.db;
    this.log = options.log;
    this.signer = options.signer ?? new TokenSigner();
    this.now = options.now ?? Date.now;
    this.limiter = new AddressLimiter(options.addressLimit ?? 30, 60_000, this.now);
  }

  // ---- accounts ----------------------------------------------------------------------------

  async createUser(input: { username: string; displayName: string; role: Role; password: string; mustChangePassword?: boolean }): Promise<PublicUser> {
    const username = normaliseUsername(input.username);
    if (!USERNAME.test(username)) throw new HttpError(400, 'invalid-username', 'A user name is 2-40 characters: a-z, 0-9, dot, dash, underscore');
    if (!ROLES.includes(input.role)) throw new HttpError(400, 'invalid-role', `A role is one of ${ROLES.join(', ')}`);
    const problem = passwordProblem(input.password);
    if (problem) throw new HttpError(400, 'weak-password', problem);
    const displayName = input.displayName.trim() || username;
    const hash = await hashPassword(input.password);
    const { rows } = await this.db.query<UserRow>(
      `insert into users (username, display_name, role, password_hash, must_change_password) values ($1, $2, $3, $4, $5)
       on conflict (username) do nothing returning *`,
      [username, displayName, input.role, hash, input.mustChangePassword ?? false],
    );
    if (!rows[0]) throw new HttpError(409, 'username-taken', `There is already an account "${username}"`);
    return publicUser(rows[0]);
  }

  async listUsers(): Promise<PublicUser[]> {
    const { rows } = await this.db.query<UserRow>('select * from users order by username');
    return rows.map(publicUser);
  }

  private async userById(id: string, tx: DbClient = this.db): Promise<UserRow> {
    const { rows } = await tx.query<UserRow>('select * from users where id = $1', [id]);
    if (!rows[0]) throw new HttpError(404, 'no-such-user', 'There is no such account');
    return rows[0];
  }

  async setDisabled(actor: Principal, userId: string, disabled: boolean): Promise<PublicUser> {
    if (disabled && actor.userId === userId) throw new HttpError(409, 'cannot-disable-self', 'An administrator cannot disable their own account');
    const user = await this.db.transaction(async (tx) => {
      await this.userById(userId, tx);
      const { rows } = await tx.query<UserRow>('update users set disabled = $2 where id = $1 returning *', [userId, disabled]);
      if (disabled) await this.revokeSessionsOf(tx, userId, 'account-disabled');
      return rows[0]!;
    });
    this.log('info', `account ${user.username} ${disabled ? 'disabled' : 're-enabled'} by ${actor.username}`);
    return publicUser(user);
  }

  /** Sets a temporary password the user must change at next sign-in, and ends their sessions. */
  async resetPassword(actor: Principal, userId: string, password: string): Promise<PublicUser> {
    const problem = passwordProblem(password);
    if (problem) throw new HttpError(400, 'weak-password', problem);
    const hash = await hashPassword(password);
    const user = await this.db.transaction(async (tx) => {
      await this.userById(userId, tx);
      const { rows } = await tx.query<UserRow>(
        `update users set password_hash = $2, must_change_password = true, failed_sign_ins = 0, last_failed_at = null,
           password_changed_at = now() where id = $1 returning *`,
        [userId, hash],
      );
      await this.revokeSessionsOf(tx, userId, 'password-reset');
      return rows[0]!;
    });
    this.log('info', `password of ${user.username} reset by ${actor.username}`);
    return publicUser(user);
  }

  async endSessions(actor: Principal, userId: string): Promise<number> {
    const user = await this.userById(userId);
    const ended = await this.revokeSessionsOf(this.db, userId, 'ended-by-admin');
    this.log('info', `${ended} session(s) of ${user.username} ended by ${actor.username}`);
    return ended;
  }

  async changePassword(principal: Principal, current: string, next: string): Promise<void> {
    const user = await this.userById(principal.userId);
    if (!(await verifyPassword(user.password_hash, current))) throw new HttpError(403, 'wrong-password', 'The current password is not right');
    const problem = passwordProblem(next);
    if (problem) throw new HttpError(400, 'weak-password', problem);
    if (current === next) throw new HttpError(400, 'same-password', 'Choose a password other than the current one');
    const hash = await hashPassword(next);
    await this.db.transaction(async (tx) => {
      await tx.query('update users set password_hash = $2, must_change_password = false, password_changed_at = now() where id = $1', [user.id, hash]);
      // Other sign-ins with the old password end; this one goes on.
      await tx.query(
        `update sessions set revoked_at = now(), revoked_reason = 'password-changed' where user_id = $1 and revoked_at is null and id <> $2`,
        [user.id, principal.sessionId ?? null],
      );
    });
  }

  private async revokeSessionsOf(tx: DbClient, userId: string, reason: string): Promise<number> {
    const { rowCount } = await tx.query(`update sessions set revoked_at = now(), revoked_reason = $2 where user_id = $1 and revoked_at is null`, [
      userId,
      reason,
    ]);
    return rowCount;
  }

  // ---- sign-in, refresh, sign-out ----------------------------------------------------------

  async signIn(input: { username: string; password: string; workstationSecret?: string | undefined; address: string }): Promise<SignInResult> {
    const retryAfter = this.limiter.hit(input.address);
    if (retryAfter > 0) {
      this.log('warn', `sign-in: too many attempts from ${input.address}; refused for ${Math.ceil(retryAfter / 1000)} s`);
      throw new HttpError(429, 'too-many-attempts', 'Too many sign-in attempts from this address; wait a minute');
    }
    const username = normaliseUsername(input.username);
    const { rows } = await this.db.query<UserRow>('select * from users where username = $1', [username]);
    const user = rows[0];
    if (!user) {
      await burnVerification(input.password);
      throw new HttpError(401, 'invalid-credentials', 'Unknown user name or wrong password');
    }
    const delay = accountDelayMs(user.failed_sign_ins, user.last_failed_at?.getTime(), this.now());
    if (delay > 0) {
      throw new HttpError(429, 'account-slowed-down', `Too many failed sign-ins for this account; try again in ${Math.ceil(delay / 1000)} s`);
    }
    const ok = await verifyPassword(user.password_hash, input.password);
    if (!ok) {
      const { rows: counted } = await this.db.query<{ failed_sign_ins: number }>(
        'update users set failed_sign_ins = failed_sign_ins + 1, last_failed_at = $2 where id = $1 returning failed_sign_ins',
        [user.id, new Date(this.now())],
      );
      const failures = counted[0]?.failed_sign_ins ?? 0;
      if (failures >= 5) this.log('warn', `sign-in: ${failures} failed attempts in a row for account ${user.username}; slowing it down`);
      throw new HttpError(401, 'invalid-credentials', 'Unknown user name or wrong password');
    }
    if (user.disabled) throw new HttpError(403, 'account-disabled', 'This account is disabled');
    const rehash = needsRehash(user.password_hash) ? await hashPassword(input.password) : undefined;
    const workstation = input.workstationSecret ? await this.workstationBySecret(input.workstationSecret) : null;

    const sessionId = newId();
    const refreshToken = newOpaqueToken();
    await this.db.transaction(async (tx) => {
      await tx.query(
        `update users set failed_sign_ins = 0, last_failed_at = null${rehash ? ', password_hash = $2' : ''} where id = $1`,
        rehash ? [user.id, rehash] : [user.id],
      );
      await tx.query('insert into sessions (id, user_id, workstation_id) values ($1, $2, $3)', [sessionId, user.id, workstation?.id ?? null]);
      await this.storeRefreshToken(tx, sessionId, refreshToken);
    });
    return {
      accessToken: await this.signer.issue({ userId: user.id, sessionId }),
      accessTokenExpiresIn: 15 * 60,
      refreshToken,
      user: publicUser(user),
      workstation: workstation ? publicWorkstation(workstation) : null,
    };
  }

  private async storeRefreshToken(tx: DbClient, sessionId: string, token: string): Promise<void> {
    await tx.query('insert into refresh_tokens (token_hash, session_id, expires_at) values ($1, $2, $3)', [
      sha256(token),
      sessionId,
      new Date(this.now() + REFRESH_TOKEN_TTL_MS),
    ]);
  }

  /**
   * Trades a refresh token for a new pair. Each token works once: presenting one that was already
   * rotated means it leaked (or two parties share it), so the whole session ends.
   */
  async refresh(token: string): Promise<SignInResult> {
    const outcome = await this.db.transaction(async (tx) => {
      const { rows } = await tx.query<{ session_id: string; used_at: Date | null; expires_at: Date; revoked_at: Date | null; user_id: string }>(
        `select r.session_id, r.used_at, r.expires_at, s.revoked_at, s.user_id
           from refresh_tokens r join sessions s on s.id = r.session_id
          where r.token_hash = $1 for update of r, s`,
        [sha256(token)],
      );
      const row = rows[0];
      if (!row || row.revoked_at) return { refused: 'unknown' as const };
      if (row.used_at) {
        await tx.query(`update sessions set revoked_at = now(), revoked_reason = 'refresh-token-reused' where id = $1`, [row.session_id]);
        return { refused: 'reused' as const, sessionId: row.session_id };
      }
      if (row.expires_at.getTime() <= this.now()) return { refused: 'unknown' as const };
      const user = await this.userById(row.user_id, tx);
      if (user.disabled) return { refused: 'unknown' as const };
      await tx.query('update refresh_tokens set used_at = now() where token_hash = $1', [sha256(token)]);
      const next = newOpaqueToken();
      await this.storeRefreshToken(tx, row.session_id, next);
      await tx.query('update sessions set last_used_at = now() where id = $1', [row.session_id]);
      const { rows: ws } = await tx.query<WorkstationRow>(
        'select w.* from workstations w join sessions s on s.workstation_id = w.id where s.id = $1',
        [row.session_id],
      );
      return { user, sessionId: row.session_id, refreshToken: next, workstation: ws[0] ?? null };
    });
    if ('refused' in outcome) {
      if (outcome.refused === 'reused') this.log('warn', `a rotated refresh token was presented again; session ${outcome.sessionId} revoked`);
      throw new HttpError(401, 'invalid-refresh-token', 'Sign in again');
    }
    return {
      accessToken: await this.signer.issue({ userId: outcome.user.id, sessionId: outcome.sessionId }),
      accessTokenExpiresIn: 15 * 60,
      refreshToken: outcome.refreshToken,
      user: publicUser(outcome.user),
      workstation: outcome.workstation ? publicWorkstation(outcome.workstation) : null,
    };
  }

  async signOut(principal: Principal): Promise<void> {
    await this.db.query(`update sessions set revoked_at = now(), revoked_reason = 'signed-out' where id = $1 and revoked_at is null`, [
      principal.sessionId,
    ]);
  }

  /** The principal behind an access token, or null when the token or its session is not valid (any more). */
  async principalFor(token: string): Promise<Principal | null> {
    const claims = await this.signer.verify(token);
    if (!claims) return null;
    const { rows } = await this.db.query<
      UserRow & { revoked_at: Date | null; w_id: string | null; w_client_id: string | null; w_station_code: string | null; w_status: PrincipalWorkstation['status'] | null }
    >(
      `select u.*, s.revoked_at, w.id as w_id, w.client_id as w_client_id, w.station_code as w_station_code, w.status as w_status
         from sessions s join users u on u.id = s.user_id left join workstations w on w.id = s.workstation_id
        where s.id = $1 and u.id = $2`,
      [claims.sessionId, claims.userId],
    );
    const row = rows[0];
    if (!row || row.revoked_at || row.disabled) return null;
    return {
      userId: row.id,
      username: row.username,
      displayName: row.display_name,
      role: row.role,
      sessionId: claims.sessionId,
      mustChangePassword: row.must_change_password,
      workstation:
        row.w_id && row.w_client_id && row.w_station_code && row.w_status
          ? { id: row.w_id, clientId: row.w_client_id, stationCode: row.w_station_code, status: row.w_status }
          : null,
    };
  }

  // ---- workstations ------------------------------------------------------------------------

  private async workstationBySecret(secret: string): Promise<WorkstationRow | null> {
    const { rows } = await this.db.query<WorkstationRow>(`select * from workstations where secret_hash = $1 and status <> 'disabled'`, [sha256(secret)]);
    return rows[0] ?? null;
  }

  /**
   * A desk registers once: the hub hands out a station code that was never used before and a
   * secret that proves later sessions are on this desk. Registered by a coordinator or admin it is
   * approved at once; otherwise it waits for one of them.
   */
  async registerWorkstation(principal: Principal, input: { clientId: string; name: string }): Promise<PublicWorkstation & { secret: string }> {
    const secret = newOpaqueToken();
    const approved = COORDINATION_ROLES.includes(principal.role);
    for (let attempt = 0; attempt < 20; attempt++) {
      const code = Array.from({ length: 3 }, () => STATION_ALPHABET[randomInt(STATION_ALPHABET.length)]).join('');
      const result = await this.db.transaction(async (tx) => {
        const { rows: taken } = await tx.query<{ client_id: string; station_code: string }>(
          'select client_id, station_code from workstations where client_id = $1 or station_code = $2',
          [input.clientId, code],
        );
        if (taken.some((row) => row.client_id === input.clientId)) {
          throw new HttpError(409, 'client-id-registered', 'This client id is already registered to a workstation');
        }
        if (taken.length) return null;
        const { rows } = await tx.query<WorkstationRow>(
          `insert into workstations (client_id, station_code, name, status, secret_hash, registered_by, approved_by, approved_at)
           values ($1, $2, $3, $4, $5, $6, $7, $8) returning *`,
          [input.clientId, code, input.name.trim() || code, approved ? 'approved' : 'pending', sha256(secret), principal.userId,
            approved ? principal.userId : null, approved ? new Date(this.now()) : null],
        );
        await tx.query('update sessions set workstation_id = $2 where id = $1', [principal.sessionId, rows[0]!.id]);
        return rows[0]!;
      });
      if (result) {
        this.log('info', `workstation ${result.station_code} registered by ${principal.username} (${result.status})`);
        return { ...publicWorkstation(result), secret };
      }
    }
    throw new HttpError(503, 'no-station-code', 'No free station code found; try again');
  }

  async listWorkstations(): Promise<PublicWorkstation[]> {
    const { rows } = await this.db.query<WorkstationRow>('select * from workstations order by registered_at');
    return rows.map(publicWorkstation);
  }

  async setWorkstationStatus(principal: Principal, id: string, status: 'approved' | 'disabled'): Promise<PublicWorkstation> {
    const { rows } = await this.db.query<WorkstationRow>(
      `update workstations set status = $2, approved_by = case when $2 = 'approved' then $3::uuid else approved_by end,
         approved_at = case when $2 = 'approved' then now() else approved_at end
       where id = $1 returning *`,
      [id, status, principal.userId],
    );
    if (!rows[0]) throw new HttpError(404, 'no-such-workstation', 'There is no such workstation');
    this.log('info', `workstation ${rows[0].station_code} ${status} by ${principal.username}`);
    return publicWorkstation(rows[0]);
  }
}

/** The push check (http/auth.ts AuthorizeClient): this session's approved workstation owns `clientId`. */
export function authorizeClient(principal: Principal, clientId: string): string {
  const workstation = principal.workstation;
  if (!workstation) throw new HttpError(403, 'workstation-not-registered', 'Register this workstation with the hub first');
  if (workstation.clientId !== clientId) throw new HttpError(403, 'client-id-mismatch', "This clientId does not belong to this session's workstation");
  if (workstation.status !== 'approved') throw new HttpError(403, `workstation-${workstation.status}`, `This workstation is ${workstation.status}`);
  return `${principal.username}@${workstation.stationCode}`;
}
