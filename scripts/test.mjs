// npm test: installs what it needs, then runs every check. The last thing printed is vitest's
// summary, which CI reads.
import { bin, electronRuntimePath, ensureChromium, ensureDependencies, run, step } from './lib.mjs';

ensureDependencies();
const chromium = ensureChromium();
process.env.CHROMIUM_PATH = chromium;

step('Type check (tsc, strict)');
run(bin('tsc'), ['-b']);

step('Lint (ESLint, incl. no literal UI strings)');
run(bin('eslint'), ['.', '--max-warnings=0']);

step('Build (electron-vite: main, preload, renderer)');
run(bin('electron-vite'), ['build', '--logLevel', 'warn']);

step('Electron runtime suite');
run(process.execPath, ['test/electron/run.mjs']);
if (!electronRuntimePath()) console.log('  (the renderer is tested in Chromium through the browser host instead)');

step('PostgreSQL backend');
console.log(
  process.env.TEST_DATABASE_URL
    ? `  server tests run against PGlite and ${new URL(process.env.TEST_DATABASE_URL).host}`
    : '  not run: TEST_DATABASE_URL not set (server tests run against PGlite only; .ci/run sets it)',
);

step('Tests (vitest: unit, renderer, server, lint rules, Electronegativity, end-to-end in Chromium)');
run(bin('vitest'), ['run']);
