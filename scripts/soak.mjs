// npm run soak: the sync proofs at full size, separate from `npm test` (issue 8): the convergence
// property 1,000 times (the seed is printed; repeat a run with SYNC_SEED=<seed>) and the hub killed
// mid-push of 5,000 mutations. Override with SYNC_CONVERGENCE_RUNS / SYNC_KILL_COUNT.
import { bin, ensureDependencies, run, step } from './lib.mjs';

ensureDependencies();
process.env.SYNC_CONVERGENCE_RUNS ??= '1000';
process.env.SYNC_KILL_COUNT ??= '5000';
step(`Sync convergence property, ${process.env.SYNC_CONVERGENCE_RUNS} runs; hub killed mid-push of ${process.env.SYNC_KILL_COUNT} mutations`);
run(bin('vitest'), ['run', '--project', 'unit', '--reporter', 'verbose', 'test/integration/sync/convergence.test.ts', 'test/integration/sync/kill.test.ts']);
