import { mkdir } from 'node:fs/promises';
import { PGlite, type Transaction } from '@electric-sql/pglite';
import { INT8_OID, parseInt8, withSavepoint, type Db, type DbClient, type QueryResult } from './db';

/** PGlite's own spelling of "no folder, keep it in memory". */
export const IN_MEMORY = 'memory://';

type Runner = Pick<Transaction, 'query' | 'exec'>;

function client(runner: Runner, depth: number): DbClient {
  return {
    kind: 'pglite',
    async query<T>(sql: string, params: readonly unknown[] = []): Promise<QueryResult<T>> {
      const result = await runner.query<T>(sql, [...params]);
      return { rows: result.rows, rowCount: result.rowCount ?? result.affectedRows ?? result.rows.length };
    },
    async exec(sql: string): Promise<void> {
      await runner.exec(sql);
    },
    async transaction<T>(fn: (tx: DbClient) => Promise<T>): Promise<T> {
      const self = client(runner, depth + 1);
      return withSavepoint(self, depth + 1, () => fn(self));
    },
  };
}

/**
 * Embedded PostgreSQL (WASM) in `dataDir`, or in memory. One process owns a data folder at a time:
 * PGlite has no server to arbitrate between two hubs on the same folder.
 */
export async function openPglite(dataDir: string = IN_MEMORY): Promise<Db> {
  if (dataDir !== IN_MEMORY) await mkdir(dataDir, { recursive: true });
  const pg = await PGlite.create(dataDir, { parsers: { [INT8_OID]: parseInt8 } });
  const top = client(pg, 0);
  return {
    ...top,
    async transaction<T>(fn: (tx: DbClient) => Promise<T>): Promise<T> {
      return pg.transaction((tx) => fn(client(tx, 0)));
    },
    async close(): Promise<void> {
      if (!pg.closed) await pg.close();
    },
  };
}
