import { describe, expect, it } from 'vitest';
import {
  DEFAULT_EXTERNAL_HOSTS,
  MAX_EXTERNAL_URL_LENGTH,
  hostMatches,
  isAllowedExternalUrl,
  isValidHostPattern,
  parseAllowedExternalUrl,
  validateAllowList,
} from './externalUrl';

describe('isAllowedExternalUrl', () => {
  it.each([
    'https://open.overheid.nl/documenten/123',
    'https://wetten.overheid.nl/BWBR0045754/2024-01-01',
    'https://woogle.wooverheid.nl/search?q=rapport',
    'https://autoriteitpersoonsgegevens.nl/',
    'https://www.autoriteitpersoonsgegevens.nl/themas',
  ])('allows the government source %s', (url) => {
    expect(isAllowedExternalUrl(url)).toBe(true);
  });

  it('refuses plain http, even to an allowed host', () => {
    expect(isAllowedExternalUrl('http://wetten.overheid.nl/')).toBe(false);
    expect(isAllowedExternalUrl('http://open.overheid.nl/documenten/123')).toBe(false);
  });

  it('keeps a narrow default list: exact hosts, no wildcard', () => {
    expect(DEFAULT_EXTERNAL_HOSTS.some((host) => host.includes('*'))).toBe(false);
    expect(isAllowedExternalUrl('https://www.overheid.nl/')).toBe(false);
    expect(isAllowedExternalUrl('https://zoek.officielebekendmakingen.nl/stcrt-2024-1')).toBe(true);
  });

  it('still matches subdomains through a wildcard given on purpose', () => {
    expect(isAllowedExternalUrl('https://zoek.officielebekendmakingen.overheid.nl/x', ['*.overheid.nl'])).toBe(true);
    expect(isAllowedExternalUrl('https://overheid.nl/', ['*.overheid.nl'])).toBe(false);
  });

  it.each([
    ['javascript:', 'javascript:alert(1)'],
    ['file:', 'file:///etc/passwd'],
    ['data:', 'data:text/html,<script>alert(1)</script>'],
    ['mailto:', 'mailto:someone@overheid.nl'],
    ['a custom protocol handler', 'ms-msdt:/id PCWDiagnostic'],
    ['smb:', 'smb://overheid.nl/share'],
    ['ftp:', 'ftp://wetten.overheid.nl/'],
  ])('refuses the %s scheme', (_name, url) => {
    expect(isAllowedExternalUrl(url)).toBe(false);
  });

  it.each([
    ['a host not on the list', 'https://example.com/'],
    ['a look-alike suffix', 'https://evil-overheid.nl/'],
    ['another domain ending in "overheid.nl"', 'https://www.rijksoverheid.nl/'],
    ['the allowed name as a subdomain of another host', 'https://open.overheid.nl.evil.com/'],
    ['the bare domain of a wildcard', 'https://overheid.nl/'],
    ['a trailing-dot host', 'https://open.overheid.nl./'],
    ['credentials', 'https://user:pass@open.overheid.nl/'],
    ['a user name only', 'https://open.overheid.nl@evil.com/'],
    ['an explicit port', 'https://open.overheid.nl:8443/'],
    ['an IP address', 'https://192.168.1.10/'],
    ['a leading space', ' https://open.overheid.nl/'],
    ['an embedded newline', 'https://open.over\nheid.nl/'],
    ['a tab', 'https://open.overheid.nl/\tx'],
    ['an unparsable URL', 'https://'],
    ['a relative URL', '/documenten/1'],
    ['the empty string', ''],
  ])('refuses %s', (_name, url) => {
    expect(isAllowedExternalUrl(url)).toBe(false);
  });

  it('refuses non-strings and over-long URLs', () => {
    expect(isAllowedExternalUrl(undefined)).toBe(false);
    expect(isAllowedExternalUrl(42)).toBe(false);
    expect(isAllowedExternalUrl({ toString: () => 'https://open.overheid.nl/' })).toBe(false);
    const long = `https://open.overheid.nl/${'a'.repeat(MAX_EXTERNAL_URL_LENGTH)}`;
    expect(isAllowedExternalUrl(long)).toBe(false);
  });

  it('compares host names after the URL parser normalises them', () => {
    expect(isAllowedExternalUrl('HTTPS://OPEN.OVERHEID.NL/Doc')).toBe(true);
    expect(parseAllowedExternalUrl('HTTPS://OPEN.OVERHEID.NL/Doc')?.href).toBe('https://open.overheid.nl/Doc');
    // Backslashes become slashes in special URLs; the checked host is the one the browser will use.
    expect(parseAllowedExternalUrl('https:\\\\open.overheid.nl\\x')?.href).toBe('https://open.overheid.nl/x');
  });

  it('uses the allow-list it is given', () => {
    expect(isAllowedExternalUrl('https://www.gemeente.nl/', ['www.gemeente.nl'])).toBe(true);
    expect(isAllowedExternalUrl('https://open.overheid.nl/', ['www.gemeente.nl'])).toBe(false);
    expect(isAllowedExternalUrl('https://open.overheid.nl/', [])).toBe(false);
  });

  it('treats malformed allow-list entries as matching nothing', () => {
    expect(isAllowedExternalUrl('https://example.com/', ['*'])).toBe(false);
    expect(isAllowedExternalUrl('https://a.nl/', ['*.nl'])).toBe(false);
    expect(hostMatches('example.com', 'EXAMPLE.COM')).toBe(false);
  });
});

describe('allow-list patterns', () => {
  it('accepts the defaults', () => {
    expect(DEFAULT_EXTERNAL_HOSTS.every(isValidHostPattern)).toBe(true);
    expect(validateAllowList(DEFAULT_EXTERNAL_HOSTS)).toEqual(DEFAULT_EXTERNAL_HOSTS);
  });

  it.each(['*', '*.nl', 'nl', '**.overheid.nl', 'open.*.nl', 'https://open.overheid.nl', 'Open.Overheid.nl', 'a_b.nl', ''])(
    'rejects %j',
    (pattern) => {
      expect(isValidHostPattern(pattern)).toBe(false);
      expect(() => validateAllowList([pattern])).toThrow(/Invalid external host pattern/);
    },
  );
});
