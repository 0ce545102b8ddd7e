import { createHash } from 'node:crypto';
import type { DbClient } from './db';
import { MIGRATIONS } from './migrations/index';
import type { Migration } from './migrations/migration';

export type { Migration } from './migrations/migration';

export interface MigrationReport {
  /** Ids applied by this call; empty when the database was already up to date. */
  applied: number[];
  schemaVersion: number;
}

export class MigrationError extends Error {
  override name = 'MigrationError';
}

/** Arbitrary first key of the advisory lock, so it cannot collide with another application's. */
const LOCK_CLASS = 0x4c6f6b74;

const CREATE_SCHEMA_MIGRATIONS = `
create table if not exists schema_migrations (
  id integer primary key,
  name text not null,
  checksum text not null,
  applied_at timestamptz not null default now()
)`;

function checksum(migration: Migration): string {
  return createHash('sha256').update(migration.sql).digest('hex');
}

function assertOrdered(migrations: readonly Migration[]): void {
  migrations.forEach((migration, index) => {
    const previous = migrations[index - 1];
    if (!Number.isInteger(migration.id) || migration.id < 1 || (previous && migration.id <= previous.id)) {
      throw new MigrationError(`migration ids must be increasing positive integers; got ${migration.id} after ${previous?.id}`);
    }
  });
}

/**
 * Brings the schema up to date: each pending migration in its own transaction, recorded in
 * `schema_migrations` by the same transaction, so a crash leaves it fully applied or not at all.
 *
 * Each transaction first takes a transaction-scoped advisory lock (per schema) and only then looks
 * whether the migration is applied. Two hubs starting together against one PostgreSQL thus queue:
 * the second waits for the first's COMMIT, then sees the migration recorded and skips it. On PGlite
 * the lock is harmless (one connection serialises everything anyway).
 */
export async function migrate(db: DbClient, migrations: readonly Migration[] = MIGRATIONS): Promise<MigrationReport> {
  assertOrdered(migrations);
  const applied: number[] = [];
  for (const migration of migrations) {
    const didApply = await db.transaction(async (tx) => {
      await tx.query('select pg_advisory_xact_lock($1, hashtext(coalesce(current_schema(), \'\')))', [LOCK_CLASS]);
      await tx.exec(CREATE_SCHEMA_MIGRATIONS);
      const { rows } = await tx.query<{ checksum: string }>('select checksum from schema_migrations where id = $1', [
        migration.id,
      ]);
      const recorded = rows[0];
      if (recorded) {
        if (recorded.checksum !== checksum(migration)) {
          throw new MigrationError(
            `migration ${migration.id} (${migration.name}) was changed after it was applied; add a new migration instead`,
          );
        }
        return false;
      }
      await tx.exec(migration.sql);
      await tx.query('insert into schema_migrations (id, name, checksum) values ($1, $2, $3)', [
        migration.id,
        migration.name,
        checksum(migration),
      ]);
      return true;
    });
    if (didApply) applied.push(migration.id);
  }

  const version = await schemaVersion(db);
  const known = migrations.at(-1)?.id ?? 0;
  if (version > known) {
    // An older hub must not write into a schema it does not understand.
    throw new MigrationError(`database schema version ${version} is newer than this hub knows (${known}); upgrade the hub`);
  }
  return { applied, schemaVersion: version };
}

/** The highest applied migration id; fails when the database has never been migrated. */
export async function schemaVersion(db: DbClient): Promise<number> {
  const { rows } = await db.query<{ version: number }>('select coalesce(max(id), 0) as version from schema_migrations');
  return rows[0]?.version ?? 0;
}
