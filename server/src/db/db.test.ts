import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends, type TestDb } from '../testing/backends';
import type { Db } from './db';
import { migrate, MigrationError, schemaVersion, type Migration } from './migrate';
import { MIGRATIONS } from './migrations/index';

// Written out, not read from the migrations: a migration that drops or forgets a table shows here.
const TABLES = [
  'answer_revisions',
  'answers',
  'applied_mutations',
  'audit',
  'audit_counter',
  'cases',
  'centre_settings',
  'clients',
  'conflicts',
  'contacts',
  'documents',
  'guide_versions',
  'hub_identity',
  'refresh_tokens',
  'revision_counter',
  'schema_migrations',
  'sessions',
  'tasks',
  'users',
  'woo_requests',
  'workstations',
];

/** The newest schema version, and a free id after it for the tests' extra migrations. */
const LATEST = MIGRATIONS.at(-1)!.id;
const NEXT = LATEST + 1;

async function tables(db: Db): Promise<string[]> {
  const { rows } = await db.query<{ name: string }>(
    `select table_name as name from information_schema.tables where table_schema = current_schema() order by 1`,
  );
  return rows.map((row) => row.name);
}

describe.each(backends)('database on $name', (backend) => {
  let test: TestDb;
  let db: Db;
  beforeAll(async () => {
    test = await backend.open();
    db = test.db;
  });
  afterAll(() => test.dispose());

  describe('migrations', () => {
    it('create the schema on an empty database and record the version', async () => {
      const report = await migrate(db);
      expect(report).toEqual({ applied: MIGRATIONS.map((m) => m.id), schemaVersion: MIGRATIONS.at(-1)!.id });
      expect(await tables(db)).toEqual(TABLES);
    });

    it('are idempotent: a restart applies nothing and keeps the data', async () => {
      await db.query(`insert into users (username, display_name, role, password_hash) values ('anna', 'Anna', 'desk', 'x')`);
      expect(await migrate(db)).toEqual({ applied: [], schemaVersion: LATEST });
      const { rows } = await db.query('select count(*)::int as n from schema_migrations');
      expect(rows[0]).toEqual({ n: MIGRATIONS.length });
      expect((await db.query('select username from users')).rows).toEqual([{ username: 'anna' }]);
      await db.query('delete from users');
    });

    it('run concurrently (two hubs starting together) apply each migration once', async () => {
      // The sleep holds the first transaction open long enough for the second to reach its check.
      const extra: Migration = {
        id: NEXT,
        name: 'extra',
        sql: 'select pg_sleep(0.3); create table extra_one (id int primary key); insert into extra_one values (1);',
      };
      const reports = await Promise.all([migrate(db, [...MIGRATIONS, extra]), migrate(db, [...MIGRATIONS, extra])]);
      expect(reports.flatMap((report) => report.applied)).toEqual([NEXT]);
      expect((await db.query('select count(*)::int as n from extra_one')).rows[0]).toEqual({ n: 1 });
      await db.exec(`drop table extra_one; delete from schema_migrations where id = ${NEXT};`);
    });

    it('refuse a migration whose text changed after it was applied', async () => {
      const edited = MIGRATIONS.map((m) => ({ ...m, sql: `${m.sql}\n-- edited` }));
      await expect(migrate(db, edited)).rejects.toThrow(/changed after it was applied/);
    });

    it('refuse a database newer than the hub', async () => {
      await db.query(`insert into schema_migrations (id, name, checksum) values (99, 'future', 'x')`);
      await expect(migrate(db)).rejects.toBeInstanceOf(MigrationError);
      await db.query('delete from schema_migrations where id = 99');
      expect(await schemaVersion(db)).toBe(LATEST);
    });

    it('a failing migration leaves neither its tables nor its record behind', async () => {
      const broken: Migration = { id: NEXT, name: 'broken', sql: 'create table half_done (id int); select * from no_such_table;' };
      await expect(migrate(db, [...MIGRATIONS, broken])).rejects.toThrow(/no_such_table/);
      expect(await tables(db)).toEqual(TABLES);
      expect(await schemaVersion(db)).toBe(LATEST);
    });

    it('reject ids that are not increasing', async () => {
      const first = MIGRATIONS[0]!;
      await expect(migrate(db, [first, first])).rejects.toThrow(/increasing/);
    });
  });

  describe('transactions', () => {
    const insert = (client: Pick<Db, 'query'>, username: string) =>
      client.query(`insert into users (username, display_name, role, password_hash) values ($1, $1, 'desk', 'x')`, [username]);
    const usernames = async () => (await db.query<{ username: string }>('select username from users order by 1')).rows.map((r) => r.username);

    it('commit when the function resolves', async () => {
      const result = await db.transaction(async (tx) => {
        await insert(tx, 'committed');
        return 'done';
      });
      expect(result).toBe('done');
      expect(await usernames()).toEqual(['committed']);
      await db.query('delete from users');
    });

    it('roll back everything when the function throws', async () => {
      await expect(
        db.transaction(async (tx) => {
          await insert(tx, 'rolled-back');
          await tx.query(`update revision_counter set value = value + 1`);
          throw new Error('boom');
        }),
      ).rejects.toThrow('boom');
      expect(await usernames()).toEqual([]);
      expect((await db.query('select value from revision_counter')).rows).toEqual([{ value: 0 }]);
    });

    it('roll back after a failing statement', async () => {
      await expect(
        db.transaction(async (tx) => {
          await insert(tx, 'twice');
          await insert(tx, 'twice');
        }),
      ).rejects.toMatchObject({ code: '23505' });
      expect(await usernames()).toEqual([]);
    });

    it('nest as savepoints: an inner failure undoes only the inner part', async () => {
      await db.transaction(async (tx) => {
        await insert(tx, 'outer');
        await expect(
          tx.transaction(async (inner) => {
            await insert(inner, 'inner');
            throw new Error('inner fails');
          }),
        ).rejects.toThrow('inner fails');
        await tx.transaction((inner) => insert(inner, 'inner-ok'));
      });
      expect(await usernames()).toEqual(['inner-ok', 'outer']);
      await db.query('delete from users');
    });

    it('are isolated: uncommitted rows are invisible to other readers', async () => {
      // On PGlite the outside read waits for the transaction; on PostgreSQL it runs alongside it.
      let outsideDuring: string[] | undefined;
      const outside = db.kind === 'postgres' ? () => usernames() : async () => undefined;
      await db.transaction(async (tx) => {
        await insert(tx, 'pending');
        outsideDuring = await outside();
      });
      if (db.kind === 'postgres') expect(outsideDuring).toEqual([]);
      expect(await usernames()).toEqual(['pending']);
      await db.query('delete from users');
    });
  });

  it('parses int8 as a JS number and timestamptz as a Date on both drivers', async () => {
    const { rows } = await db.query<{ big: number; at: Date; doc: unknown }>(
      `select 9007199254740991::int8 as big, '2025-05-05T10:00:00Z'::timestamptz as at, $1::jsonb as doc`,
      [JSON.stringify({ a: [1, 'twee'] })],
    );
    expect(rows[0]).toEqual({ big: 9007199254740991, at: new Date('2025-05-05T10:00:00Z'), doc: { a: [1, 'twee'] } });
    await expect(db.query('select 9007199254740993::int8 as big')).rejects.toThrow(/does not fit/);
  });

  it('keeps the audit trail insert-only', async () => {
    await db.query(
      `insert into audit (id, at, actor, action, entity, record_id, seq) values (gen_random_uuid(), now(), 'anna', 'case.created', 'cases', gen_random_uuid(), 1)`,
    );
    await expect(db.query(`update audit set actor = 'someone else'`)).rejects.toThrow(/append-only/);
    await expect(db.query('delete from audit')).rejects.toThrow(/append-only/);
    expect((await db.query('select actor from audit')).rows).toEqual([{ actor: 'anna' }]);
  });
});
