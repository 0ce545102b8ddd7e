/**
 * The repository stands on its own: a clone of the committed state, in an empty folder with
 * nothing beside it, builds and runs the demo hub. The main checkout's node_modules is linked in,
 * because installing needs the network and minutes; everything else comes from the clone.
 */
import { execFile, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, rm, symlink, utimes } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ACCOUNTS } from '../../server/src/auth/demoAccounts';
import { PROTOCOL_VERSION } from '../../shared/sync/mutation';

const run = promisify(execFile);

/** A port nobody listens on right now. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as { port: number };
  await new Promise((done) => server.close(done));
  return port;
}
const root = resolve(import.meta.dirname, '../..');

describe('a clean clone with nothing beside it', () => {
  let base: string;
  let repo: string;

  beforeAll(async () => {
    base = await mkdtemp(join(tmpdir(), 'loket-clone-'));
    // The clone gets a parent of its own, so `../shared` beside it cannot exist by accident.
    await mkdir(join(base, 'x'));
    repo = join(base, 'x', 'repo');
    await run('git', ['clone', '--quiet', '--no-hardlinks', root, repo]);
    await symlink(join(root, 'node_modules'), join(repo, 'node_modules'), 'dir');
    // The linked node_modules is installed: a freshly written lock file must not make `npm start` reinstall into it.
    const past = new Date('2020-01-01T00:00:00Z');
    await utimes(join(repo, 'package-lock.json'), past, past);
  }, 60_000);

  afterAll(async () => {
    if (base) await rm(base, { recursive: true, force: true });
  });

  it('has no folder beside the repository, and the clone has its reference data', async () => {
    expect(await readdir(join(base, 'x'))).toEqual(['repo']);
    expect(existsSync(resolve(repo, '../shared'))).toBe(false);
    expect(await readdir(join(repo, 'data'))).toEqual(expect.arrayContaining(['README.md', 'publishers.json', 'woo_dossier_example.json']));
  });

  it('builds (electron-vite: main, preload, renderer with the bundled publisher list)', async () => {
    const { stderr } = await run(process.execPath, [join(repo, 'node_modules/electron-vite/bin/electron-vite.js'), 'build', '--logLevel', 'warn'], {
      cwd: repo,
      env: { ...process.env, ELECTRON_SKIP_BINARY_DOWNLOAD: '1' },
      maxBuffer: 16 * 1024 * 1024,
    });
    expect(stderr).not.toMatch(/Could not resolve/);
    expect(existsSync(join(repo, 'out/main/main.js'))).toBe(true);
    expect(existsSync(join(repo, 'out/renderer/index.html'))).toBe(true);
    // The publisher list is bundled as its own chunk, from the clone's data/.
    const assets = await readdir(join(repo, 'out/renderer/assets'));
    expect(assets.some((file) => /^publishers-.+\.js$/.test(file))).toBe(true);
  }, 180_000);

  it('starts the hub with --demo on a fresh PGlite folder and seeds the 11 demo documents from data/', async () => {
    const hub = spawn(process.execPath, [join(repo, 'node_modules/tsx/dist/cli.mjs'), 'server/src/main.ts', '--demo'], {
      cwd: repo,
      env: { ...process.env, PORT: '0', HOST: '127.0.0.1', LOKET_HUB_DATA: join(base, 'hub-data'), DATABASE_URL: '', LOKET_REFERENCE_DATA: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    hub.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    hub.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    try {
      const url = await new Promise<string>((done, fail) => {
        const timer = setTimeout(() => fail(new Error(`hub did not start:\n${output}`)), 90_000);
        hub.stdout.on('data', () => {
          const match = /listening on (http:\/\/[^\s]+)/.exec(output);
          if (match) {
            clearTimeout(timer);
            done(match[1]!);
          }
        });
        hub.on('exit', (code) => fail(new Error(`hub exited with ${code}:\n${output}`)));
      });
      expect(output).toMatch(/demo documents: 11 added, 0 present/);
      const health = await fetch(`${url}/health`);
      expect(health.status).toBe(200);
      // The demo hub requires sign-in (issue 9): a demo coordinator pulls the catalogue, page by page.
      const coordinator = DEMO_ACCOUNTS.find((account) => account.role === 'coordinator')!;
      const signIn = await fetch(`${url}/auth/sign-in`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ username: coordinator.username, password: coordinator.password }),
      });
      expect(signIn.status).toBe(200);
      const { accessToken } = (await signIn.json()) as { accessToken: string };
      type Page = { changes: Array<{ entity: string; data: { publisherName?: string } }>; checkpoint: number; hasMore: boolean };
      const documents: Page['changes'] = [];
      let since = 0;
      for (let page = 0; page < 500; page++) {
        const answer = await fetch(`${url}/sync/pull?since=${since}&protocol=${PROTOCOL_VERSION}`, { headers: { Authorization: `Bearer ${accessToken}` } });
        expect(answer.status).toBe(200);
        const body = (await answer.json()) as Page;
        documents.push(...body.changes.filter((change) => change.entity === 'documents'));
        since = body.checkpoint;
        if (!body.hasMore) break;
      }
      expect(documents.length).toBeGreaterThanOrEqual(11);
      // Named from the clone's data/publishers.json: the demo dossier's five Flevoland files at least.
      expect(documents.filter((document) => document.data.publisherName === 'Provincie Flevoland').length).toBeGreaterThanOrEqual(5);
    } finally {
      if (hub.exitCode === null && hub.signalCode === null) {
        const exited = new Promise((done) => hub.once('exit', done));
        hub.kill('SIGTERM');
        await exited;
      }
    }
  }, 120_000);

  it('npm start (browser host here) prints the app address, the demo accounts and how to stop; Ctrl+C stops hub and app', async () => {
    const [hubPort, uiPort] = [await freePort(), await freePort()];
    // The clone was built above; rebuilding is what the script does by default and is tested there.
    const start = spawn(process.execPath, ['scripts/start.mjs'], {
      cwd: repo,
      env: { ...process.env, PORT: String(hubPort), LOKET_UI_PORT: String(uiPort), LOKET_HUB_DATA: join(base, 'start-hub'), LOKET_START_NO_BUILD: '1', DATABASE_URL: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    start.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    start.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const exited = new Promise<number | null>((done) => start.once('exit', (code) => done(code)));
    try {
      await new Promise<void>((done, fail) => {
        const timer = setTimeout(() => fail(new Error(`npm start did not finish starting:\n${output}`)), 150_000);
        const check = () => {
          if (/press Ctrl\+C/.test(output) && /running: http:\/\/127\.0\.0\.1:\d+/.test(output)) {
            clearTimeout(timer);
            done();
          }
        };
        start.stdout.on('data', check);
        start.once('exit', (code) => fail(new Error(`npm start exited with ${code}:\n${output}`)));
      });
      for (const account of DEMO_ACCOUNTS) expect(output).toMatch(new RegExp(`user ${account.username}\\s+password ${account.password}`));
      expect(output).toContain('To stop: press Ctrl+C');
      // The demo centre a new user sees: a few thousand documents, a few dozen answers, a year of cases.
      expect(output).toMatch(/demo catalogue: 3000 added, 0 present/);
      expect(Number(/demo answer library: (\d+) added/.exec(output)?.[1])).toBeGreaterThanOrEqual(24);
      expect(output).toMatch(/demo cases, contacts, callbacks and Woo requests: \d{3,} added/);
      expect((await fetch(`http://127.0.0.1:${hubPort}/health`)).status).toBe(200);
      const appUrl = /running: (http:\/\/127\.0\.0\.1:\d+)/.exec(output)![1]!;
      expect((await fetch(appUrl)).status).toBe(200);
      // What Ctrl+C sends to the script.
      start.kill('SIGINT');
      expect(await exited).toBe(0);
      await expect(fetch(`http://127.0.0.1:${hubPort}/health`)).rejects.toThrow();
      await expect(fetch(appUrl)).rejects.toThrow();
    } finally {
      if (start.exitCode === null && start.signalCode === null) start.kill('SIGKILL');
    }
  }, 200_000);
});
