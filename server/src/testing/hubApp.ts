import { afterAll, beforeAll } from 'vitest';
import { createApp, type AppOptions } from '../app';
import { migrate } from '../db/migrate';
import { silentLog } from '../log';
import type { TestBackend, TestDb } from './backends';

export interface TestHub {
  /** The migrated database; set once the describe block's beforeAll has run. */
  test: TestDb;
  /** The hub app on that database, quiet unless `options.log` says otherwise. */
  app: ReturnType<typeof createApp>;
}

/**
 * A fresh migrated database and the hub app on it for the calling describe block: opened in its
 * beforeAll, disposed in its afterAll, so each test file does not spell out the same hooks.
 * Read `hub.test` and `hub.app` inside tests and hooks, not at collection time.
 */
export function migratedHub(backend: TestBackend, options: Omit<AppOptions, 'db'> = {}): TestHub {
  const hub = {} as TestHub;
  beforeAll(async () => {
    hub.test = await backend.open();
    await migrate(hub.test.db);
    hub.app = createApp({ log: silentLog, ...options, db: hub.test.db });
  });
  afterAll(() => hub.test.dispose());
  return hub;
}
