import type { Context, MiddlewareHandler } from 'hono';
import { HttpError } from './errors';

export const ROLES = ['desk', 'phone', 'coordinator', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/** The roles that see and do more than the desk (docs/decisions/071-roles.md). */
export const COORDINATION_ROLES: readonly Role[] = ['coordinator', 'admin'];
export const ADMIN_ROLES: readonly Role[] = ['admin'];

export interface PrincipalWorkstation {
  id: string;
  clientId: string;
  stationCode: string;
  status: 'pending' | 'approved' | 'disabled';
}

export interface Principal {
  userId: string;
  username: string;
  displayName?: string;
  role: Role;
  /** The sign-in session the access token belongs to. */
  sessionId?: string;
  /** The registered workstation this session was opened on, if any. */
  workstation?: PrincipalWorkstation | null;
  mustChangePassword?: boolean;
}

/**
 * Who sends the request, from its credentials; null when it carries none or invalid ones
 * (server/src/auth/service.ts: a short-lived access token of a live session).
 */
export type Authenticate = (c: Context) => Promise<Principal | null>;

/**
 * Whether this principal may push for this clientId; returns the actor string records and audit
 * events are written with ("user@STATION"), or throws a 403 HttpError.
 */
export type AuthorizeClient = (principal: Principal, clientId: string) => string;

export type AppEnv = { Variables: { principal: Principal | null; authorizeClient: AuthorizeClient | undefined } };

/**
 * The per-route role check. With an `authenticate` function it answers 401 without a principal and
 * 403 for a role outside `roles`. Without one (tests of other features) it lets the request through
 * with `principal = null`: that hub is unauthenticated, which is why config.ts refuses to listen
 * beyond loopback without sign-in.
 */
export function requireRole(authenticate: Authenticate | undefined, roles: readonly Role[]): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (!authenticate) {
      c.set('principal', null);
      return next();
    }
    const principal = await authenticate(c);
    if (!principal) throw new HttpError(401, 'unauthorized', 'Sign in first');
    if (!roles.includes(principal.role)) {
      throw new HttpError(403, 'forbidden', `This needs one of the roles: ${roles.join(', ')}`);
    }
    c.set('principal', principal);
    return next();
  };
}

/**
 * The actor a push is recorded as. Signed in: the principal's name and workstation, after
 * checking the session's workstation registration owns `clientId` (403 otherwise). Without
 * authentication configured: the client id, as before sign-in existed.
 */
export function pushActor(c: Context<AppEnv>, clientId: string): string {
  const principal = c.get('principal');
  const authorize = c.get('authorizeClient');
  if (!principal) return `client:${clientId}`;
  if (!authorize) return principal.username;
  return authorize(principal, clientId);
}
