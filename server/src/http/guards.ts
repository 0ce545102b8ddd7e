import type { MiddlewareHandler } from 'hono';
import { errorResponse } from './errors';

/**
 * Headers on every answer. The hub serves JSON only, so the policy forbids everything a browser
 * could do with a response it rendered by mistake.
 */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = Object.freeze({
  'Content-Security-Policy': "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'",
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Resource-Policy': 'same-site',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), interest-cohort=()',
  'Cache-Control': 'no-store',
});
/** Only over TLS: tells browsers to never try plain HTTP for this host again. */
export const HSTS = 'max-age=31536000';

export function securityHeaders(options: { tls: boolean }): MiddlewareHandler {
  return async (c, next) => {
    await next();
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) c.res.headers.set(name, value);
    if (options.tls) c.res.headers.set('Strict-Transport-Security', HSTS);
  };
}

/** "host[:port]" → host, lower case, without brackets or port. */
export function hostName(header: string): string {
  const text = header.trim().toLowerCase();
  if (text.startsWith('[')) return text.slice(1, text.indexOf(']'));
  const colon = text.lastIndexOf(':');
  return colon === -1 ? text : text.slice(0, colon);
}

/**
 * Answers 421 unless the Host header names this hub. A page from any web site can make a browser
 * on the hub's machine send requests to 127.0.0.1 under a host name the attacker controls (DNS
 * rebinding); checking the name the request was addressed to stops that.
 */
export function hostCheck(allowedHosts: readonly string[]): MiddlewareHandler {
  const allowed = new Set(allowedHosts.map((host) => hostName(host)));
  return async (c, next) => {
    const header = c.req.header('host');
    if (!header || !allowed.has(hostName(header))) {
      return errorResponse(c, 421, 'unknown-host', 'This hub does not answer to that host name');
    }
    return next();
  };
}
