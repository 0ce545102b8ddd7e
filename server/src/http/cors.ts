/**
 * Which browser origins may call the hub. A pattern is an exact origin (`app://loket`) or one
 * ending in `:*`, which allows any port and no port (`http://localhost:*`). Nothing wider: the
 * hub holds visitors' personal data, so a wildcard host is deliberately not expressible.
 */
export const DEFAULT_CORS_ORIGINS = ['app://loket', 'http://127.0.0.1:*', 'http://localhost:*'] as const;

export function parseCorsOrigins(value: string | undefined): string[] {
  if (value === undefined || value.trim() === '') return [...DEFAULT_CORS_ORIGINS];
  return value
    .split(',')
    .map((origin) => origin.trim())
    .filter(Boolean);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

export function originMatcher(patterns: readonly string[]): (origin: string) => boolean {
  const regexps = patterns.map((pattern) => {
    const anyPort = pattern.endsWith(':*');
    const base = anyPort ? pattern.slice(0, -2) : pattern;
    if (base.includes('*')) throw new Error(`CORS origin "${pattern}": only a trailing ":*" (any port) is supported`);
    return new RegExp(`^${escapeRegExp(base.toLowerCase())}${anyPort ? '(:[0-9]{1,5})?' : ''}$`);
  });
  return (origin) => regexps.some((regexp) => regexp.test(origin.toLowerCase()));
}
