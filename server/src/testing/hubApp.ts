import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { createApp, type AppOptions } from '../app';
import type { Db } from '../db/db';
import { migrate } from '../db/migrate';
import { silentLog } from '../log';
import type { TestBackend, TestDb } from './backends';

export interface TestDatabase {
  /** The migrated test database; set once the describe block's beforeAll has run. */
  test: TestDb;
  /** Its connection (`test.db`). */
  db: Db;
}

export interface TestHub extends TestDatabase {
  /** The hub app on that database, quiet unless `options.log` says otherwise. */
  app: ReturnType<typeof createApp>;
}

/**
 * A fresh migrated database for the calling describe block: opened in its beforeAll, disposed in
 * its afterAll (with `freshForEachTest`, in beforeEach and afterEach), so each test file does not spell out the same hooks. Read the fields inside tests
 * and hooks, not at collection time. (PGlite starts slowly on a loaded machine: in the hook's
 * 60 s, not in a test's 30 s.)
 */
export function migratedDatabase(backend: TestBackend, options: { freshForEachTest?: boolean } = {}): TestDatabase {
  return openInHooks(backend, () => {}, options.freshForEachTest ?? false);
}

/** A fresh migrated database and the hub app on it for the calling describe block (see migratedDatabase). */
export function migratedHub(backend: TestBackend, options: Omit<AppOptions, 'db'> = {}): TestHub {
  return openInHooks<TestHub>(backend, (hub) => {
    hub.app = createApp({ log: silentLog, ...options, db: hub.db });
  });
}

function openInHooks<T extends TestDatabase>(backend: TestBackend, ready: (handle: T) => void, freshForEachTest = false): T {
  const handle = {} as T;
  const [before, after] = freshForEachTest ? [beforeEach, afterEach] : [beforeAll, afterAll];
  before(async () => {
    handle.test = await backend.open();
    handle.db = handle.test.db;
    await migrate(handle.db);
    ready(handle);
  });
  after(() => handle.test.dispose());
  return handle;
}
