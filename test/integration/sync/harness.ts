/**
 * The sync client (renderer/src/sync) against the real hub (server/) in one process: workstations
 * are separate IndexedDB databases (fake-indexeddb), the hub runs on PGlite or PostgreSQL
 * (server/src/testing/backends.ts), and fetch is routed into the hub's HTTP app.
 */
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { createApp } from '../../../server/src/app';
import type { Db } from '../../../server/src/db/db';
import { migrate } from '../../../server/src/db/migrate';
import { silentLog } from '../../../server/src/log';
import type { TestBackend, TestDb } from '../../../server/src/testing/backends';
import { commitAction } from '../../../renderer/src/db/commit';
import { LoketDatabase, type StoredRecord } from '../../../renderer/src/db/database';
import type { FetchLike } from '../../../renderer/src/sync/engine';
import { newWooRequestState } from '../../../shared/woo/lifecycle';

export const HUB = 'http://hub.test';

export interface Hub {
  db: Db;
  app: ReturnType<typeof createApp>;
  fetch: FetchLike;
  online: boolean;
  /** Swaps the database behind the same address (a restore). */
  replaceDb(next: Db): void;
  /**
   * Empties the hub: its tables start over in a new schema on the same in-memory PGlite (the old one
   * is dropped). Runs of a property start from an empty hub, so a run's new desks pull only that
   * run's records instead of every earlier run's (which made a 1,000-run soak quadratic).
   * PGlite only (one connection, so the search_path holds for every query of the hub).
   */
  reset(): Promise<void>;
  dispose(): Promise<void>;
}

export async function startHub(backend?: TestBackend): Promise<Hub> {
  let test: TestDb;
  if (backend) test = await backend.open();
  else {
    const { openDb } = await import('../../../server/src/db/open');
    const db = await openDb();
    test = { db, dispose: () => db.close() };
  }
  await migrate(test.db);
  const hub: Hub = {
    db: test.db,
    app: createApp({ db: test.db, log: silentLog }),
    online: true,
    fetch: async (url, init) => {
      if (!hub.online) throw new TypeError('Failed to fetch');
      return hub.app.request(url, init);
    },
    replaceDb(next) {
      hub.db = next;
      hub.app = createApp({ db: next, log: silentLog });
    },
    async reset() {
      if (backend) throw new Error('reset() needs the in-memory PGlite hub (one connection)');
      const previous = schema;
      schema = `run_${++resets}`;
      await hub.db.exec(`create schema ${schema}; set search_path = ${schema}`);
      if (previous) await hub.db.exec(`drop schema ${previous} cascade`);
      await migrate(hub.db);
    },
    dispose: () => test.dispose(),
  };
  let schema: string | undefined;
  let resets = 0;
  return hub;
}

const stations: LoketDatabase[] = [];

export function station(): LoketDatabase {
  const created = new LoketDatabase(`station-${crypto.randomUUID()}`);
  stations.push(created);
  return created;
}

export async function disposeStations(): Promise<void> {
  for (const s of stations.splice(0)) {
    s.close();
    await Dexie.delete(s.name);
  }
}

let caseCounter = 0;
export async function openCase(on: LoketDatabase, values: Record<string, unknown> = {}, at?: Date): Promise<StoredRecord> {
  caseCounter++;
  const [record] = await commitAction(on, { actor: 'anna', action: 'case.opened', ...(at ? { now: at } : {}) }, [
    {
      entity: 'cases',
      op: 'create',
      values: { number: `OC-2026-T${caseCounter}`, kind: 'question', channel: 'balie', status: 'open', topic: 'Afval', question: 'Vraag', ...values },
    },
  ]);
  return record!;
}

export const edit = (on: LoketDatabase, id: string, values: Record<string, unknown>, at?: Date, actor = 'bram') =>
  commitAction(on, { actor, action: 'case.edited', ...(at ? { now: at } : {}) }, [{ entity: 'cases', op: 'patch', id, values }]);

export async function hubRecord(db: Db, table: string, id: string): Promise<{ rev: number; data: Record<string, unknown>; deleted: boolean } | undefined> {
  const { rows } = await db.query<{ rev: number; data: Record<string, unknown>; deleted: boolean }>(`select rev, data, deleted from ${table} where id = $1`, [id]);
  return rows[0];
}

/** Everything a push can change, row by row, to prove a refused one changed nothing. */
export async function dumpHub(db: Db): Promise<string> {
  const parts: string[] = [];
  for (const [table, order] of [
    ['revision_counter', 'value'],
    ['audit_counter', 'value'],
    ['hub_identity', 'hub_id'],
    ['cases', 'id'],
    ['contacts', 'id'],
    ['tasks', 'id'],
    ['woo_requests', 'id'],
    ['documents', 'id'],
    ['audit', 'id'],
    ['clients', 'client_id'],
    ['applied_mutations', 'mutation_id'],
    ['conflicts', 'id'],
  ] as const) {
    const { rows } = await db.query<{ row: string }>(`select t::text as row from ${table} t order by ${order}`);
    parts.push(`${table}:${rows.map((r) => r.row).join('\n')}`);
  }
  return parts.join('\n---\n');
}

/** Files a Woo request on a new Woo case at this desk, as the desk's filing does; returns its id. */
export async function fileWooRequest(desk: LoketDatabase, receivedOn: string, today: string): Promise<string> {
  const caseRecord = await openCase(desk, { kind: 'woo' });
  const initial = newWooRequestState(receivedOn, { today });
  const [request] = await commitAction(desk, { actor: 'anna', action: 'woo.filed' }, [
    {
      entity: 'wooRequests',
      op: 'create',
      values: {
        caseId: caseRecord.id,
        bestuursorgaan: { code: 'gm9999:college', name: 'College van B&W van Voorbeeldstad' },
        subject: 'Stukken over de Molenlaan',
        disclosureForm: 'digitaal',
        decisionDelivery: 'email',
        channel: 'balie',
        filedOn: receivedOn,
        ...initial.state,
        decideBy: initial.term.decideBy,
        extensionNoticeBy: initial.term.extensionNoticeBy,
      },
    },
  ]);
  return request!.id;
}
