// Plain JavaScript on purpose: these run before dependencies are installed.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

// The Electron binary cannot be downloaded on these machines; its npm package still installs.
process.env.ELECTRON_SKIP_BINARY_DOWNLOAD = '1';

export function step(title) {
  console.log(`\n▶ ${title}`);
}

/** Runs a command in the repository, inheriting output; exits the process when it fails. */
export function run(command, args, options = {}) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: process.env, ...options });
  if (result.status !== 0) {
    console.error(`✗ ${command} ${args.join(' ')} failed (exit ${result.status ?? result.signal})`);
    process.exit(result.status || 1);
  }
}

export function bin(name) {
  return resolve(root, 'node_modules/.bin', name);
}

/** Installs dependencies when node_modules is missing or older than the lock file. */
export function ensureDependencies() {
  const lock = resolve(root, 'package-lock.json');
  const marker = resolve(root, 'node_modules/.package-lock.json');
  if (existsSync(marker) && statSync(marker).mtimeMs >= statSync(lock).mtimeMs) return;
  // `npm install`, not `npm ci`: the registry reachable here does not serve every optional
  // platform package (e.g. rollup's android/darwin builds), which npm ci treats as a lock mismatch.
  step('Installing dependencies (npm install)');
  run('npm', ['install', '--no-audit', '--no-fund']);
}

export function electronRuntimePath() {
  const pathFile = resolve(root, 'node_modules/electron/path.txt');
  if (!existsSync(pathFile)) return null;
  const relative = spawnSync('cat', [pathFile], { encoding: 'utf8' }).stdout.trim();
  const binary = resolve(root, 'node_modules/electron/dist', relative);
  return existsSync(binary) ? binary : null;
}

export function chromiumPath() {
  return [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => p && existsSync(p)) ?? null;
}

/** Finds Chromium, installing Debian's package when this machine can; otherwise explains and exits. */
export function ensureChromium() {
  let found = chromiumPath();
  if (found) return found;
  const canApt = process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
  if (!canApt) {
    console.error('✗ No Chromium found at CHROMIUM_PATH or /usr/bin/chromium, and this machine cannot apt-get install it (needs root).');
    console.error('  Install Chromium and set CHROMIUM_PATH, then run npm test again.');
    process.exit(1);
  }
  step("Installing Debian's chromium for the end-to-end tests");
  run('apt-get', ['update', '-qq']);
  run('apt-get', ['install', '-y', '-qq', 'chromium'], { env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  found = chromiumPath();
  if (!found) {
    console.error('✗ chromium was installed but /usr/bin/chromium is missing.');
    process.exit(1);
  }
  return found;
}

export function startProcess(command, args, options = {}) {
  return spawn(command, args, { cwd: root, stdio: 'inherit', env: process.env, ...options });
}
