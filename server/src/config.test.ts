import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { ConfigError, readConfig } from './config';

describe('hub configuration', () => {
  it('defaults: loopback, port 8787, PGlite in ./.data/hub, default CORS list', () => {
    expect(readConfig({}, [], '/srv/loket')).toEqual({
      host: '127.0.0.1',
      port: 8787,
      databaseUrl: undefined,
      dataDir: '/srv/loket/.data/hub',
      demo: false,
      corsOrigins: ['app://loket', 'http://127.0.0.1:*', 'http://localhost:*'],
      // The repository's own data/ folder, wherever the checkout is.
      referenceDataDir: resolve(import.meta.dirname, '../../data'),
      allowUnauthenticatedRemote: false,
    });
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

  it('will not listen beyond loopback without sign-in unless told to', () => {
    expect(() => readConfig({ HOST: '0.0.0.0' }, [])).toThrow(/sign-in is not built yet/);
    expect(readConfig({ HOST: '0.0.0.0', LOKET_ALLOW_UNAUTHENTICATED_REMOTE: '1' }, []).host).toBe('0.0.0.0');
    expect(readConfig({ HOST: 'localhost' }, []).host).toBe('localhost');
  });
});
