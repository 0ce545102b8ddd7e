import { describe, expect, it } from 'vitest';
import { buildContentSecurityPolicy } from './csp';

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
