/**
 * Which browser origins may call the hub: exactly the configured ones. No wildcard and no "any
 * port" – the hub holds visitors' personal data, and any other program on the machine can open a
 * page on some localhost port.
 */
export const DEFAULT_UI_PORT = 5180;

/** The packaged desk (app://loket) and the browser host on its configured port (LOKET_UI_PORT). */
export function defaultCorsOrigins(uiPort: number = DEFAULT_UI_PORT): string[] {
  return ['app://loket', `http://127.0.0.1:${uiPort}`, `http://localhost:${uiPort}`];
}

export class CorsOriginError extends Error {
  override name = 'CorsOriginError';
}

/** An origin as browsers send it: scheme://host[:port], lower case, no path; else throws. */
export function normaliseOrigin(origin: string): string {
  const text = origin.trim().toLowerCase();
  if (text.includes('*')) throw new CorsOriginError(`CORS origin "${origin}": wildcards are not allowed; list each origin`);
  if (!/^[a-z][a-z0-9+.-]*:\/\/[a-z0-9.-]+(:\d{1,5})?$|^[a-z][a-z0-9+.-]*:\/\/\[[0-9a-f:]+\](:\d{1,5})?$/.test(text)) {
    throw new CorsOriginError(`CORS origin "${origin}" is not scheme://host[:port]`);
  }
  return text;
}

export function parseCorsOrigins(value: string | undefined, uiPort?: number): string[] {
  if (value === undefined || value.trim() === '') return defaultCorsOrigins(uiPort);
  return value
    .split(',')
    .map((origin) => origin.trim())
    .filter(Boolean)
    .map(normaliseOrigin);
}

export function originMatcher(origins: readonly string[]): (origin: string) => boolean {
  const allowed = new Set(origins.map(normaliseOrigin));
  return (origin) => allowed.has(origin.toLowerCase());
}
