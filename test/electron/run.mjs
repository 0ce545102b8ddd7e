// The Electron-runtime suite, in two parts:
//
// 1. Development build: starts the built app (out/) under the real Electron binary with
//    LOKET_SMOKE_TEST=1 and checks what main reports about the running window
//    (electron/main.ts, reportForSmokeTest).
// 2. Packaged build (release/linux-unpacked, release/win-unpacked, or LOKET_PACKAGED_APP): checks
//    what only an installed build does – it exits on --remote-debugging-port,
//    --remote-debugging-pipe and --no-sandbox, and ignores LOKET_SMOKE_TEST.
//
// Where the binary or a packaged build is missing, each part says plainly that it did not run and
// the script exits 0: the renderer is then covered in Chromium through the browser host, and
// everything in electron/ that can be pure (electron/deploy/startupPolicy.ts, electron/config.ts)
// is unit-tested in Node.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const TIMEOUT_MS = 60_000;
const isRoot = process.platform === 'linux' && process.getuid?.() === 0;

/**
 * The Electron binary when it is installed. Read from node_modules/electron/path.txt rather than
 * with require('electron'): the electron package (45) downloads the binary on demand when it is
 * required, and this suite must neither reach the network nor install anything.
 */
function electronBinary() {
  const pathFile = resolve(root, 'node_modules/electron/path.txt');
  if (!existsSync(pathFile)) return null;
  const binary = resolve(root, 'node_modules/electron/dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : null;
}

function packagedBinary() {
  const candidates = [
    process.env.LOKET_PACKAGED_APP,
    resolve(root, 'release/linux-unpacked/open-loket'),
    resolve(root, 'release/win-unpacked/Open Loket.exe'),
  ];
  return candidates.find((path) => path && existsSync(path)) ?? null;
}

/** Runs under xvfb-run when there is no display (Linux CI); null when that is impossible. */
function withDisplay(command, args) {
  if (process.platform !== 'linux' || process.env.DISPLAY || process.env.WAYLAND_DISPLAY) return { command, args };
  if (spawnSync('xvfb-run', ['--help'], { stdio: 'ignore' }).error) return null;
  return { command: 'xvfb-run', args: ['-a', command, ...args] };
}

/** Starts a process and resolves with its exit and output, killing it after `ms`. */
function runFor(command, args, env, ms) {
  return new Promise((resolvePromise) => {
    // Five stdio slots: --remote-debugging-pipe expects file descriptors 3 and 4.
    // Its own process group (POSIX), so a kill also ends the app that xvfb-run started.
    const group = process.platform !== 'win32';
    const child = spawn(command, args, {
      cwd: root,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe', 'pipe', 'pipe'],
      detached: group,
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      if (group && child.pid) process.kill(-child.pid, 'SIGKILL');
      else child.kill('SIGKILL');
    }, ms);
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      resolvePromise({ code, signal, timedOut, stdout, stderr });
    });
  });
}

let failed = false;

// ---------------------------------------------------------------------------------------------
// 1. Development build
const binary = electronBinary();
if (!binary) {
  console.log('Electron runtime suite: not run: Electron runtime not installed');
} else {
  for (const file of ['out/main/main.js', 'out/preload/preload.cjs', 'out/renderer/index.html']) {
    if (!existsSync(resolve(root, file))) {
      console.error(`Electron runtime suite: ${file} is missing: run \`npm run build\` first`);
      process.exit(1);
    }
  }
  const args = [root];
  // Chromium refuses to start as root unless its OS sandbox is switched off. The renderer is still
  // configured sandboxed (checked below), but this run cannot prove the OS-level sandbox.
  if (isRoot) {
    args.unshift('--no-sandbox');
    console.log('Electron runtime suite: running as root, so Chromium runs with --no-sandbox for this check');
  }
  const launch = withDisplay(binary, args);
  if (!launch) {
    console.error('Electron runtime suite: no display and no xvfb-run; install xvfb or run under a desktop session');
    process.exit(1);
  }
  const result = await runFor(launch.command, launch.args, { LOKET_SMOKE_TEST: '1' }, TIMEOUT_MS);
  if (result.stderr.trim()) process.stderr.write(result.stderr);
  const line = result.stdout.split('\n').find((l) => l.startsWith('LOKET_SMOKE'));
  if (!line || !line.startsWith('LOKET_SMOKE {')) {
    console.error(`Electron runtime suite: FAILED – ${line ?? `no report (exit ${result.code ?? result.signal})`}`);
    if (result.stdout.trim()) console.error(result.stdout.trim());
    process.exit(1);
  }
  const report = JSON.parse(line.slice('LOKET_SMOKE '.length));
  const failures = checkDevelopmentReport(report);
  if (failures.length > 0 || result.code !== 0) {
    console.error('Electron runtime suite: FAILED');
    for (const failure of failures) console.error(`  - ${failure}`);
    if (result.code !== 0) console.error(`  - the app exited with ${result.code ?? result.signal}`);
    console.error(JSON.stringify(report, null, 2));
    failed = true;
  } else {
    console.log('Electron runtime suite: passed (window settings, bridge, CSP header, no Node.js in the page, unmanaged development config)');
  }
}

// ---------------------------------------------------------------------------------------------
// 2. Packaged build
const packaged = packagedBinary();
if (!packaged) {
  console.log(
    'Electron runtime suite, packaged build: not run: no packaged build (release/linux-unpacked or release/win-unpacked; ' +
      'build one with `npm run build && npx electron-builder --dir`, or set LOKET_PACKAGED_APP)',
  );
} else {
  const failures = await checkPackagedBuild(packaged);
  if (failures.length > 0) {
    console.error('Electron runtime suite, packaged build: FAILED');
    for (const failure of failures) console.error(`  - ${failure}`);
    failed = true;
  } else {
    console.log(
      `Electron runtime suite, packaged build: passed (exits on remote debugging and --no-sandbox${isRoot ? '' : ', ignores LOKET_SMOKE_TEST'})`,
    );
  }
}

process.exit(failed ? 1 : 0);

function checkDevelopmentReport(report) {
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
    JSON.stringify(page.loketKeys) === JSON.stringify(['info', 'managedConfig', 'onMenuCommand', 'openLink', 'print', 'saveFile', 'secureStore']),
    `window.loket exposes ${JSON.stringify(page.loketKeys)}`,
  );
  expect(
    JSON.stringify(page.secureStoreKeys) === JSON.stringify(['delete', 'get', 'isEncrypted', 'set']),
    `window.loket.secureStore exposes ${JSON.stringify(page.secureStoreKeys)}`,
  );
  // A development build is unmanaged: the hub comes from LOKET_HUB_URL (default: this computer).
  expect(page.managed?.status === 'unmanaged', `managedConfig() answered ${JSON.stringify(page.managed)}`);
  const csp = page.csp ?? '';
  for (const directive of ["default-src 'self'", "script-src 'self'", "object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'"]) {
    expect(csp.includes(directive), `CSP header lacks ${directive}: ${csp}`);
  }
  return failures;
}

async function checkPackagedBuild(app) {
  const failures = [];
  // Each forbidden switch: the app must exit with 2 and name it, before opening a window. As root
  // Chromium itself insists on --no-sandbox, so it is added after the switch under test (the app
  // names the first forbidden switch it finds).
  for (const [name, args] of [
    ['remote-debugging-port', ['--remote-debugging-port=9229']],
    ['remote-debugging-pipe', ['--remote-debugging-pipe']],
    ['no-sandbox', ['--no-sandbox']],
  ]) {
    const launch = withDisplay(app, isRoot && name !== 'no-sandbox' ? [...args, '--no-sandbox'] : args);
    if (!launch) return ['no display and no xvfb-run; install xvfb or run under a desktop session'];
    const result = await runFor(launch.command, launch.args, {}, 30_000);
    if (result.timedOut) failures.push(`--${name}: the app kept running instead of exiting`);
    else if (result.code !== 2) failures.push(`--${name}: exit code ${result.code ?? result.signal}, expected 2`);
    if (!result.stderr.includes(`does not start with --${name}`)) failures.push(`--${name}: no refusal message on stderr: ${result.stderr.trim()}`);
  }
  // LOKET_SMOKE_TEST is for development builds: a packaged build must not report and quit. As
  // root a packaged build cannot start at all (it refuses --no-sandbox, Chromium requires it).
  // Close any running Open Loket first: a second instance hands over to it and exits.
  if (isRoot) {
    console.log('Electron runtime suite, packaged build: LOKET_SMOKE_TEST check not run: running as root, where a packaged build refuses to start');
  } else {
    const launch = withDisplay(app, []);
    if (!launch) return [...failures, 'no display and no xvfb-run'];
    const result = await runFor(launch.command, launch.args, { LOKET_SMOKE_TEST: '1' }, 15_000);
    if (result.stdout.includes('LOKET_SMOKE')) failures.push('the packaged build honoured LOKET_SMOKE_TEST');
    if (!result.timedOut) failures.push(`the packaged build exited (${result.code ?? result.signal}) instead of running`);
  }
  return failures;
}
