import { createHash, randomBytes } from 'node:crypto';
import { errors, jwtVerify, SignJWT } from 'jose';

/**
 * Access tokens are short-lived JWTs (HS256) naming the user and the session; every request still
 * looks the session up, so ending a session or disabling an account takes effect at once.
 * Refresh tokens are opaque random strings the hub stores only as a sha256 hash.
 */
export const ACCESS_TOKEN_TTL_SECONDS = 15 * 60;
export const REFRESH_TOKEN_TTL_MS = 7 * 24 * 3600 * 1000;
const ISSUER = 'open-loket-hub';
const AUDIENCE = 'open-loket-desk';

export interface AccessClaims {
  userId: string;
  sessionId: string;
}

export class TokenSigner {
  private readonly key: Uint8Array;
  constructor(secret?: Uint8Array) {
    // Without a configured secret a fresh one per start is safe: desks simply refresh after a restart.
    this.key = secret ?? randomBytes(32);
    if (this.key.length < 32) throw new Error('the token secret needs at least 32 bytes');
  }

  async issue(claims: AccessClaims, ttlSeconds = ACCESS_TOKEN_TTL_SECONDS, now = Date.now()): Promise<string> {
    const iat = Math.floor(now / 1000);
    return new SignJWT({ sid: claims.sessionId })
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .setSubject(claims.userId)
      .setIssuer(ISSUER)
      .setAudience(AUDIENCE)
      .setIssuedAt(iat)
      .setExpirationTime(iat + ttlSeconds)
      .sign(this.key);
  }

  /** The claims of a valid, unexpired token signed by this hub; null for anything else. */
  async verify(token: string): Promise<AccessClaims | null> {
    try {
      const { payload } = await jwtVerify(token, this.key, { issuer: ISSUER, audience: AUDIENCE, algorithms: ['HS256'] });
      if (typeof payload.sub !== 'string' || typeof payload.sid !== 'string') return null;
      return { userId: payload.sub, sessionId: payload.sid };
    } catch (error) {
      if (error instanceof errors.JOSEError) return null;
      throw error;
    }
  }
}

export function newOpaqueToken(): string {
  return randomBytes(32).toString('base64url');
}

export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

export function parseTokenSecret(value: string | undefined): Uint8Array | undefined {
  const text = value?.trim();
  if (!text) return undefined;
  const bytes = Buffer.from(text, 'base64');
  if (bytes.length < 32) throw new Error('LOKET_TOKEN_SECRET must be at least 32 bytes, base64-encoded (openssl rand -base64 48)');
  return new Uint8Array(bytes);
}
