/**
 * After restoring a backup into the hub's database, before the hub serves desks again:
 *   npx tsx server/src/sync/renewIdentity.ts
 * (DATABASE_URL, or LOKET_HUB_DATA for PGlite, as for the hub). Gives the database a new identity so
 * every desk re-syncs fully and pushes again what it had acknowledged after the backup (decision 060).
 */
import { migrate } from '../db/migrate';
import { openDb } from '../db/open';
import { renewHubIdentity } from './identity';

const databaseUrl = process.env.DATABASE_URL?.trim();
const db = await openDb(databaseUrl ? { databaseUrl } : { dataDir: process.env.LOKET_HUB_DATA?.trim() || './.data/hub' });
try {
  await migrate(db);
  const identity = await renewHubIdentity(db);
  console.log(`hub identity renewed: ${identity.hubId}; desk versions above revision ${identity.restoredHead} will be pushed again`);
} finally {
  await db.close();
}
