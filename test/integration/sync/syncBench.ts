/**
 * Sync benchmarks (issue 8; `npm run bench` runs this file through test/bench/sync.bench.ts), on loopback against the hub's own app and database layer, on PGlite
 * and (when TEST_DATABASE_URL is set) PostgreSQL:
 *  (a) push of 10,000 pending mutations from a desk (the desk's real sync engine on IndexedDB,
 *      fake-indexeddb in Node) to a hub on 127.0.0.1;
 *  (b) initial pull of 100,000 records by a desk: time and the desk process's heap growth;
 *  (c) incremental pull of 10 changes on a 10,000- and a 100,000-record hub;
 *  (d) 50 simulated desks syncing concurrently for 60 s against a hub in its own process:
 *      request latency p50/p99 and the hub process's memory.
 * Bounded loops only; nothing leaves loopback.
 */
import 'fake-indexeddb/auto';
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { serve } from '@hono/node-server';
import Dexie from 'dexie';
import pg from 'pg';
import { createApp } from '../../../server/src/app';
import type { Db } from '../../../server/src/db/db';
import { migrate } from '../../../server/src/db/migrate';
import { openDb } from '../../../server/src/db/open';
import { quoteIdent } from '../../../server/src/db/postgres';
import { silentLog } from '../../../server/src/log';
import { newId } from '../../../shared/ids';
import { commitAction, type Change } from '../../../renderer/src/db/commit';
import { LoketDatabase } from '../../../renderer/src/db/database';
import { pullOnce, pushOnce } from '../../../renderer/src/sync/engine';

const PG_URL = process.env.TEST_DATABASE_URL || undefined;
const DESKS = Number(process.env.SYNC_BENCH_DESKS ?? 50);
const DESK_SECONDS = Number(process.env.SYNC_BENCH_SECONDS ?? 60);
const BIG = Number(process.env.SYNC_BENCH_RECORDS ?? 100_000);
const PUSH_COUNT = Number(process.env.SYNC_BENCH_PUSH ?? 10_000);
const WARM_UP_ROUNDS = 20;
/** Which parts to run (comma-separated: push, pull, desks), all by default; a part can be re-measured alone. */
const ONLY = new Set((process.env.SYNC_BENCH_ONLY ?? 'push,pull,desks').split(',').map((part) => part.trim()));
/** Which backends (comma-separated: PGlite, PostgreSQL), all available by default. */
const BACKENDS = process.env.SYNC_BENCH_BACKENDS?.split(',').map((name) => name.trim().toLowerCase());

interface Backend {
  name: string;
  open(): Promise<{ db: Db; dispose(): Promise<void>; env: Record<string, string> }>;
}

const backends: Backend[] = [
  {
    name: 'PGlite',
    async open() {
      const dir = await mkdtemp(join(tmpdir(), 'loket-sync-bench-'));
      const db = await openDb({ dataDir: join(dir, 'hub') });
      return { db, env: { DATA_DIR: join(dir, 'hub') }, dispose: async () => { await db.close(); await rm(dir, { recursive: true, force: true }); } };
    },
  },
  ...(PG_URL
    ? [
        {
          name: 'PostgreSQL',
          async open() {
            const schema = `loket_bench_${randomBytes(5).toString('hex')}`;
            const admin = new pg.Client({ connectionString: PG_URL });
            await admin.connect();
            await admin.query(`create schema ${quoteIdent(schema)}`);
            await admin.end();
            const db = await openDb({ databaseUrl: PG_URL, schema });
            const url = new URL(PG_URL);
            url.searchParams.set('options', `-c search_path=${schema}`);
            return {
              db,
              env: { DATABASE_URL: url.toString() },
              async dispose() {
                await db.close();
                const drop = new pg.Client({ connectionString: PG_URL });
                await drop.connect();
                await drop.query(`drop schema ${quoteIdent(schema)} cascade`);
                await drop.end();
              },
            };
          },
        } satisfies Backend,
      ]
    : []),
];

async function serveHub(db: Db) {
  const app = createApp({ db, log: silentLog, maxBodyBytes: 8 * 1024 * 1024 });
  return new Promise<{ url: string; close(): Promise<void> }>((resolve) => {
    const server = serve({ fetch: app.fetch, hostname: '127.0.0.1', port: 0 }, (info) =>
      resolve({ url: `http://127.0.0.1:${info.port}`, close: () => new Promise((done) => server.close(() => done())) }),
    );
  });
}

const fetchImpl = (url: string, init?: RequestInit) => fetch(url, init);
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

/** Fills the hub with `total` contacts straight in SQL, each under its own revision. */
async function seedHub(db: Db, total: number, from = 0): Promise<void> {
  const step = 20_000;
  for (let start = from; start < from + total; start += step) {
    const count = Math.min(step, from + total - start);
    await db.transaction(async (tx) => {
      const { rows } = await tx.query<{ value: number }>('update revision_counter set value = value + $1 returning value', [count]);
      const first = rows[0]!.value - count + 1;
      await tx.query(
        `insert into contacts (id, rev, created_at, updated_at, updated_by, deleted, data, field_meta)
         select gen_random_uuid(), $1 + g, now(), now(), 'bench', false,
                jsonb_build_object('caseId', gen_random_uuid(), 'channel', 'telefoon', 'direction', 'inbound', 'startedAt', now(),
                  'summary', 'Vraag over de afvalinzameling in de Molenlaan, nummer ' || ($2 + g), 'outcome', 'answered', 'confidential', false),
                '{}'::jsonb
           from generate_series(0, $3 - 1) as g`,
        [first, start, count],
      );
    });
  }
}

async function pushBench(backend: Backend): Promise<string> {
  const opened = await backend.open();
  await migrate(opened.db);
  const hub = await serveHub(opened.db);
  const desk = new LoketDatabase(`bench-${newId()}`);
  try {
    const caseId = newId();
    const changes: Change[] = [{ entity: 'cases', op: 'create', id: caseId, values: { number: 'B-1', kind: 'question', status: 'open', channel: 'balie', question: 'q' } }];
    for (let i = 1; i < PUSH_COUNT; i++) {
      changes.push(
        i % 4 === 0
          ? { entity: 'cases', op: 'patch', id: caseId, values: { topic: `onderwerp ${i}` } }
          : { entity: 'contacts', op: 'create', values: { caseId, channel: 'telefoon', direction: 'inbound', startedAt: new Date().toISOString(), summary: `contact ${i}`, outcome: 'answered', confidential: false } },
      );
    }
    for (let i = 0; i < changes.length; i += 1000) await commitAction(desk, { actor: 'bench', action: 'bench' }, changes.slice(i, i + 1000));
    const started = performance.now();
    const cpuBefore = process.cpuUsage();
    let rounds = 0;
    while ((await desk.outbox.count()) > 0 && rounds++ < 100) await pushOnce(desk, hub.url, fetchImpl);
    const ms = performance.now() - started;
    // CPU of this process (desk and, on PGlite, the hub's database too): a loaded machine stretches the wall time, much less this.
    const cpu = process.cpuUsage(cpuBefore);
    const line = `${backend.name}: push of ${PUSH_COUNT.toLocaleString('en')} pending mutations (3/4 creates, 1/4 patches of one case) in batches of 500: ${(ms / 1000).toFixed(2)} s (${((ms / PUSH_COUNT) * 1000).toFixed(0)} µs per mutation; target < 5 s); process CPU ${((cpu.user + cpu.system) / 1e6).toFixed(2)} s`;
    console.log(line);
    return line;
  } finally {
    desk.close();
    await Dexie.delete(desk.name);
    await hub.close();
    await opened.dispose();
  }
}

async function pullBench(backend: Backend): Promise<string[]> {
  const lines: string[] = [];
  const opened = await backend.open();
  await migrate(opened.db);
  const hub = await serveHub(opened.db);
  try {
    for (const size of [10_000, BIG]) {
      const { rows } = await opened.db.query<{ n: number }>('select count(*)::int as n from contacts');
      await seedHub(opened.db, size - rows[0]!.n, rows[0]!.n);
      const desk = new LoketDatabase(`bench-${newId()}`);
      try {
        global.gc?.();
        const heapBefore = process.memoryUsage().heapUsed;
        const started = performance.now();
        let pulled = 0;
        for (let i = 0; i < 100; i++) {
          const got = await pullOnce(desk, hub.url, fetchImpl);
          pulled += got;
          if (got === 0) break;
        }
        const initialMs = performance.now() - started;
        const heapAfter = process.memoryUsage().heapUsed;
        if (size === BIG) {
          lines.push(
            `${backend.name}: initial pull of ${pulled.toLocaleString('en')} records: ${(initialMs / 1000).toFixed(1)} s; desk heap +${mb(heapAfter - heapBefore)} (includes the in-memory IndexedDB of fake-indexeddb holding them)`,
          );
        }
        // 10 changes by another desk, then the incremental pull.
        const clientId = newId();
        const mutations = Array.from({ length: 10 }, (_, i) => ({
          mutationId: newId(), seq: i + 1, entity: 'contacts', id: newId(), op: 'create', baseRev: 0,
          patch: { summary: `nieuw ${i}` }, at: new Date().toISOString(),
        }));
        const response = await fetch(`${hub.url}/sync/push`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ clientId, schemaVersion: 6, protocol: 2, mutations }) });
        if (!response.ok) throw new Error(`seed push failed: ${response.status}`);
        const times: number[] = [];
        for (let run = 0; run < 5; run++) {
          if (run > 0) await desk.meta.put({ key: 'pullCheckpoint', value: ((await desk.meta.get('pullCheckpoint'))!.value as number) - 10 });
          if (run > 0) await desk.contacts.where('id').anyOf(mutations.map((m) => m.id)).modify({ rev: 0 });
          const t = performance.now();
          const got = await pullOnce(desk, hub.url, fetchImpl);
          times.push(performance.now() - t);
          if (got !== 10) throw new Error(`incremental pull got ${got}`);
        }
        times.sort((a, b) => a - b);
        lines.push(`${backend.name}: incremental pull of 10 changes on a ${size.toLocaleString('en')}-record hub: median ${times[2]!.toFixed(1)} ms (runs ${times.map((t) => t.toFixed(1)).join(', ')})`);
      } finally {
        desk.close();
        await Dexie.delete(desk.name);
      }
    }
  } finally {
    await hub.close();
    await opened.dispose();
  }
  for (const line of lines) console.log(line);
  return lines;
}

function startHubProcess(args: string[], env: Record<string, string>): Promise<{ child: ChildProcess; url: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'test/integration/sync/hubProcess.ts', ...args], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env } });
    let output = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /listening (\d+)/.exec(output);
      if (match) resolve({ child, url: `http://127.0.0.1:${match[1]}` });
    });
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('exit', (code) => reject(new Error(`hub exited (${code}): ${output}`)));
  });
}

function rssOf(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+) kB/.exec(status)![1]) * 1024;
}

/** CPU seconds a process has used (user + system), from /proc: shows whether the hub itself was busy or the machine was. */
function cpuSecondsOf(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

function percentiles(values: number[]): { p50: number; p99: number; max: number } {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
  return { p50: at(0.5), p99: at(0.99), max: sorted.at(-1) ?? 0 };
}

async function desksBench(backend: Backend): Promise<string> {
  const opened = await backend.open();
  await migrate(opened.db);
  await opened.db.close();
  const hub = await startHubProcess([opened.env.DATA_DIR ?? '', '0'], opened.env.DATABASE_URL ? { DATABASE_URL: opened.env.DATABASE_URL } : {});
  const latencies: Record<'push' | 'pull' | 'audit', number[]> = { push: [], pull: [], audit: [] };
  let errors = 0;
  let measuring = false;
  const timed = async (kind: keyof typeof latencies, url: string, init?: RequestInit): Promise<{ checkpoint?: number }> => {
    const t = performance.now();
    const response = await fetch(url, init);
    const body = (await response.json()) as { checkpoint?: number };
    if (measuring) latencies[kind].push(performance.now() - t);
    if (!response.ok) errors++;
    return body;
  };
  const pushBody = (clientId: string, seq: number, mutation: Record<string, unknown>) =>
    ({ method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ clientId, schemaVersion: 6, protocol: 2, mutations: [{ mutationId: newId(), seq, baseRev: 0, at: new Date().toISOString(), ...mutation }] }) });
  // Warm-up, not measured: a hub that has just started compiles its code and its database plans on
  // the first requests (seconds under load), which a hub that runs all day has long done.
  {
    const clientId = newId();
    const caseId = newId();
    await timed('push', `${hub.url}/sync/push`, pushBody(clientId, 1, { entity: 'cases', id: caseId, op: 'create', patch: { number: 'W', kind: 'question', status: 'open', channel: 'balie', question: 'q' } }));
    for (let i = 2; i <= WARM_UP_ROUNDS; i++) {
      await timed('push', `${hub.url}/sync/push`, pushBody(clientId, i, { entity: 'contacts', id: newId(), op: 'create', patch: { caseId, summary: `warm-up ${i}`, outcome: 'answered' } }));
      await timed('pull', `${hub.url}/sync/pull?protocol=2&since=0&limit=500`);
      await timed('audit', `${hub.url}/sync/audit?protocol=2&since=0&limit=500`);
    }
  }
  measuring = true;
  let peakRss = rssOf(hub.child.pid!);
  const cpuBefore = cpuSecondsOf(hub.child.pid!);
  const deadline = Date.now() + DESK_SECONDS * 1000;
  // A simulated desk: a change every few seconds pushed at once (as the debounce does), a pull
  // after each push and on a 5 s timer; each with its own clientId, seq and checkpoint.
  const desk = async (n: number) => {
    const clientId = newId();
    let seq = 0;
    let since = 0;
    let auditSince = 0;
    const caseId = newId();
    // Desks run all day, each on its own rhythm: their first rounds are spread over one round's time.
    await new Promise((resolve) => setTimeout(resolve, Math.floor((n * 2500) / DESKS)));
    for (let round = 0; Date.now() < deadline && round < 10_000; round++) {
      const mutations = [
        round === 0
          ? { mutationId: newId(), seq: ++seq, entity: 'cases', id: caseId, op: 'create', baseRev: 0, patch: { number: `D${n}`, kind: 'question', status: 'open', channel: 'balie', question: 'q' }, at: new Date().toISOString() }
          : { mutationId: newId(), seq: ++seq, entity: 'contacts', id: newId(), op: 'create', baseRev: 0, patch: { caseId, summary: `desk ${n} round ${round}`, outcome: 'answered' }, at: new Date().toISOString() },
      ];
      await timed('push', `${hub.url}/sync/push`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ clientId, schemaVersion: 6, protocol: 2, mutations }) });
      // Incremental, from the desk's own checkpoints, as the engine does.
      since = (await timed('pull', `${hub.url}/sync/pull?protocol=2&since=${since}&limit=500`)).checkpoint ?? since;
      auditSince = (await timed('audit', `${hub.url}/sync/audit?protocol=2&since=${auditSince}&limit=500`)).checkpoint ?? auditSince;
      await new Promise((resolve) => setTimeout(resolve, 2000 + ((n * 31 + round * 17) % 1000)));
    }
  };
  const sampler = setInterval(() => {
    peakRss = Math.max(peakRss, rssOf(hub.child.pid!));
  }, 500);
  let hubCpu: number;
  try {
    await Promise.all(Array.from({ length: DESKS }, (_, n) => desk(n)));
    hubCpu = cpuSecondsOf(hub.child.pid!) - cpuBefore;
  } finally {
    clearInterval(sampler);
    hub.child.kill('SIGTERM');
    await new Promise((resolve) => hub.child.once('exit', resolve));
    await opened.dispose().catch(() => undefined);
  }
  const all = percentiles([...latencies.push, ...latencies.pull, ...latencies.audit]);
  const count = latencies.push.length + latencies.pull.length + latencies.audit.length;
  const byKind = (['push', 'pull', 'audit'] as const).map((kind) => {
    const { p50, p99 } = percentiles(latencies[kind]);
    return `${kind} ${p50.toFixed(1)}/${p99.toFixed(1)}`;
  });
  const line = `${backend.name}: ${DESKS} desks for ${DESK_SECONDS} s (push + pull + audit pull every 2–3 s each, after ${WARM_UP_ROUNDS} warm-up rounds): ${count} requests, p50 ${all.p50.toFixed(1)} ms, p99 ${all.p99.toFixed(1)} ms (target < 100 ms), max ${all.max.toFixed(0)} ms (p50/p99 ms: ${byKind.join(', ')}), ${errors} errors; hub process CPU ${hubCpu.toFixed(1)} s, peak RSS ${mb(peakRss)}`;
  console.log(line);
  return line;
}

export async function benchSync(): Promise<string[]> {
  const lines: string[] = [];
  for (const backend of backends.filter((b) => !BACKENDS || BACKENDS.includes(b.name.toLowerCase()))) {
    console.log(`\nSync benchmarks on ${backend.name}`);
    if (ONLY.has('push')) lines.push(await pushBench(backend));
    if (ONLY.has('pull')) lines.push(...(await pullBench(backend)));
    if (ONLY.has('desks')) lines.push(await desksBench(backend));
  }
  return lines;
}

// Run by test/bench/sync.bench.ts (npm run bench) in its own process; prints the summary lines last.
const summary = await benchSync();
console.log('SYNC-BENCH-SUMMARY');
for (const line of summary) console.log(`- ${line}`);
