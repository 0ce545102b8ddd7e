/**
 * The hub's one query layer. Everything above this file talks to `Db`/`DbClient` and never knows
 * whether it runs on embedded PGlite or on a PostgreSQL server.
 */

export type DbKind = 'pglite' | 'postgres';

export interface QueryResult<T> {
  rows: T[];
  /** Rows returned or changed by the statement. */
  rowCount: number;
}

/** A database handle or an open transaction: both run statements and can nest a transaction. */
export interface DbClient {
  readonly kind: DbKind;
  /** One statement with `$1…` parameters. Pass JSON values as `JSON.stringify(x)` with a `::jsonb` cast. */
  query<T = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<QueryResult<T>>;
  /** A script of several statements without parameters (migrations). */
  exec(sql: string): Promise<void>;
  /**
   * Runs `fn` in a transaction: COMMIT when it resolves, ROLLBACK when it throws. Inside a
   * transaction this opens a SAVEPOINT instead. Use only `tx` inside `fn`: on PGlite the outer
   * handle waits for the transaction to end, so using it there deadlocks.
   */
  transaction<T>(fn: (tx: DbClient) => Promise<T>): Promise<T>;
}

export interface Db extends DbClient {
  /** Closes the database; later queries fail. Safe to call twice. */
  close(): Promise<void>;
}

/**
 * int8 (bigint, count(*)) as a JS number on both backends, so `rev` and `seq` compare the same
 * everywhere. node-postgres would return strings, PGlite numbers; a value beyond 2^53 throws rather
 * than silently losing precision.
 */
export function parseInt8(text: string): number {
  const value = Number(text);
  if (!Number.isSafeInteger(value)) throw new RangeError(`int8 value ${text} does not fit in a JS number`);
  return value;
}

export const INT8_OID = 20;

/** Nested transactions become savepoints on the connection that holds the outer transaction. */
export async function withSavepoint<T>(tx: DbClient, depth: number, fn: () => Promise<T>): Promise<T> {
  const name = `loket_sp_${depth}`;
  await tx.query(`SAVEPOINT ${name}`);
  try {
    const result = await fn();
    await tx.query(`RELEASE SAVEPOINT ${name}`);
    return result;
  } catch (error) {
    await tx.query(`ROLLBACK TO SAVEPOINT ${name}`);
    throw error;
  }
}

/** The SQLSTATE of a database error from either driver, e.g. '23505' for a unique violation. */
export function sqlState(error: unknown): string | undefined {
  if (typeof error === 'object' && error !== null && 'code' in error) {
    const code = (error as { code: unknown }).code;
    if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) return code;
  }
  return undefined;
}
