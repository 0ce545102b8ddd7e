// The Electron-runtime suite: starts the built app under the real Electron binary with
// LOKET_SMOKE_TEST=1 and checks what main reports about the running window (electron/main.ts,
// reportForSmokeTest). Where the binary could not be downloaded it says so and exits 0: the
// renderer is then covered in Chromium through the browser host, and everything in electron/
// that can be pure is unit-tested in Node.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const require = createRequire(import.meta.url);
const TIMEOUT_MS = 60_000;

function electronBinary() {
  try {
    // The electron package exports the binary's path, and throws when path.txt is missing.
    const path = require('electron');
    return typeof path === 'string' && existsSync(path) ? path : null;
  } catch {
    return null;
  }
}

const binary = electronBinary();
if (!binary) {
  console.log('Electron runtime suite: not run: Electron runtime not installed');
  process.exit(0);
}

for (const file of ['out/main/main.js', 'out/preload/preload.cjs', 'out/renderer/index.html']) {
  if (!existsSync(resolve(root, file))) {
    console.error(`Electron runtime suite: ${file} is missing: run \`npm run build\` first`);
    process.exit(1);
  }
}

const args = [root];
// Chromium refuses to start as root unless its OS sandbox is switched off. The renderer is still
// configured sandboxed (checked below), but this run cannot prove the OS-level sandbox.
if (process.platform === 'linux' && process.getuid?.() === 0) {
  args.unshift('--no-sandbox');
  console.log('Electron runtime suite: running as root, so Chromium runs with --no-sandbox for this check');
}
let command = binary;
if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
  if (spawnSync('xvfb-run', ['--help'], { stdio: 'ignore' }).error) {
    console.error('Electron runtime suite: no display and no xvfb-run; install xvfb or run under a desktop session');
    process.exit(1);
  }
  args.unshift('-a', binary);
  command = 'xvfb-run';
}

const child = spawn(command, args, {
  cwd: root,
  env: { ...process.env, LOKET_SMOKE_TEST: '1' },
  stdio: ['ignore', 'pipe', 'inherit'],
});
let stdout = '';
child.stdout.on('data', (chunk) => {
  stdout += chunk;
});
const timer = setTimeout(() => {
  console.error(`Electron runtime suite: no report within ${TIMEOUT_MS / 1000} s`);
  child.kill('SIGKILL');
}, TIMEOUT_MS);

child.on('exit', (code, signal) => {
  clearTimeout(timer);
  const line = stdout.split('\n').find((l) => l.startsWith('LOKET_SMOKE'));
  if (!line || !line.startsWith('LOKET_SMOKE {')) {
    console.error(`Electron runtime suite: FAILED – ${line ?? `no report (exit ${code ?? signal})`}`);
    if (stdout.trim()) console.error(stdout.trim());
    process.exit(1);
  }
  const report = JSON.parse(line.slice('LOKET_SMOKE '.length));
  const failures = check(report);
  if (failures.length > 0 || code !== 0) {
    console.error('Electron runtime suite: FAILED');
    for (const failure of failures) console.error(`  - ${failure}`);
    if (code !== 0) console.error(`  - the app exited with ${code ?? signal}`);
    console.error(JSON.stringify(report, null, 2));
    process.exit(1);
  }
  console.log('Electron runtime suite: passed (window settings, bridge, CSP header, no Node.js in the page)');
});

function check(report) {
  const failures = [];
  const expect = (ok, message) => {
    if (!ok) failures.push(message);
  };
  const prefs = report.configuredPreferences ?? {};
  const page = report.page ?? {};
  expect(report.url === 'app://loket/index.html', `window URL is ${report.url}`);
  expect(page.origin === 'app://loket', `page origin is ${page.origin}`);
  expect(page.isSecureContext === true, 'the page is not a secure context');
  for (const [key, value] of Object.entries({
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
  })) {
    expect(prefs[key] === value, `webPreferences.${key} is ${prefs[key]}, expected ${value}`);
  }
  expect(Array.isArray(page.nodeGlobals) && page.nodeGlobals.length === 0, `Node.js globals in the page: ${page.nodeGlobals}`);
  expect(
    JSON.stringify(page.loketKeys) === JSON.stringify(['info', 'onMenuCommand', 'openLink', 'print', 'saveFile', 'secureStore']),
    `window.loket exposes ${JSON.stringify(page.loketKeys)}`,
  );
  expect(
    JSON.stringify(page.secureStoreKeys) === JSON.stringify(['delete', 'get', 'isEncrypted', 'set']),
    `window.loket.secureStore exposes ${JSON.stringify(page.secureStoreKeys)}`,
  );
  const csp = page.csp ?? '';
  for (const directive of ["default-src 'self'", "script-src 'self'", "object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'"]) {
    expect(csp.includes(directive), `CSP header lacks ${directive}: ${csp}`);
  }
  return failures;
}
