import { describe, expect, it } from 'vitest';
import { createApp } from '../app';
import { ConfigError, readConfig } from '../config';
import type { Db } from '../db/db';

/** Enough of a database for /health: the one query it runs. */
const db = {
  kind: 'pglite',
  query: async () => ({ rows: [{ time: new Date('2026-11-30T12:00:00Z'), version: 5 }], rowCount: 1 }),
} as unknown as Db;

describe('/health reports the minimum desk version', () => {
  it('includes it when configured', async () => {
    const app = createApp({ db, log: () => {}, minimumDeskVersion: '0.2.0' });
    await expect((await app.request('/health')).json()).resolves.toEqual({
      status: 'ok',
      db: 'pglite',
      schemaVersion: 5,
      time: '2026-11-30T12:00:00.000Z',
      minimumDeskVersion: '0.2.0',
    });
  });

  it('leaves it out otherwise', async () => {
    const body = (await (await createApp({ db, log: () => {} }).request('/health')).json()) as Record<string, unknown>;
    expect(body).not.toHaveProperty('minimumDeskVersion');
  });

  it('reads LOKET_MIN_DESK_VERSION and refuses what is not a version', () => {
    expect(readConfig({ LOKET_MIN_DESK_VERSION: ' 0.2.0 ' }, [], '/srv').minimumDeskVersion).toBe('0.2.0');
    expect(readConfig({}, [], '/srv')).not.toHaveProperty('minimumDeskVersion');
    expect(() => readConfig({ LOKET_MIN_DESK_VERSION: 'latest' }, [], '/srv')).toThrow(ConfigError);
  });
});
