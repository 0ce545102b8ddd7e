/**
 * The app's own origin. The renderer is served from `app://loket/` by electron/protocol.ts, so
 * this one origin is what navigation, IPC sender checks and permission checks trust.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'loket';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/** Parses without throwing: every caller treats an unparsable URL as untrusted. */
export function tryParseUrl(value: unknown): URL | null {
  if (typeof value !== 'string' || value.length === 0) return null;
  try {
    return new URL(value);
  } catch {
    return null;
  }
}

/**
 * True for `app://loket` and any path below it. Compared field by field rather than with
 * `url.origin`, because Node (where this is unit-tested) gives non-special schemes the opaque
 * origin "null". Credentials or an explicit port never appear in URLs Chromium produces for this
 * scheme, so their presence means the URL was crafted and it is refused.
 */
export function isAppUrl(value: unknown): boolean {
  const url = tryParseUrl(value);
  return (
    url !== null &&
    url.protocol === `${APP_SCHEME}:` &&
    url.host === APP_HOST &&
    url.username === '' &&
    url.password === '' &&
    url.port === ''
  );
}
