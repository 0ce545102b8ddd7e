import { describe, expect, it } from 'vitest';
import { readShellConfig } from '../config';
import { DEFAULT_HUB_URL, buildShellContentSecurityPolicy, isLoopbackHost, normaliseHubOrigin, parseHubOrigins } from './csp';

function directives(csp: string): Record<string, string[]> {
  return Object.fromEntries(
    csp.split(';').map((part) => {
      const [name = '', ...values] = part.trim().split(/\s+/);
      return [name, values];
    }),
  );
}

describe('shell Content-Security-Policy', () => {
  const policy = directives(buildShellContentSecurityPolicy(['https://hub.gemeente.example']));

  it('has the required directives', () => {
    expect(policy['default-src']).toEqual(["'self'"]);
    expect(policy['script-src']).toEqual(["'self'"]);
    expect(policy['object-src']).toEqual(["'none'"]);
    expect(policy['base-uri']).toEqual(["'none'"]);
    expect(policy['frame-ancestors']).toEqual(["'none'"]);
    expect(policy['form-action']).toEqual(["'none'"]);
    expect(policy['img-src']).toEqual(expect.arrayContaining(["'self'", 'data:']));
    expect(policy['connect-src']).toEqual(["'self'", 'https://hub.gemeente.example']);
  });

  it('allows inline styles (react-aria injects <style> elements) but never inline or eval’d script', () => {
    expect(policy['style-src']).toEqual(["'self'", "'unsafe-inline'"]);
    const all = Object.values(policy).flat();
    expect(all).not.toContain("'unsafe-eval'");
    expect(policy['script-src']).not.toContain("'unsafe-inline'");
    expect(all).not.toContain('*');
    expect(all.some((source) => source === 'http:' || source === 'https:')).toBe(false);
  });

  it('connects to the local hub by default', () => {
    const config = readShellConfig({});
    expect(config.hubOrigins).toEqual(['http://127.0.0.1:8787']);
    expect(directives(config.csp)['connect-src']).toEqual(["'self'", 'http://127.0.0.1:8787']);
    expect(DEFAULT_HUB_URL).toBe('http://127.0.0.1:8787');
  });

  it('takes the hub from LOKET_HUB_URL, origin only, several allowed', () => {
    expect(parseHubOrigins('https://hub.gemeente.example/api/v1')).toEqual(['https://hub.gemeente.example']);
    expect(parseHubOrigins(' https://a.example , https://b.example:8443/x ,https://a.example ')).toEqual([
      'https://a.example',
      'https://b.example:8443',
    ]);
    expect(parseHubOrigins('')).toEqual(['http://127.0.0.1:8787']);
    const config = readShellConfig({ LOKET_HUB_URL: 'https://hub.gemeente.example/' });
    expect(directives(config.csp)['connect-src']).toEqual(["'self'", 'https://hub.gemeente.example']);
  });

  it('accepts plain http only for a hub on this computer', () => {
    expect(normaliseHubOrigin('http://127.0.0.1:8787')).toBe('http://127.0.0.1:8787');
    expect(normaliseHubOrigin('http://localhost:8787')).toBe('http://localhost:8787');
    expect(normaliseHubOrigin('http://[::1]:8787')).toBe('http://[::1]:8787');
    expect(() => normaliseHubOrigin('http://hub.gemeente.example')).toThrow(/https/);
    expect(() => normaliseHubOrigin('http://10.0.0.5:8787')).toThrow(/https/);
    expect(isLoopbackHost('127.1.2.3')).toBe(true);
    expect(isLoopbackHost('127.0.0.1.evil.example')).toBe(false);
  });

  it.each([
    ['not a URL', 'hub'],
    ['a file URL', 'file:///etc/passwd'],
    ['a websocket URL', 'wss://hub.example'],
    ['credentials', 'https://user:secret@hub.example'],
    ['an unparsable host', "https://hub.example;script-src:'unsafe-inline'"],
  ])('refuses %s', (_name, value) => {
    expect(() => normaliseHubOrigin(value)).toThrow(/LOKET_HUB_URL/);
  });

  // The URL parser accepts these host names, and URL.origin would copy them into the header,
  // where ";" starts a new directive and "," a new policy.
  it.each(['https://hub.example;script-src/', 'https://hub.example,script-src/', "https://hub.ex'ample/"])(
    'refuses %s, which would inject into the policy',
    (value) => {
      expect(() => normaliseHubOrigin(value)).toThrow(/unsupported host/);
      expect(() => readShellConfig({ LOKET_HUB_URL: value })).toThrow(/LOKET_HUB_URL/);
    },
  );

  it('a bad LOKET_HUB_URL stops start-up with a readable message', () => {
    expect(() => readShellConfig({ LOKET_HUB_URL: 'ftp://hub.example' })).toThrow(/LOKET_HUB_URL must be an http\(s\) URL/);
  });

  it('reads the smoke-test switch', () => {
    expect(readShellConfig({}).smokeTest).toBe(false);
    expect(readShellConfig({ LOKET_SMOKE_TEST: '1' }).smokeTest).toBe(true);
    expect(readShellConfig({ LOKET_SMOKE_TEST: 'yes' }).smokeTest).toBe(false);
  });
});

describe('packaged build: hub from the managed configuration only', () => {
  const managed = {
    status: 'managed' as const,
    sources: ['/etc/open-loket/config.json'],
    config: { hubUrl: 'https://hub.gemeente.example', centre: 'Stadhuis', workstation: 'K7Q', allowUnencryptedSecrets: false },
  };

  it('lists exactly the configured hub in connect-src', () => {
    const config = readShellConfig({}, { packaged: true, managed });
    expect(config.hubOrigins).toEqual(['https://hub.gemeente.example']);
    expect(directives(config.csp)['connect-src']).toEqual(["'self'", 'https://hub.gemeente.example']);
    expect(config.managed).toBe(managed);
  });

  it('has no built-in hub and ignores LOKET_HUB_URL when the configuration is missing', () => {
    const config = readShellConfig({ LOKET_HUB_URL: 'http://127.0.0.1:8787' }, { packaged: true, managed: { status: 'missing', locations: ['/etc/open-loket/config.json'] } });
    expect(config.hubOrigins).toEqual([]);
    expect(directives(config.csp)['connect-src']).toEqual(["'self'"]);
    expect(config.csp).not.toContain('127.0.0.1');
    expect(config.managed).toEqual({ status: 'missing', locations: ['/etc/open-loket/config.json'] });
  });

  it('connects nowhere with an invalid configuration', () => {
    const config = readShellConfig({}, { packaged: true, managed: { status: 'invalid', sources: [], problems: ['hubUrl: must start with https://'] } });
    expect(directives(config.csp)['connect-src']).toEqual(["'self'"]);
  });

  it('ignores the smoke-test variable', () => {
    expect(readShellConfig({ LOKET_SMOKE_TEST: '1' }, { packaged: true, managed }).smokeTest).toBe(false);
  });

  it('a development build stays unmanaged with LOKET_HUB_URL', () => {
    expect(readShellConfig({ LOKET_HUB_URL: 'https://hub.gemeente.example' }).managed).toEqual({ status: 'unmanaged', hubUrl: 'https://hub.gemeente.example' });
  });
});
