import type { Context, MiddlewareHandler } from 'hono';
import { HttpError } from './errors';

export const ROLES = ['desk', 'phone', 'coordinator', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export interface Principal {
  userId: string;
  username: string;
  role: Role;
}

/**
 * Who sends the request, from its credentials; null when it carries none or invalid ones.
 * The sign-in feature (Argon2id passwords, short-lived access tokens, DESIGN.md "Server") will
 * provide this. It does not exist yet, and nothing here pretends it does.
 */
export type Authenticate = (c: Context) => Promise<Principal | null>;

export type AppEnv = { Variables: { principal: Principal | null } };

/**
 * The per-route role check. With an `authenticate` function it answers 401 without a principal and
 * 403 for a role outside `roles`. Without one (today) it lets the request through with
 * `principal = null`: the hub is then unauthenticated, which is why main.ts refuses to listen
 * beyond loopback unless told otherwise.
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
