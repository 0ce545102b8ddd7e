import Dexie from 'dexie';
import { afterEach } from 'vitest';
import { LoketDatabase } from './database';

/**
 * For test files only: opens fresh IndexedDB databases, each under its own random name (so tests
 * never see each other's records), and deletes them after every test. Call it at the top level of
 * a test file; `prefix` names the file's databases when one is left behind.
 */
export function testDatabases(prefix: string): () => LoketDatabase {
  const names: string[] = [];
  afterEach(async () => {
    for (const name of names.splice(0)) await Dexie.delete(name);
  });
  return () => {
    const name = `${prefix}-${crypto.randomUUID()}`;
    names.push(name);
    return new LoketDatabase(name);
  };
}
