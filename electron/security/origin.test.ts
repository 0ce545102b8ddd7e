import { describe, expect, it } from 'vitest';
import { APP_ENTRY_URL, APP_ORIGIN, isAppUrl, tryParseUrl } from './origin';
import { isTrustedSender } from './sender';

describe('app origin', () => {
  it('is app://loket with index.html as entry', () => {
    expect(APP_ORIGIN).toBe('app://loket');
    expect(APP_ENTRY_URL).toBe('app://loket/index.html');
  });

  it('recognises URLs of the app', () => {
    expect(isAppUrl('app://loket')).toBe(true);
    expect(isAppUrl('app://loket/')).toBe(true);
    expect(isAppUrl('app://loket/index.html#/zaken/1')).toBe(true);
    expect(isAppUrl('APP://loket/index.html')).toBe(true);
  });

  it('tryParseUrl never throws', () => {
    expect(tryParseUrl('not a url')).toBeNull();
    expect(tryParseUrl(null)).toBeNull();
    expect(tryParseUrl('')).toBeNull();
  });
});

describe('isTrustedSender', () => {
  it('accepts frames showing the app bundle', () => {
    expect(isTrustedSender('app://loket/index.html')).toBe(true);
    expect(isTrustedSender('app://loket/settings')).toBe(true);
  });

  it.each([
    ['another host on the app scheme', 'app://evil/index.html'],
    ['a look-alike host', 'app://loket.evil/index.html'],
    ['a host with the app host as prefix', 'app://loketx/'],
    ['credentials', 'app://user@loket/index.html'],
    ['an explicit port', 'app://loket:1234/index.html'],
    ['a web page', 'https://open.overheid.nl/'],
    ['a local file', 'file:///home/user/index.html'],
    ['a data: print document', 'data:text/html;base64,PGgxPkhpPC9oMT4='],
    ['about:blank', 'about:blank'],
    ['the dev server', 'http://localhost:5173/'],
    ['an empty URL (destroyed frame)', ''],
  ])('refuses %s', (_name, url) => {
    expect(isTrustedSender(url)).toBe(false);
  });

  it('refuses a missing or non-string URL', () => {
    expect(isTrustedSender(undefined)).toBe(false);
    expect(isTrustedSender(null)).toBe(false);
    expect(isTrustedSender({ url: 'app://loket/' })).toBe(false);
  });
});
