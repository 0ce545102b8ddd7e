/**
 * The Content-Security-Policy of the renderer, used by the Electron protocol handler and by the
 * browser host alike, so both hosts run the app under the same rules.
 */
export interface CspOptions {
  /** Origins the renderer may fetch from besides itself: the sync hub. */
  connectSources: string[];
}

function origin(url: string): string {
  const parsed = new URL(url);
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    throw new Error(`The hub address must be http(s): ${url}`);
  }
  // The origin goes into a header: anything but a plain host name could inject directives.
  if (!/^https?:\/\/[a-z0-9.-]+(:\d{1,5})?$|^https?:\/\/\[[0-9a-f:]+\](:\d{1,5})?$/i.test(parsed.origin)) {
    throw new Error(`The hub address has an invalid host: ${url}`);
  }
  return parsed.origin;
}

export function buildContentSecurityPolicy(options: CspOptions): string {
  const directives: Record<string, string[]> = {
    'default-src': ["'self'"],
    'script-src': ["'self'"],
    // react-aria positions popovers with inline style attributes and inserts <style> elements at run time.
    'style-src': ["'self'", "'unsafe-inline'"],
    'img-src': ["'self'", 'data:', 'blob:'],
    'font-src': ["'self'"],
    'connect-src': ["'self'", ...new Set(options.connectSources.map(origin))],
    // Printing uses a srcdoc iframe; nothing else may be framed.
    'frame-src': ["'self'"],
    'object-src': ["'none'"],
    'base-uri': ["'none'"],
    'form-action': ["'none'"],
    'frame-ancestors': ["'none'"],
    'worker-src': ["'self'"],
  };
  return Object.entries(directives)
    .map(([name, values]) => `${name} ${values.join(' ')}`)
    .join('; ');
}
