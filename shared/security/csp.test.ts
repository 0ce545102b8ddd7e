import { describe, expect, it } from 'vitest';
import { PRINT_CONTENT_SECURITY_POLICY, buildContentSecurityPolicy, withPrintPolicy } from './csp';

function directives(csp: string) {
  return Object.fromEntries(csp.split('; ').map((part) => [part.split(' ')[0], part.split(' ').slice(1)]));
}

describe('Content-Security-Policy', () => {
  it('allows only own scripts and no plugins, base or framing by others', () => {
    const d = directives(buildContentSecurityPolicy({ connectSources: ['http://127.0.0.1:8787/api'] }));
    expect(d['script-src']).toEqual(["'self'"]);
    expect(d['object-src']).toEqual(["'none'"]);
    expect(d['base-uri']).toEqual(["'none'"]);
    expect(d['frame-ancestors']).toEqual(["'none'"]);
    expect(d['script-src']).not.toContain("'unsafe-eval'");
  });
  it('lets the renderer reach the hub origin, not its path', () => {
    const d = directives(buildContentSecurityPolicy({ connectSources: ['http://127.0.0.1:8787/api', 'http://127.0.0.1:8787'] }));
    expect(d['connect-src']).toEqual(["'self'", 'http://127.0.0.1:8787']);
  });
  it('refuses a hub address that is not http(s)', () => {
    expect(() => buildContentSecurityPolicy({ connectSources: ['file:///etc/passwd'] })).toThrow(/http/);
    expect(() => buildContentSecurityPolicy({ connectSources: ['not a url'] })).toThrow();
    expect(() => buildContentSecurityPolicy({ connectSources: ["http://evil;script-src'unsafe-eval'"] })).toThrow();
  });
});

describe('print documents carry their own policy', () => {
  const META = /^<meta http-equiv="Content-Security-Policy" content="([^"]+)">/;

  it('is restrictive: nothing runs, loads or submits; inline styles and data: images only', () => {
    const d = directives(PRINT_CONTENT_SECURITY_POLICY);
    expect(d['default-src']).toEqual(["'none'"]);
    expect(d['script-src']).toEqual(["'none'"]);
    expect(d['style-src']).toEqual(["'unsafe-inline'"]);
    expect(d['img-src']).toEqual(['data:']);
    expect(d['form-action']).toEqual(["'none'"]);
    expect(d['base-uri']).toEqual(["'none'"]);
    expect(PRINT_CONTENT_SECURITY_POLICY).not.toMatch(/'self'|https?:|\*/);
  });

  it('goes right after the doctype, before anything of the document', () => {
    const html = '<!DOCTYPE html><html><head><meta http-equiv="refresh" content="0;url=https://x"><title>t</title></head><body>b</body></html>';
    const printed = withPrintPolicy(html);
    expect(printed.startsWith('<!DOCTYPE html><meta http-equiv="Content-Security-Policy"')).toBe(true);
    expect(printed.endsWith(html.slice('<!DOCTYPE html>'.length))).toBe(true);
    expect(META.exec(printed.slice('<!DOCTYPE html>'.length))?.[1]).toBe(PRINT_CONTENT_SECURITY_POLICY);
  });

  it('goes first in a document without a doctype', () => {
    expect(withPrintPolicy('<p>Zaak 12</p>')).toMatch(/^<meta http-equiv="Content-Security-Policy" content="[^"]+"><p>Zaak 12<\/p>$/);
  });

  it('is not fooled by a doctype later in the text', () => {
    expect(withPrintPolicy('<p>x</p><!doctype html>').startsWith('<meta http-equiv')).toBe(true);
  });
});
