import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseVersion } from '../../shared/deploy/version';
import { parseCorsOrigins } from './http/cors';

/** Everything the hub reads from its environment and command line, in one place. */
export interface HubConfig {
  host: string;
  port: number;
  /** Set: PostgreSQL server. Unset: embedded PGlite in `dataDir`. */
  databaseUrl: string | undefined;
  dataDir: string;
  demo: boolean;
  corsOrigins: string[];
  /** The folder holding `woo_dossier_example.json` and `publishers.json` (the repository's `data/`). */
  referenceDataDir: string;
  /** Whether to listen beyond loopback although no sign-in exists yet. */
  allowUnauthenticatedRemote: boolean;
  /** LOKET_MIN_DESK_VERSION: desks older than this are told to have IT update them. */
  minimumDeskVersion?: string;
}

export const USAGE = `Usage: tsx server/src/main.ts [--demo]

  --demo                 add demo documents (also LOKET_DEMO=1); safe to repeat

Environment:
  HOST                   address to listen on (default 127.0.0.1)
  PORT                   port (default 8787)
  DATABASE_URL           postgres://… to use a PostgreSQL server instead of embedded PGlite
  LOKET_HUB_DATA         PGlite data folder (default ./.data/hub)
  LOKET_CORS_ORIGINS     comma-separated allowed browser origins; "scheme://host:*" allows any port
                         (default app://loket,http://127.0.0.1:*,http://localhost:*)
  LOKET_REFERENCE_DATA   folder with woo_dossier_example.json and publishers.json (default data/ in the repository)
  LOKET_ALLOW_UNAUTHENTICATED_REMOTE=1
                         listen on a non-loopback HOST although sign-in is not built yet
  LOKET_MIN_DESK_VERSION oldest desk version still supported, e.g. 0.2.0 (older desks show an update notice)`;

export class ConfigError extends Error {
  override name = 'ConfigError';
}

const REPO_ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');

/** The repository's own `data/` (data/README.md names each file's source and licence). */
export const DEFAULT_REFERENCE_DATA_DIR = resolve(REPO_ROOT, 'data');

const flag = (value: string | undefined) => value === '1' || value?.toLowerCase() === 'true';

export function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || /^127(\.\d{1,3}){3}$/.test(host);
}

export function readConfig(env: NodeJS.ProcessEnv = process.env, argv: readonly string[] = process.argv.slice(2), cwd = process.cwd()): HubConfig {
  for (const arg of argv) {
    if (arg !== '--demo') throw new ConfigError(`unknown argument "${arg}"\n\n${USAGE}`);
  }
  const portText = env.PORT?.trim() || '8787';
  const port = Number(portText);
  if (!/^\d+$/.test(portText) || port > 65535) throw new ConfigError(`PORT must be a number from 0 to 65535, not "${portText}"`);

  const host = env.HOST?.trim() || '127.0.0.1';
  const allowUnauthenticatedRemote = flag(env.LOKET_ALLOW_UNAUTHENTICATED_REMOTE);
  if (!isLoopback(host) && !allowUnauthenticatedRemote) {
    throw new ConfigError(
      `HOST=${host} would expose the hub to the network, but sign-in is not built yet. ` +
        'Use a loopback address, or set LOKET_ALLOW_UNAUTHENTICATED_REMOTE=1 if something in front of the hub authenticates.',
    );
  }

  return {
    host,
    port,
    databaseUrl: env.DATABASE_URL?.trim() || undefined,
    dataDir: resolve(cwd, env.LOKET_HUB_DATA?.trim() || '.data/hub'),
    demo: argv.includes('--demo') || flag(env.LOKET_DEMO),
    corsOrigins: parseCorsOrigins(env.LOKET_CORS_ORIGINS),
    referenceDataDir: resolve(cwd, env.LOKET_REFERENCE_DATA?.trim() || DEFAULT_REFERENCE_DATA_DIR),
    allowUnauthenticatedRemote,
    ...minimumDeskVersion(env.LOKET_MIN_DESK_VERSION),
  };
}

function minimumDeskVersion(value: string | undefined): { minimumDeskVersion?: string } {
  const text = value?.trim();
  if (!text) return {};
  if (!parseVersion(text)) throw new ConfigError(`LOKET_MIN_DESK_VERSION must be a version such as 0.2.0, not "${text}"`);
  return { minimumDeskVersion: text };
}
