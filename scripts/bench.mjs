// npm run bench: builds the renderer, then runs the benchmarks in real Chromium. Tests never time.
import { bin, ensureChromium, ensureDependencies, run, step } from './lib.mjs';

ensureDependencies();
process.env.CHROMIUM_PATH = ensureChromium();
step('Build (electron-vite)');
run(bin('electron-vite'), ['build', '--logLevel', 'warn']);
step('Benchmarks');
run(bin('tsx'), ['test/bench/run.ts']);
