// npm start: installs what it needs, builds, starts the hub (embedded PGlite, demo data) and the
// app: Electron when its runtime is installed, otherwise the browser host, saying so.
import { bin, electronRuntimePath, ensureDependencies, root, run, startProcess, step } from './lib.mjs';

const hubPort = process.env.PORT ?? '8787';
const hubUrl = `http://127.0.0.1:${hubPort}`;
process.env.LOKET_HUB_URL = hubUrl;

ensureDependencies();

// LOKET_START_NO_BUILD=1: use the build that is there (the test of this script runs beside e2e
// suites that serve out/, which a rebuild would replace under them).
if (process.env.LOKET_START_NO_BUILD === '1') step('Using the existing build in out/');
else {
  step('Building (electron-vite)');
  run(bin('electron-vite'), ['build', '--logLevel', 'warn']);
}

step(`Starting the hub on ${hubUrl} (embedded PGlite in .data/hub, demo data)`);
const children = [];
const hub = startProcess(bin('tsx'), ['server/src/main.ts', '--demo'], {
  env: { ...process.env, PORT: hubPort, HOST: '127.0.0.1', LOKET_HUB_DATA: process.env.LOKET_HUB_DATA ?? `${root}/.data/hub` },
});
children.push(hub);

async function waitForHub() {
  for (let attempt = 0; attempt < 120; attempt++) {
    try {
      const response = await fetch(`${hubUrl}/health`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    if (hub.exitCode !== null) throw new Error(`the hub exited with code ${hub.exitCode}`);
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error('the hub did not answer /health within 30 seconds');
}

// Set once we stop on purpose (Ctrl+C): the children then exit by our SIGTERM, which is no failure.
let stopping = false;
function stopAll(code = 0) {
  if (stopping) return;
  stopping = true;
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
  process.exitCode = code;
}
process.on('SIGINT', () => stopAll(0));
process.on('SIGTERM', () => stopAll(0));

try {
  await waitForHub();
} catch (error) {
  console.error(`✗ ${error.message}`);
  stopAll(1);
  process.exit(1);
}

// The demo hub (--demo) has one account per role (server/src/auth/demoAccounts.ts; a test keeps
// this list equal to it). Never use these on a real centre's hub.
const DEMO_ACCOUNTS = [
  ['balie', 'balie-demo-2026', 'balie (desk)'],
  ['telefoon', 'telefoon-demo-2026', 'telefoon (phone)'],
  ['coordinator', 'coordinator-demo-2026', 'coordinator'],
  ['beheer', 'beheer-demo-2026', 'beheer (admin)'],
];
step('Demo accounts – sign in with one of these');
for (const [username, password, role] of DEMO_ACCOUNTS) console.log(`  ${role.padEnd(18)} user ${username.padEnd(12)} password ${password}`);

const electron = electronRuntimePath();
if (electron) {
  step('Starting the desktop app (Electron)');
  const app = startProcess(electron, ['.']);
  children.push(app);
  app.on('exit', (code) => stopAll(code ?? 0));
} else {
  step('Electron runtime not installed: starting the browser host instead');
  console.log('  The Electron binary could not be downloaded on this machine (ELECTRON_SKIP_BINARY_DOWNLOAD),');
  console.log('  so the same renderer is served to any Chromium-based browser.');
  const ui = startProcess(bin('tsx'), ['scripts/serve-browser-host.ts']);
  children.push(ui);
  ui.on('exit', (code) => stopAll(code ?? 0));
}
// Said last, so it is the line in view once everything runs.
step('Running. To stop: press Ctrl+C here (stops the app and the hub; the demo data stays in .data/hub)');

hub.on('exit', (code) => {
  if (stopping) return;
  if (code) console.error(`✗ the hub stopped (exit ${code})`);
  stopAll(code ?? 0);
});
