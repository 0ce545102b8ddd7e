import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { Db } from '../db/db';
import { openDb } from '../db/open';
import { quoteIdent } from '../db/postgres';

/**
 * The databases every server test runs against: PGlite in memory always, and a real PostgreSQL
 * when TEST_DATABASE_URL is set (scripts/pg-test-server.sh starts one). Use with
 * `describe.each(backends)('$name', …)`.
 */
export interface TestBackend {
  name: 'pglite' | 'postgres';
  /** A fresh, empty database: its own PGlite instance, or its own schema on the server. */
  open(): Promise<TestDb>;
}

export interface TestDb {
  db: Db;
  /** Closes the database and, on PostgreSQL, drops the schema. */
  dispose(): Promise<void>;
}

export const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL || undefined;

const pglite: TestBackend = {
  name: 'pglite',
  async open() {
    const db = await openDb();
    return { db, dispose: () => db.close() };
  },
};

async function withAdmin(url: string, sql: string): Promise<void> {
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  try {
    await admin.query(sql);
  } finally {
    await admin.end();
  }
}

function postgres(url: string): TestBackend {
  return {
    name: 'postgres',
    async open() {
      // A schema per test database lets test files run in parallel on one server and leaves nothing behind.
      const schema = `loket_test_${randomBytes(6).toString('hex')}`;
      await withAdmin(url, `create schema ${quoteIdent(schema)}`);
      const db = await openDb({ databaseUrl: url, schema });
      return {
        db,
        async dispose() {
          await db.close();
          await withAdmin(url, `drop schema if exists ${quoteIdent(schema)} cascade`);
        },
      };
    },
  };
}

/** PGlite always; PostgreSQL too when a database URL is given (an empty one counts as none). */
export function backendsFor(databaseUrl: string | undefined): TestBackend[] {
  return databaseUrl ? [pglite, postgres(databaseUrl)] : [pglite];
}

export const backends: TestBackend[] = backendsFor(TEST_DATABASE_URL);
