/**
 * The hub as a program: `npx tsx server/src/main.ts [--demo]`. Configuration comes from the
 * environment (see USAGE in config.ts).
 */
import { readFileSync } from 'node:fs';
import { serve } from '@hono/node-server';
import { createApp } from './app';
import { ConfigError, readConfig, USAGE, type HubConfig } from './config';
import type { Db } from './db/db';
import { migrate } from './db/migrate';
import { openDb } from './db/open';
import { seedDemo } from './demo/seed';
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

async function start(config: HubConfig): Promise<void> {
  let db: Db | undefined;
  try {
    db = await openDb({
      ...(config.databaseUrl ? { databaseUrl: config.databaseUrl } : { dataDir: config.dataDir }),
      onPoolError: (error) => log('warn', 'PostgreSQL connection lost; the pool will reconnect', error),
    });
    const { schemaVersion, applied } = await migrate(db);
    const notes = [`${describeDb(config)}, schema v${schemaVersion}${applied.length ? ` (migrated ${applied.join(', ')})` : ''}`];
    if (config.demo) {
      const seeded = await seedDemo(db, { referenceDataDir: config.referenceDataDir });
      notes.push(`demo documents: ${seeded.added} added, ${seeded.alreadyPresent} present`);
    }

    const app = createApp({
      db,
      corsOrigins: config.corsOrigins,
      version: packageVersion(),
      log,
      ...(config.minimumDeskVersion ? { minimumDeskVersion: config.minimumDeskVersion } : {}),
    });
    const server = serve({ fetch: app.fetch, hostname: config.host, port: config.port }, (info) => {
      const host = info.family === 'IPv6' ? `[${info.address}]` : info.address;
      log('info', `Open Loket hub listening on http://${host}:${info.port} – ${notes.join('; ')}`);
    });

    const opened = db;
    let stopping = false;
    const stop = (signal: string) => {
      if (stopping) return;
      stopping = true;
      log('info', `${signal}: stopping`);
      // Requests in flight finish before the database closes; idle keep-alive sockets do not hold us up.
      server.close(() => {
        opened.close().then(
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

const args = process.argv.slice(2);
if (args.includes('--help') || args.includes('-h')) {
  console.log(USAGE);
} else {
  try {
    await start(readConfig(process.env, args));
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.error(`[hub] error: ${error.message}`);
    process.exit(2);
  }
}
