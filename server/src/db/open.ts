import type { Db } from './db';
import { IN_MEMORY, openPglite } from './pglite';
import { openPostgres } from './postgres';

export interface OpenDbOptions {
  /** A PostgreSQL URL; when set, the hub uses that server instead of embedded PGlite. */
  databaseUrl?: string;
  /** PGlite data folder, or `memory://` (the default) for a throwaway database. */
  dataDir?: string;
  /** PostgreSQL only: schema for the hub's tables (tests use one per file). */
  schema?: string;
  onPoolError?: (error: Error) => void;
}

export async function openDb(options: OpenDbOptions = {}): Promise<Db> {
  if (options.databaseUrl) {
    return openPostgres({
      connectionString: options.databaseUrl,
      ...(options.schema ? { schema: options.schema } : {}),
      ...(options.onPoolError ? { onPoolError: options.onPoolError } : {}),
    });
  }
  return openPglite(options.dataDir ?? IN_MEMORY);
}
