import { buildContentSecurityPolicy } from '../../shared/security/csp';

/**
 * The Content-Security-Policy the app:// protocol sends with every response.
 *
 * The directives themselves come from shared/security/csp.ts, so the Electron shell and the
 * browser host (where the end-to-end tests run) enforce the same policy. What this module adds
 * is the desktop-specific validation of the hub address, which ends up verbatim in the policy
 * header:
 * - only http(s), and plain http only for loopback: app:// is a secure context, so Chromium
 *   would block plain-http requests to any other host as mixed content anyway; failing at
 *   start-up with a clear message beats a silently broken sync;
 * - the host must be a plain DNS name or IP literal, so a crafted LOKET_HUB_URL cannot smuggle
 *   extra sources or directives into the header;
 * - credentials are refused, they would otherwise be written into the policy.
 *
 * style-src keeps 'unsafe-inline': react-aria-components injects <style> elements at run time
 * (usePress adds touch-action rules, usePreventScroll adds overscroll rules). It can attach a
 * nonce, but only one read from the served HTML, which would mean generating a nonce per
 * response and rewriting index.html. Inline styles cannot run script; the remaining risk, CSS
 * used to leak data, is contained because every fetch-capable directive is limited to 'self'
 * (and the hub for connect-src).
 */

export const DEFAULT_HUB_URL = 'http://127.0.0.1:8787';

const HOSTNAME = /^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*$/;
const IPV6_LITERAL = /^\[[0-9a-f:.]+\]$/;

export function isLoopbackHost(hostname: string): boolean {
  return hostname === 'localhost' || hostname === '[::1]' || /^127(?:\.\d{1,3}){3}$/.test(hostname);
}

/** Returns the origin (scheme://host[:port]) of a hub URL, or throws with a message for the user. */
export function normaliseHubOrigin(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    throw new Error(`LOKET_HUB_URL is not a valid URL: ${JSON.stringify(raw)}`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new Error(`LOKET_HUB_URL must be an http(s) URL, got ${url.protocol}`);
  }
  if (url.username !== '' || url.password !== '') {
    throw new Error('LOKET_HUB_URL must not contain a user name or password');
  }
  if (!HOSTNAME.test(url.hostname) && !IPV6_LITERAL.test(url.hostname)) {
    throw new Error(`LOKET_HUB_URL has an unsupported host: ${JSON.stringify(url.hostname)}`);
  }
  if (url.protocol === 'http:' && !isLoopbackHost(url.hostname)) {
    throw new Error(`LOKET_HUB_URL must use https unless the hub runs on this computer (got ${url.origin})`);
  }
  return url.origin;
}

/** Reads the comma-separated LOKET_HUB_URL (default: the local hub) into validated origins. */
export function parseHubOrigins(value: string | undefined): string[] {
  const entries = (value ?? '').split(',').map((entry) => entry.trim()).filter((entry) => entry !== '');
  const sources = entries.length > 0 ? entries : [DEFAULT_HUB_URL];
  return [...new Set(sources.map(normaliseHubOrigin))];
}

export function buildShellContentSecurityPolicy(hubOrigins: readonly string[]): string {
  return buildContentSecurityPolicy({ connectSources: hubOrigins.map(normaliseHubOrigin) });
}
