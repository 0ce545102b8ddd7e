/**
 * A hub process for the kill test (and the 50-desk benchmark): the hub's own app and database
 * layer on a PGlite folder (or DATABASE_URL), without sign-in, on loopback. Prints "listening <port>".
 * Run: npx tsx test/integration/sync/hubProcess.ts <dataDir> [port]
 */
import { serve } from '@hono/node-server';
import { createApp } from '../../../server/src/app';
import { migrate } from '../../../server/src/db/migrate';
import { openDb } from '../../../server/src/db/open';
import { silentLog } from '../../../server/src/log';

const [dataDir, portText] = process.argv.slice(2);
const db = await openDb(process.env.DATABASE_URL ? { databaseUrl: process.env.DATABASE_URL } : { dataDir: dataDir! });
await migrate(db);
const app = createApp({ db, log: silentLog, maxBodyBytes: 8 * 1024 * 1024 });
const server = serve({ fetch: app.fetch, hostname: '127.0.0.1', port: Number(portText ?? 0) }, (info) => {
  console.log(`listening ${info.port}`);
});
process.on('SIGTERM', () => server.close(() => void db.close().then(() => process.exit(0))));
