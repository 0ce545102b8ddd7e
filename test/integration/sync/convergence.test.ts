/** Sync convergence property (issue 8 proof): see convergence.ts. `npm run soak` runs it 1,000 times. */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { runScenario, scenarioArb } from './convergence';
import { startHub, type Hub } from './harness';

const RUNS = Number(process.env.SYNC_CONVERGENCE_RUNS ?? 100);
const SEED = process.env.SYNC_SEED ? Number(process.env.SYNC_SEED) : Date.now() ^ (Math.random() * 2 ** 31);

let hub: Hub;
beforeAll(async () => {
  hub = await startHub();
});
afterAll(() => hub.dispose());

describe('convergence (property)', () => {
  it(`${RUNS} random runs of 3 desks: every desk equals the hub, nothing lost, duplicated or silently overwritten`, async () => {
    const started = Date.now();
    console.log(`sync convergence: ${RUNS} runs, seed ${SEED} (repeat with SYNC_SEED=${SEED})`);
    await fc.assert(fc.asyncProperty(scenarioArb, (scenario) => runScenario(hub, scenario)), { numRuns: RUNS, seed: SEED, endOnFailure: true });
    console.log(`sync convergence: ${RUNS} runs passed in ${((Date.now() - started) / 1000).toFixed(1)} s, seed ${SEED}`);
  }, RUNS * 15_000);
});
