import { isValidHostPattern } from '../../shared/deploy/hostPattern';

/**
 * Which links the desk may hand to the system browser: https links to a short list of
 * government sources (published Woo documents, legislation, official publications, the
 * data-protection authority). Anything else – plain http, other hosts, and every non-web scheme such as javascript:, file:, data: or a custom protocol handler that
 * could start a local program – is refused.
 */

/**
 * Exact hosts only: a wildcard such as `*.overheid.nl` would also admit every current and future
 * subdomain of it, including ones the desk has no reason to open. (The matcher still supports
 * `*.example.nl` – subdomains only – for a deliberate, reviewed addition.)
 */
export const DEFAULT_EXTERNAL_HOSTS: readonly string[] = Object.freeze([
  'open.overheid.nl',
  'wetten.overheid.nl',
  'zoek.officielebekendmakingen.nl',
  'woogle.wooverheid.nl',
  'autoriteitpersoonsgegevens.nl',
  'www.autoriteitpersoonsgegevens.nl',
]);

/** Longer URLs are not links a person clicks; refusing them keeps logs and dialogs sane. */
export const MAX_EXTERNAL_URL_LENGTH = 2048;

// The entry syntax is shared with the managed configuration, which validates IT's extra hosts.
export { isValidHostPattern };

/** Throws on the first malformed entry: a typo in the allow-list must not pass silently. */
export function validateAllowList(allowList: readonly string[]): readonly string[] {
  for (const entry of allowList) {
    if (!isValidHostPattern(entry)) throw new Error(`Invalid external host pattern: ${JSON.stringify(entry)}`);
  }
  return Object.freeze([...allowList]);
}

/**
 * The allow-list of a desk: the built-in government sources plus the hosts IT added in the
 * managed configuration (`externalHosts`, e.g. the municipality's own site where it publishes Woo
 * decisions). Validated again here so a malformed entry can never widen the list, whatever path it
 * came by; duplicates are dropped.
 */
export function combineExternalHosts(configured: readonly string[] | undefined, defaults: readonly string[] = DEFAULT_EXTERNAL_HOSTS): readonly string[] {
  return validateAllowList([...new Set([...defaults, ...(configured ?? [])])]);
}

export function hostMatches(hostname: string, pattern: string): boolean {
  if (!isValidHostPattern(pattern)) return false; // fail closed on a malformed entry
  if (pattern.startsWith('*.')) {
    const suffix = pattern.slice(1); // ".overheid.nl": the dot prevents "evil-overheid.nl" matching
    return hostname.length > suffix.length && hostname.endsWith(suffix);
  }
  return hostname === pattern;
}

/**
 * Returns the parsed URL when it may be opened externally, otherwise null. Callers open
 * `result.href` (the re-serialised form) rather than the raw input, so the browser receives
 * exactly the URL that was checked.
 */
export function parseAllowedExternalUrl(
  url: unknown,
  allowList: readonly string[] = DEFAULT_EXTERNAL_HOSTS,
): URL | null {
  if (typeof url !== 'string' || url.length === 0 || url.length > MAX_EXTERNAL_URL_LENGTH) return null;
  // The URL parser silently strips tabs/newlines and trims spaces; refusing them outright avoids
  // any difference between what we checked and what a person sees or the browser receives.
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u0020\u007f]/.test(url)) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  // https only: a plain-http link can be rewritten on the way (public Wi-Fi, a captive portal)
  // before the visitor or staff member sees the page.
  if (parsed.protocol !== 'https:') return null;
  // user:pass@host links are a classic way to disguise the real host; no government link has them.
  if (parsed.username !== '' || parsed.password !== '') return null;
  // The allowed sites are served on default ports; an explicit port suggests something else.
  if (parsed.port !== '') return null;
  const hostname = parsed.hostname;
  if (!allowList.some((pattern) => hostMatches(hostname, pattern))) return null;
  return parsed;
}

export function isAllowedExternalUrl(url: unknown, allowList: readonly string[] = DEFAULT_EXTERNAL_HOSTS): boolean {
  return parseAllowedExternalUrl(url, allowList) !== null;
}
