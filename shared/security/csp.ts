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

/**
 * The policy every printed document carries itself (a <meta> element: the document is loaded as
 * a data: URL in Electron and as an iframe srcdoc in the browser host, neither of which has
 * response headers). Printed HTML may style itself and show inline images; it can run nothing,
 * load nothing, submit nothing and not change its base URL. In Electron the print window also
 * has JavaScript off and a session that cancels every non-data: request; this is the same rule
 * written into the document, so it holds wherever the HTML is rendered.
 */
export const PRINT_CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "style-src 'unsafe-inline'",
  'img-src data:',
  'font-src data:',
  "script-src 'none'",
  "object-src 'none'",
  "frame-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

const LEADING_DOCTYPE = /^\s*<!doctype[^>]*>/i;

/**
 * Puts the print policy first in the document: right after a leading doctype (before it would
 * switch the page to quirks mode), otherwise at the very start. A <meta> before <html> is placed
 * in the head by the HTML parser, so this works whatever markup follows, and no earlier element
 * of the document can come before the policy.
 */
export function withPrintPolicy(html: string): string {
  const meta = `<meta http-equiv="Content-Security-Policy" content="${PRINT_CONTENT_SECURITY_POLICY}">`;
  const doctype = LEADING_DOCTYPE.exec(html);
  if (!doctype) return `${meta}${html}`;
  return `${doctype[0]}${meta}${html.slice(doctype[0].length)}`;
}
