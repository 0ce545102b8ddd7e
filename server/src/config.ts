import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseVersion } from '../../shared/deploy/version';
import { CorsOriginError, DEFAULT_UI_PORT, parseCorsOrigins } from './http/cors';

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
  /** LOKET_TLS_CERT_FILE / LOKET_TLS_KEY_FILE: serve HTTPS with this PEM certificate chain and key. */
  tls?: { certFile: string; keyFile: string };
  /** LOKET_BEHIND_PROXY=1: a reverse proxy terminates TLS; trust its X-Forwarded-For for the client address. */
  behindProxy: boolean;
  /** Host names the hub answers to (Host header check against DNS rebinding). */
  hostNames: string[];
  /** LOKET_TOKEN_SECRET (base64, ≥ 32 bytes): keeps access tokens valid across restarts and hub instances. */
  tokenSecret?: string;
  /** LOKET_MIN_DESK_VERSION: desks older than this are told to have IT update them. */
  minimumDeskVersion?: string;
}

export const USAGE = `Usage: tsx server/src/main.ts [--demo]
       tsx server/src/main.ts create-admin --username <name> [--name "<display name>"]
                          (npm run hub -- create-admin …; password from LOKET_ADMIN_PASSWORD or asked for)

  --demo                 add demo documents and one demo account per role (also LOKET_DEMO=1); safe to repeat

Environment:
  HOST                   address to listen on (default 127.0.0.1)
  PORT                   port (default 8787)
  DATABASE_URL           postgres://… to use a PostgreSQL server instead of embedded PGlite
  LOKET_HUB_DATA         PGlite data folder (default ./.data/hub)
  LOKET_CORS_ORIGINS     comma-separated browser origins allowed to call the hub, each exactly
                         (default app://loket,http://127.0.0.1:<LOKET_UI_PORT>,http://localhost:<LOKET_UI_PORT>)
  LOKET_UI_PORT          the browser host's port, for the default CORS origins (default 5180)
  LOKET_HOSTNAMES        comma-separated host names clients use to reach the hub (Host header check);
                         loopback names are always allowed; required beyond loopback
  LOKET_TLS_CERT_FILE    PEM certificate (chain) – with LOKET_TLS_KEY_FILE the hub serves HTTPS
  LOKET_TLS_KEY_FILE     PEM private key
  LOKET_BEHIND_PROXY=1   a reverse proxy in front terminates TLS (then HOST may be non-loopback without TLS)
  LOKET_TOKEN_SECRET     base64 secret (≥ 32 bytes) for access tokens; default: a new one per start
  LOKET_REFERENCE_DATA   folder with woo_dossier_example.json and publishers.json (default data/ in the repository)
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
  const certFile = env.LOKET_TLS_CERT_FILE?.trim();
  const keyFile = env.LOKET_TLS_KEY_FILE?.trim();
  if (Boolean(certFile) !== Boolean(keyFile)) throw new ConfigError('Set both LOKET_TLS_CERT_FILE and LOKET_TLS_KEY_FILE, or neither');
  const tls = certFile && keyFile ? { certFile: resolve(cwd, certFile), keyFile: resolve(cwd, keyFile) } : undefined;
  const behindProxy = flag(env.LOKET_BEHIND_PROXY);
  const configuredHosts = (env.LOKET_HOSTNAMES ?? '')
    .split(',')
    .map((name) => name.trim().toLowerCase())
    .filter(Boolean);
  if (!isLoopback(host)) {
    // Staff sign-in is always on; beyond loopback the passwords and tokens must also be encrypted.
    if (!tls && !behindProxy) {
      throw new ConfigError(
        `HOST=${host} would expose the hub to the network without TLS. Set LOKET_TLS_CERT_FILE and LOKET_TLS_KEY_FILE, ` +
          'or LOKET_BEHIND_PROXY=1 when a reverse proxy in front terminates TLS.',
      );
    }
    if (configuredHosts.length === 0) {
      throw new ConfigError(`HOST=${host}: set LOKET_HOSTNAMES to the name(s) desks use to reach the hub, e.g. hub.gemeente.nl`);
    }
  }
  const hostNames = [...new Set(['127.0.0.1', 'localhost', '::1', ...(isLoopback(host) ? [host] : []), ...configuredHosts])];
  const uiPortText = env.LOKET_UI_PORT?.trim();
  const uiPort = uiPortText ? Number(uiPortText) : DEFAULT_UI_PORT;
  if (!Number.isInteger(uiPort) || uiPort < 1 || uiPort > 65535) throw new ConfigError(`LOKET_UI_PORT must be a port number, not "${uiPortText}"`);
  let corsOrigins: string[];
  try {
    corsOrigins = parseCorsOrigins(env.LOKET_CORS_ORIGINS, uiPort);
  } catch (error) {
    if (error instanceof CorsOriginError) throw new ConfigError(error.message);
    throw error;
  }
  const tokenSecret = env.LOKET_TOKEN_SECRET?.trim();
  if (tokenSecret && Buffer.from(tokenSecret, 'base64').length < 32) {
    throw new ConfigError('LOKET_TOKEN_SECRET must be at least 32 bytes, base64-encoded (openssl rand -base64 48)');
  }

  return {
    host,
    port,
    databaseUrl: env.DATABASE_URL?.trim() || undefined,
    dataDir: resolve(cwd, env.LOKET_HUB_DATA?.trim() || '.data/hub'),
    demo: argv.includes('--demo') || flag(env.LOKET_DEMO),
    corsOrigins,
    referenceDataDir: resolve(cwd, env.LOKET_REFERENCE_DATA?.trim() || DEFAULT_REFERENCE_DATA_DIR),
    ...(tls ? { tls } : {}),
    behindProxy,
    hostNames,
    ...(tokenSecret ? { tokenSecret } : {}),
    ...minimumDeskVersion(env.LOKET_MIN_DESK_VERSION),
  };
}

function minimumDeskVersion(value: string | undefined): { minimumDeskVersion?: string } {
  const text = value?.trim();
  if (!text) return {};
  if (!parseVersion(text)) throw new ConfigError(`LOKET_MIN_DESK_VERSION must be a version such as 0.2.0, not "${text}"`);
  return { minimumDeskVersion: text };
}
