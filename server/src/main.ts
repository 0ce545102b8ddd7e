/**
 * The hub as a program: `npx tsx server/src/main.ts [--demo]`, or `… create-admin` for the first
 * administrator of a real centre. Configuration comes from the environment (see USAGE in config.ts).
 */
import { readFileSync } from 'node:fs';
import { createServer as createHttpsServer } from 'node:https';
import { createInterface } from 'node:readline/promises';
import { serve } from '@hono/node-server';
import { createApp } from './app';
import { createHubAuth, parseTokenSecret, TokenSigner } from './auth';
import { scheduleHubRetentionPurge } from './centre/purge';
import { DEMO_ACCOUNTS, ensureDemoAccounts } from './auth/demoAccounts';
import { ConfigError, readConfig, USAGE, type HubConfig } from './config';
import { preparePrivateFolder } from './dataFolder';
import type { Db } from './db/db';
import { migrate } from './db/migrate';
import { openDb } from './db/open';
import { seedDemo, seedDemoCatalogue } from './demo/seed';
import { seedDemoCases } from './demo/cases';
import { seedDemoCentre } from './demo/centre';
import { seedDemoAnswers } from './demo/answers';
import { HttpError } from './http/errors';
import { consoleLog as log } from './log';

function packageVersion(): string {
  try {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version?: string };
    return pkg.version ?? 'unknown';
  } catch {
    return 'unknown';
  }
}

function describeDb(config: HubConfig): string {
  if (!config.databaseUrl) return `PGlite in ${config.dataDir}`;
  const url = new URL(config.databaseUrl);
  return `PostgreSQL ${url.hostname}:${url.port || 5432}${url.pathname}`;
}

async function openConfiguredDb(config: HubConfig): Promise<Db> {
  if (!config.databaseUrl) {
    // Files PGlite writes from now on (WAL included) are readable by this account only.
    process.umask(0o077);
    await preparePrivateFolder(config.dataDir);
  }
  return openDb({
    ...(config.databaseUrl ? { databaseUrl: config.databaseUrl } : { dataDir: config.dataDir }),
    onPoolError: (error) => log('warn', 'PostgreSQL connection lost; the pool will reconnect', error),
  });
}

async function start(config: HubConfig): Promise<void> {
  let db: Db | undefined;
  try {
    db = await openConfiguredDb(config);
    const { schemaVersion, applied } = await migrate(db);
    const notes = [`${describeDb(config)}, schema v${schemaVersion}${applied.length ? ` (migrated ${applied.join(', ')})` : ''}`];
    const secret = parseTokenSecret(config.tokenSecret);
    const auth = createHubAuth({ db, log, trustProxy: config.behindProxy, ...(secret ? { signer: new TokenSigner(secret) } : {}) });
    if (config.demo) {
      const seeded = await seedDemo(db, { referenceDataDir: config.referenceDataDir });
      notes.push(`demo documents: ${seeded.added} added, ${seeded.alreadyPresent} present`);
      const catalogue = await seedDemoCatalogue(db);
      notes.push(`demo catalogue: ${catalogue.added} added, ${catalogue.alreadyPresent} present`);
      notes.push(`demo centre settings: ${(await seedDemoCentre(db)) ? 'set to Voorbeeldstad' : 'kept'}`);
      const answers = await seedDemoAnswers(db);
      notes.push(`demo answer library: ${answers.added} added, ${answers.alreadyPresent} present`);
      const cases = await seedDemoCases(db);
      notes.push(`demo cases, contacts, callbacks and Woo requests: ${cases.added} added, ${cases.alreadyPresent} present`);
      const created = await ensureDemoAccounts(auth.service);
      notes.push(`demo accounts: ${created} created`);
    }
    const tls = config.tls ? { cert: readFileSync(config.tls.certFile), key: readFileSync(config.tls.keyFile) } : undefined;

    const app = createApp({
      db,
      auth,
      corsOrigins: config.corsOrigins,
      allowedHosts: config.hostNames,
      tls: Boolean(tls) || config.behindProxy,
      version: packageVersion(),
      log,
      ...(config.minimumDeskVersion ? { minimumDeskVersion: config.minimumDeskVersion } : {}),
    });
    const scheme = tls ? 'https' : 'http';
    const server = serve(
      { fetch: app.fetch, hostname: config.host, port: config.port, ...(tls ? { createServer: createHttpsServer, serverOptions: tls } : {}) },
      (info) => {
        const host = info.family === 'IPv6' ? `[${info.address}]` : info.address;
        log('info', `Open Loket hub listening on ${scheme}://${host}:${info.port} – ${notes.join('; ')}`);
        if (config.demo) {
          log('info', `demo accounts (user / password): ${DEMO_ACCOUNTS.map((a) => `${a.username} / ${a.password} (${a.role})`).join(', ')}`);
        }
      },
    );

    const opened = db;
    // The retention purge runs on the hub, which holds every case, whether or not a coordinator opens the workspace.
    const stopPurge = scheduleHubRetentionPurge(opened, log);
    let stopping = false;
    const stop = (signal: string) => {
      if (stopping) return;
      stopping = true;
      // A purge in progress finishes (at most 30 s waited) before the database closes under it.
      const purgeDone = Promise.race([stopPurge(), new Promise<void>((resolve) => setTimeout(resolve, 30_000).unref())]);
      log('info', `${signal}: stopping`);
      // Requests in flight finish before the database closes; idle keep-alive sockets do not hold us up.
      server.close(() => {
        purgeDone.then(() => opened.close()).then(
          () => process.exit(0),
          (error: unknown) => {
            log('error', 'closing the database failed', error);
            process.exit(1);
          },
        );
      });
      if ('closeIdleConnections' in server) {
        server.closeIdleConnections();
        // A client that keeps a request open must not keep the hub from stopping.
        setTimeout(() => server.closeAllConnections(), 10_000).unref();
      }
    };
    server.on('error', (error: NodeJS.ErrnoException) => {
      log('error', error.code === 'EADDRINUSE' ? `port ${config.port} on ${config.host} is already in use` : 'the HTTP server failed', error.code === 'EADDRINUSE' ? undefined : error);
      void opened.close().finally(() => process.exit(1));
    });
    process.once('SIGINT', () => stop('SIGINT'));
    process.once('SIGTERM', () => stop('SIGTERM'));
  } catch (error) {
    log('error', 'the hub could not start', error);
    await db?.close().catch(() => {});
    process.exit(1);
  }
}

function option(args: readonly string[], name: string): string | undefined {
  const index = args.indexOf(name);
  return index === -1 ? undefined : args[index + 1];
}

async function askPassword(): Promise<string> {
  const fromEnv = process.env.LOKET_ADMIN_PASSWORD;
  if (fromEnv) return fromEnv;
  if (!process.stdin.isTTY) throw new ConfigError('set LOKET_ADMIN_PASSWORD, or run create-admin in a terminal to be asked');
  const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: true });
  // Keep the typed password off the screen.
  const output = rl as unknown as { _writeToOutput?: (text: string) => void };
  let asking = false;
  output._writeToOutput = (text) => {
    if (!asking || text.includes('\n')) process.stdout.write(text);
  };
  try {
    asking = true;
    const first = await rl.question('Password for the new administrator: ');
    process.stdout.write('\n');
    const second = await rl.question('The same password again: ');
    process.stdout.write('\n');
    asking = false;
    if (first !== second) throw new ConfigError('the two passwords differ');
    return first;
  } finally {
    rl.close();
  }
}

/** `create-admin --username beheer [--name "Bea Beheer"]`: the first administrator of a real centre. */
async function createAdmin(config: HubConfig, args: readonly string[]): Promise<void> {
  const username = option(args, '--username');
  if (!username) throw new ConfigError(`create-admin needs --username <name>\n\n${USAGE}`);
  const displayName = option(args, '--name') ?? username;
  const password = await askPassword();
  const db = await openConfiguredDb(config);
  try {
    await migrate(db);
    const auth = createHubAuth({ db, log });
    const user = await auth.service.createUser({ username, displayName, role: 'admin', password });
    log('info', `administrator ${user.username} created`);
  } catch (error) {
    if (error instanceof HttpError) throw new ConfigError(error.message);
    throw error;
  } finally {
    await db.close();
  }
}

const args = process.argv.slice(2);
if (args.includes('--help') || args.includes('-h')) {
  console.log(USAGE);
} else {
  try {
    if (args[0] === 'create-admin') await createAdmin(readConfig(process.env, []), args.slice(1));
    else await start(readConfig(process.env, args));
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.error(`[hub] error: ${error.message}`);
    process.exit(2);
  }
}
