/**
 * Hub killed mid-push (issue 8 proof): a desk pushes 5,000 mutations (`npm run soak`; 1,500 in `npm test`) to a real hub process on
 * loopback; the hub is SIGKILLed during a push, restarted on the same PGlite folder, and the desk
 * retries. Nothing lost, nothing duplicated: exactly 5,000 records, each once.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { commitAction, type Change } from '../../../renderer/src/db/commit';
import { pushOnce, type FetchLike } from '../../../renderer/src/sync/engine';
import { disposeStations, station } from './harness';

// 5,000 in `npm run soak` (about 90 s on a loaded machine); fewer in `npm test` to keep it quick.
const COUNT = Number(process.env.SYNC_KILL_COUNT ?? 1500);
let hubProcess: ChildProcess | undefined;
let dir: string | undefined;

function startHubProcess(dataDir: string, port = 0): Promise<{ child: ChildProcess; url: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'test/integration/sync/hubProcess.ts', dataDir, String(port)], { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /listening (\d+)/.exec(output);
      if (match) resolve({ child, url: `http://127.0.0.1:${match[1]}` });
    });
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('exit', (code) => reject(new Error(`hub exited (${code}) before listening: ${output}`)));
  });
}

afterAll(async () => {
  hubProcess?.kill('SIGKILL');
  await disposeStations();
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('hub killed mid-push', () => {
  it(`SIGKILL during a push of ${COUNT} mutations, restart, retry: every record exactly once`, async () => {
    dir = await mkdtemp(join(tmpdir(), 'loket-kill-'));
    const dataDir = join(dir, 'hub');
    let hub = await startHubProcess(dataDir);
    hubProcess = hub.child;
    const port = Number(new URL(hub.url).port);

    const desk = station();
    const caseId = crypto.randomUUID();
    const changes: Change[] = [{ entity: 'cases', op: 'create', id: caseId, values: { number: 'K-1', kind: 'question', status: 'open', channel: 'balie', question: 'q' } }];
    for (let i = 1; i < COUNT; i++) {
      changes.push({ entity: 'contacts', op: 'create', values: { caseId, channel: 'telefoon', direction: 'inbound', startedAt: new Date().toISOString(), summary: `contact ${i}`, outcome: 'answered', confidential: false } });
    }
    const t0 = Date.now();
    await commitAction(desk, { actor: 'anna', action: 'bulk' }, changes);
    console.log(`kill test: ${COUNT} mutations stored in ${Date.now() - t0} ms`);
    expect(await desk.outbox.count()).toBe(COUNT);

    let pushes = 0;
    let killed = false;
    let firstPushMs = 0;
    const killing: FetchLike = async (url, init) => {
      if (url.endsWith('/sync/push') && ++pushes === 2 && !killed) {
        killed = true;
        const request = fetch(url, init);
        // Half-way through the push, judged by the first one: the hub is writing it.
        setTimeout(() => hub.child.kill('SIGKILL'), Math.max(15, firstPushMs / 2));
        return request;
      }
      const started = Date.now();
      const response = await fetch(url, init);
      if (url.endsWith('/sync/push') && pushes === 1) firstPushMs = Date.now() - started;
      return response;
    };
    let error: unknown;
    try {
      for (let i = 0; i < 20 && (await desk.outbox.count()) > 0; i++) await pushOnce(desk, hub.url, killing);
    } catch (caught) {
      error = caught;
    }
    expect(killed).toBe(true);
    expect(error).toMatchObject({ name: 'SyncError', kind: 'unreachable' });
    const pending = await desk.outbox.count();
    expect(pending).toBeGreaterThan(0);
    expect(pending).toBeLessThan(COUNT);

    if (hub.child.exitCode === null && hub.child.signalCode === null) await new Promise((resolve) => hub.child.once('exit', resolve));
    expect(hub.child.signalCode).toBe('SIGKILL');
    console.log(`kill test: killed ${Math.max(15, firstPushMs / 2)} ms into push ${pushes} (a push took ${firstPushMs} ms), ${pending} pending; restarting`);
    hub = await startHubProcess(dataDir, port);
    hubProcess = hub.child;
    for (let i = 0; i < 40 && (await desk.outbox.count()) > 0; i++) await pushOnce(desk, hub.url, (url, init) => fetch(url, init));
    expect(await desk.outbox.count()).toBe(0);
    expect(await desk.syncIssues.count()).toBe(0);

    const ids = new Map<string, number>();
    let since = 0;
    for (;;) {
      const page = (await (await fetch(`${hub.url}/sync/pull?protocol=2&since=${since}&limit=1000`)).json()) as { changes: { id: string }[]; checkpoint: number; hasMore: boolean };
      for (const change of page.changes) ids.set(change.id, (ids.get(change.id) ?? 0) + 1);
      since = page.checkpoint;
      if (!page.hasMore) break;
    }
    expect(ids.size).toBe(COUNT);
    expect([...ids.values()].every((n) => n === 1)).toBe(true);
    const local = new Set([...(await desk.cases.toCollection().primaryKeys()), ...(await desk.contacts.toCollection().primaryKeys())]);
    expect([...local].every((id) => ids.has(id))).toBe(true);
  }, 300_000);
});
