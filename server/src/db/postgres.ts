import pg from 'pg';
import { INT8_OID, parseInt8, withSavepoint, type Db, type DbClient, type QueryResult } from './db';

export interface PostgresOptions {
  connectionString: string;
  /** Puts the hub's tables in this schema (search_path) instead of `public`. */
  schema?: string;
  /** Pool size; each concurrent request or transaction holds one connection. */
  maxConnections?: number;
  onPoolError?: (error: Error) => void;
}

const types = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === INT8_OID ? parseInt8 : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
};

type Runner = Pick<pg.PoolClient, 'query'>;

function client(runner: Runner, depth: number): DbClient {
  return {
    kind: 'postgres',
    async query<T>(sql: string, params: readonly unknown[] = []): Promise<QueryResult<T>> {
      const result = await runner.query(sql, [...params]);
      return { rows: result.rows as T[], rowCount: result.rowCount ?? result.rows.length };
    },
    async exec(sql: string): Promise<void> {
      // Without parameters node-postgres uses the simple query protocol, which accepts a script.
      await runner.query(sql);
    },
    async transaction<T>(fn: (tx: DbClient) => Promise<T>): Promise<T> {
      const nested = client(runner, depth + 1);
      return withSavepoint(nested, depth + 1, () => fn(nested));
    },
  };
}

export function quoteIdent(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

/** node-postgres pool against a PostgreSQL server (`DATABASE_URL`). */
export async function openPostgres(options: PostgresOptions): Promise<Db> {
  const pool = new pg.Pool({
    connectionString: options.connectionString,
    max: options.maxConnections ?? 10,
    types,
    ...(options.schema ? { options: `-c search_path=${quoteIdent(options.schema)}` } : {}),
  });
  // An idle connection dropped by the server emits 'error' on the pool; unhandled, it kills the hub.
  pool.on('error', options.onPoolError ?? (() => {}));
  let closed = false;

  // Fail at start-up, not at the first request, when the URL or credentials are wrong.
  const probe = await pool.connect().catch(async (error: unknown) => {
    await pool.end();
    throw error;
  });
  probe.release();

  return {
    ...client(pool, 0),
    async transaction<T>(fn: (tx: DbClient) => Promise<T>): Promise<T> {
      const connection = await pool.connect();
      let broken = false;
      try {
        await connection.query('BEGIN');
        const result = await fn(client(connection, 0));
        await connection.query('COMMIT');
        return result;
      } catch (error) {
        // A failed ROLLBACK means the connection is in an unknown state: drop it from the pool.
        await connection.query('ROLLBACK').catch(() => {
          broken = true;
        });
        throw error;
      } finally {
        connection.release(broken);
      }
    },
    async close(): Promise<void> {
      if (closed) return;
      closed = true;
      await pool.end();
    },
  };
}
