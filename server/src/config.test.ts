import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { ConfigError, readConfig } from './config';

describe('hub configuration', () => {
  it('defaults: loopback, port 8787, PGlite in ./.data/hub, the exact default CORS origins, loopback host names', () => {
    expect(readConfig({}, [], '/srv/loket')).toEqual({
      host: '127.0.0.1',
      port: 8787,
      databaseUrl: undefined,
      dataDir: '/srv/loket/.data/hub',
      demo: false,
      corsOrigins: ['app://loket', 'http://127.0.0.1:5180', 'http://localhost:5180'],
      // The repository's own data/ folder, wherever the checkout is.
      referenceDataDir: resolve(import.meta.dirname, '../../data'),
      behindProxy: false,
      hostNames: ['127.0.0.1', 'localhost', '::1'],
    });
    expect(readConfig({ LOKET_UI_PORT: '6000' }, []).corsOrigins).toEqual(['app://loket', 'http://127.0.0.1:6000', 'http://localhost:6000']);
  });

  it('reads the environment and --demo', () => {
    const config = readConfig(
      {
        HOST: '::1',
        PORT: '9000',
        DATABASE_URL: 'postgres://hub@db/loket',
        LOKET_HUB_DATA: 'hubdata',
        LOKET_CORS_ORIGINS: 'https://loket.example, app://loket',
        LOKET_REFERENCE_DATA: '/data/reference',
      },
      ['--demo'],
      '/srv/loket',
    );
    expect(config).toMatchObject({
      host: '::1',
      port: 9000,
      databaseUrl: 'postgres://hub@db/loket',
      dataDir: '/srv/loket/hubdata',
      demo: true,
      corsOrigins: ['https://loket.example', 'app://loket'],
      referenceDataDir: '/data/reference',
    });
    expect(readConfig({ LOKET_DEMO: '1' }, []).demo).toBe(true);
  });

  it('refuses a bad port and unknown arguments', () => {
    expect(() => readConfig({ PORT: 'http' }, [])).toThrow(ConfigError);
    expect(() => readConfig({ PORT: '70000' }, [])).toThrow(/PORT/);
    expect(() => readConfig({}, ['--dmeo'])).toThrow(/unknown argument "--dmeo"/);
  });

  it('listens beyond loopback only over TLS or behind an explicitly configured proxy, and with host names', () => {
    expect(() => readConfig({ HOST: '0.0.0.0' }, [])).toThrow(/without TLS/);
    expect(() => readConfig({ HOST: '0.0.0.0', LOKET_TLS_CERT_FILE: 'c.pem' }, [])).toThrow(/both LOKET_TLS_CERT_FILE and LOKET_TLS_KEY_FILE/);
    expect(() => readConfig({ HOST: '0.0.0.0', LOKET_TLS_CERT_FILE: 'c.pem', LOKET_TLS_KEY_FILE: 'k.pem' }, [])).toThrow(/LOKET_HOSTNAMES/);
    const tls = readConfig({ HOST: '0.0.0.0', LOKET_TLS_CERT_FILE: 'c.pem', LOKET_TLS_KEY_FILE: 'k.pem', LOKET_HOSTNAMES: 'Hub.Gemeente.nl' }, [], '/srv');
    expect(tls).toMatchObject({ tls: { certFile: '/srv/c.pem', keyFile: '/srv/k.pem' }, hostNames: ['127.0.0.1', 'localhost', '::1', 'hub.gemeente.nl'] });
    const proxied = readConfig({ HOST: '10.0.0.5', LOKET_BEHIND_PROXY: '1', LOKET_HOSTNAMES: 'hub.gemeente.nl' }, []);
    expect(proxied).toMatchObject({ behindProxy: true, host: '10.0.0.5' });
    expect(proxied.tls).toBeUndefined();
    expect(readConfig({ HOST: 'localhost' }, []).host).toBe('localhost');
  });

  it('refuses wildcard and malformed CORS origins and a short token secret', () => {
    expect(() => readConfig({ LOKET_CORS_ORIGINS: 'http://localhost:*' }, [])).toThrow(/wildcards are not allowed/);
    expect(() => readConfig({ LOKET_CORS_ORIGINS: '*' }, [])).toThrow(ConfigError);
    expect(() => readConfig({ LOKET_CORS_ORIGINS: 'https://loket.example/path' }, [])).toThrow(/scheme:\/\/host/);
    expect(() => readConfig({ LOKET_TOKEN_SECRET: 'c2hvcnQ=' }, [])).toThrow(/at least 32 bytes/);
  });
});
