import type { Context } from 'hono';
import { getConnInfo } from '@hono/node-server/conninfo';
import type { Db } from '../db/db';
import type { Authenticate, AuthorizeClient } from '../http/auth';
import { HttpError } from '../http/errors';
import type { Route } from '../http/route';
import type { Log } from '../log';
import { authRoutes } from './routes';
import { authorizeClient, AuthService } from './service';
import type { TokenSigner } from './tokens';

export { AuthService, authorizeClient } from './service';
export { TokenSigner, parseTokenSecret } from './tokens';
export { ARGON2_PARAMS, hashPassword, verifyPassword } from './passwords';

/** What app.ts needs to run a hub with sign-in. */
export interface HubAuth {
  service: AuthService;
  authenticate: Authenticate;
  authorizeClient: AuthorizeClient;
  routes: Route[];
}

export interface HubAuthOptions {
  db: Db;
  log: Log;
  signer?: TokenSigner;
  /** Behind a reverse proxy: take the client address from the last X-Forwarded-For hop. */
  trustProxy?: boolean;
  addressLimit?: number;
  now?: () => number;
}

/** While a password reset is pending, the user may only change it (or look who they are, or leave). */
const ALLOWED_BEFORE_PASSWORD_CHANGE = new Set(['/auth/password', '/auth/me', '/auth/sign-out']);

function bearer(c: Context): string | undefined {
  const header = c.req.header('authorization');
  const match = header?.match(/^Bearer ([A-Za-z0-9._~+/=-]+)$/);
  return match?.[1];
}

export function clientAddressOf(trustProxy: boolean): (c: Context) => string {
  return (c) => {
    if (trustProxy) {
      const forwarded = c.req.header('x-forwarded-for')?.split(',').at(-1)?.trim();
      if (forwarded) return forwarded;
    }
    try {
      return getConnInfo(c).remote.address ?? 'unknown';
    } catch {
      // app.request() in tests has no socket.
      return 'unknown';
    }
  };
}

export function createHubAuth(options: HubAuthOptions): HubAuth {
  const service = new AuthService({
    db: options.db,
    log: options.log,
    ...(options.signer ? { signer: options.signer } : {}),
    ...(options.addressLimit ? { addressLimit: options.addressLimit } : {}),
    ...(options.now ? { now: options.now } : {}),
  });
  const authenticate: Authenticate = async (c) => {
    const token = bearer(c);
    if (!token) return null;
    const principal = await service.principalFor(token);
    if (principal?.mustChangePassword && !ALLOWED_BEFORE_PASSWORD_CHANGE.has(c.req.path)) {
      throw new HttpError(403, 'password-change-required', 'Choose a new password first (POST /auth/password)');
    }
    return principal;
  };
  return { service, authenticate, authorizeClient, routes: authRoutes(service, clientAddressOf(options.trustProxy ?? false)) };
}
