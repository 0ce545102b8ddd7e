/**
 * The hub as it faces an office network: the real program (main.ts) over TLS with a freshly
 * generated self-signed certificate, its Host check, CORS, security headers, private data folder
 * and a log without visitor personal data.
 */
import { execFileSync, spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chmod, mkdir, mkdtemp, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { request } from 'node:https';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '../../shared/ids';
import { PROTOCOL_VERSION } from '../../shared/sync/mutation';
import { DEMO_ACCOUNTS } from './auth/demoAccounts';
import { DataFolderError, openToOthers, preparePrivateFolder } from './dataFolder';

const ROOT = resolve(import.meta.dirname, '../..');

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: unknown;
}

/** An HTTPS request that trusts exactly our test CA (the certificate itself). */
function https(url: string, ca: string, init: { method?: string; headers?: Record<string, string>; body?: unknown } = {}): Promise<Answer> {
  return new Promise((done, fail) => {
    const req = request(url, { method: init.method ?? 'GET', ca, servername: 'localhost', headers: { ...(init.body !== undefined ? { 'Content-Type': 'application/json' } : {}), ...init.headers } }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (text += chunk));
      res.on('end', () => done({ status: res.statusCode ?? 0, headers: res.headers, body: text ? JSON.parse(text) : null }));
    });
    req.on('error', fail);
    if (init.body !== undefined) req.write(JSON.stringify(init.body));
    req.end();
  });
}

describe('the hub on the network (TLS, self-signed certificate)', () => {
  let dir: string;
  let hub: ChildProcess;
  let output = '';
  let base: string;
  let cert: string;
  const visitor = { name: 'Fenna Zwartewaal', phone: '06 4321 8765', email: 'fenna.zwartewaal@example.nl' };

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'loket-hub-'));
    // openssl from the system (node:crypto cannot create X.509 certificates).
    execFileSync('openssl', [
      'req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-days', '1',
      '-subj', '/CN=localhost', '-addext', 'subjectAltName=DNS:localhost,IP:127.0.0.1',
      '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem'),
    ], { stdio: 'ignore' });
    cert = (await import('node:fs')).readFileSync(join(dir, 'cert.pem'), 'utf8');
    hub = spawn(process.execPath, ['--import', 'tsx', 'server/src/main.ts', '--demo'], {
      cwd: ROOT,
      env: {
        ...process.env,
        HOST: '127.0.0.1',
        PORT: '0',
        LOKET_HUB_DATA: join(dir, 'data'),
        LOKET_TLS_CERT_FILE: join(dir, 'cert.pem'),
        LOKET_TLS_KEY_FILE: join(dir, 'key.pem'),
        LOKET_CORS_ORIGINS: 'app://loket,https://loket.gemeente.example',
        LOKET_HOSTNAMES: 'localhost',
        DATABASE_URL: '',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    hub.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    hub.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    for (let i = 0; i < 600 && !/listening on https:\/\/127\.0\.0\.1:(\d+)/.test(output); i++) {
      if (hub.exitCode !== null) throw new Error(`the hub exited: ${output}`);
      await new Promise((r) => setTimeout(r, 100));
    }
    const port = /listening on https:\/\/127\.0\.0\.1:(\d+)/.exec(output)?.[1];
    if (!port) throw new Error(`the hub did not start: ${output}`);
    base = `https://localhost:${port}`;
  }, 90_000);

  afterAll(async () => {
    hub?.kill('SIGTERM');
    await new Promise((r) => hub?.once('exit', r));
    await rm(dir, { recursive: true, force: true });
  });

  it('syncs a case through TLS: sign in, register the workstation, push, pull', async () => {
    const admin = DEMO_ACCOUNTS.find((account) => account.role === 'admin')!;
    const signIn = await https(`${base}/auth/sign-in`, cert, { method: 'POST', body: { username: admin.username, password: admin.password } });
    expect(signIn.status).toBe(200);
    const token = (signIn.body as { accessToken: string }).accessToken;
    const auth = { Authorization: `Bearer ${token}` };
    const clientId = newId();
    const station = await https(`${base}/workstations`, cert, { method: 'POST', headers: auth, body: { clientId, name: 'Balie TLS' } });
    expect(station.status).toBe(201);
    const caseId = newId();
    const push = await https(`${base}/sync/push`, cert, {
      method: 'POST',
      headers: auth,
      body: {
        clientId,
        protocol: PROTOCOL_VERSION,
        schemaVersion: 2,
        mutations: [{ mutationId: newId(), seq: 1, entity: 'cases', id: caseId, op: 'create', baseRev: 0, patch: { status: 'open', topic: 'Paspoort', visitor }, at: new Date().toISOString() }],
      },
    });
    expect(push.status, JSON.stringify(push.body)).toBe(200);
    // Page through the pull (the demo catalogue comes first) until the case arrives.
    type Page = { changes: Array<{ id: string; data: { visitor?: unknown } }>; checkpoint: number; hasMore: boolean };
    let since = 0;
    let change: Page['changes'][number] | undefined;
    for (let page = 0; page < 50 && !change; page++) {
      const pull = await https(`${base}/sync/pull?since=${since}&limit=1000&protocol=${PROTOCOL_VERSION}`, cert, { headers: auth });
      expect(pull.status).toBe(200);
      const body = pull.body as Page;
      change = body.changes.find((candidate) => candidate.id === caseId);
      if (!body.hasMore) break;
      since = body.checkpoint;
    }
    expect(change?.data.visitor).toEqual(visitor);
    // A broken push too: the log must stay clean on the error path as well.
    const broken = await https(`${base}/sync/push`, cert, { method: 'POST', headers: auth, body: { clientId: visitor.email, mutations: [visitor] } });
    expect(broken.status).toBe(400);
  });

  it('refuses plain HTTP on the TLS port', async () => {
    const port = new URL(base).port;
    const answer = await fetch(`http://127.0.0.1:${port}/health`).then((r) => r.status, () => 'refused');
    expect(answer).not.toBe(200);
  });

  it('puts the security headers (HSTS included) on every answer, errors too', async () => {
    for (const path of ['/health', '/sync/pull', '/nope']) {
      const answer = await https(`${base}${path}`, cert);
      expect(answer.headers['strict-transport-security']).toBe('max-age=31536000');
      expect(answer.headers['x-content-type-options']).toBe('nosniff');
      expect(answer.headers['x-frame-options']).toBe('DENY');
      expect(answer.headers['content-security-policy']).toContain("default-src 'none'");
      expect(answer.headers['referrer-policy']).toBe('no-referrer');
      expect(answer.headers['cache-control']).toBe('no-store');
    }
  });

  it('answers 421 to a Host it was not configured for (DNS rebinding)', async () => {
    expect((await https(`${base}/health`, cert, { headers: { Host: 'localhost' } })).status).toBe(200);
    const rebound = await https(`${base}/health`, cert, { headers: { Host: 'attacker.example' } });
    expect(rebound.status).toBe(421);
    expect((await https(`${base}/health`, cert, { headers: { Host: `attacker.example:${new URL(base).port}` } })).status).toBe(421);
  });

  it('allows exactly the configured CORS origins, no other localhost port', async () => {
    const preflight = (origin: string) =>
      https(`${base}/sync/push`, cert, { method: 'OPTIONS', headers: { Origin: origin, 'Access-Control-Request-Method': 'POST' } });
    expect((await preflight('https://loket.gemeente.example')).headers['access-control-allow-origin']).toBe('https://loket.gemeente.example');
    expect((await preflight('app://loket')).headers['access-control-allow-origin']).toBe('app://loket');
    for (const origin of ['http://127.0.0.1:5180', 'http://localhost:3000', 'https://loket.gemeente.example.evil', 'null']) {
      expect((await preflight(origin)).headers['access-control-allow-origin'], origin).toBeUndefined();
    }
  });

  it('keeps its PGlite folder private: mode 0700, and another account cannot read its files', async () => {
    const data = join(dir, 'data');
    expect((await stat(data)).mode & 0o777).toBe(0o700);
    expect(await openToOthers(data)).toEqual([]);
    const files = (await readdir(data, { recursive: true, withFileTypes: true })).filter((entry) => entry.isFile());
    expect(files.length).toBeGreaterThan(10);
    const wal = files.find((entry) => entry.parentPath.endsWith('pg_wal'));
    expect(wal).toBeDefined();
    if (process.getuid?.() === 0) {
      // As root we can ask the question directly: can the 'nobody' account read a WAL file?
      const path = join(wal!.parentPath, wal!.name);
      const attempt = spawnSync('runuser', ['-u', 'nobody', '--', 'cat', path], { encoding: 'utf8' });
      expect(attempt.status).not.toBe(0);
      expect(attempt.stderr).toContain('Permission denied');
    } else {
      // Not root: no other account to try with; the folder mode above is what keeps them out.
      expect((await stat(data)).uid).toBe(process.getuid?.());
    }
  });

  it('logs no visitor personal data', () => {
    // The log did record the work, so there is something to look at.
    expect(output).toContain('workstation');
    expect(output).toContain('registered by beheer');
    for (const value of [visitor.name, 'Zwartewaal', visitor.phone, '4321 8765', '43218765', visitor.email]) {
      expect(output).not.toContain(value);
    }
  });
});

describe('the PGlite data folder', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'loket-folder-'));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('is created with mode 0700', async () => {
    const folder = join(dir, 'new');
    await preparePrivateFolder(folder, 'linux');
    expect((await stat(folder)).mode & 0o777).toBe(0o700);
  });

  it('refuses a folder others can enter (also a folder inside it); tightens files others could read', async () => {
    const open = join(dir, 'open');
    await mkdir(open);
    await chmod(open, 0o755);
    await expect(preparePrivateFolder(open, 'linux')).rejects.toThrow(DataFolderError);
    await expect(preparePrivateFolder(open, 'linux')).rejects.toThrow(/readable by other accounts/);

    const nested = join(dir, 'nested');
    await mkdir(join(nested, 'pg_wal'), { recursive: true });
    await chmod(nested, 0o700);
    await chmod(join(nested, 'pg_wal'), 0o755);
    await expect(preparePrivateFolder(nested, 'linux')).rejects.toThrow(/pg_wal \(755\)/);

    const inner = join(dir, 'inner');
    await mkdir(inner);
    await chmod(inner, 0o700);
    await writeFile(join(inner, '000000010000000000000001'), 'wal');
    await chmod(join(inner, '000000010000000000000001'), 0o666);
    await expect(preparePrivateFolder(inner, 'linux')).resolves.toBeUndefined();
    expect((await stat(join(inner, '000000010000000000000001'))).mode & 0o777).toBe(0o600);
  });

  it('stops the hub from starting on an open folder, saying how to fix it', async () => {
    const open = join(dir, 'start');
    await mkdir(open);
    await chmod(open, 0o755);
    const out = await new Promise<{ code: number | null; text: string }>((done) => {
      const child = spawn(process.execPath, ['--import', 'tsx', 'server/src/main.ts'], {
        cwd: ROOT,
        env: { ...process.env, PORT: '0', LOKET_HUB_DATA: open, DATABASE_URL: '' },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let text = '';
      child.stdout!.on('data', (c: Buffer) => (text += c.toString()));
      child.stderr!.on('data', (c: Buffer) => (text += c.toString()));
      child.on('exit', (code) => done({ code, text }));
    });
    expect(out.code).toBe(1);
    expect(out.text).toContain('readable by other accounts');
    expect(out.text).toContain('chmod -R go-rwx');
  });
});
