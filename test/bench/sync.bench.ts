// Sync benchmarks (issue 8): the desk's sync engine and the hub, in Node on loopback. The work is in
// test/integration/sync/syncBench.ts (it uses the renderer's and the hub's code); it runs in its own
// process so its heap and the hub's memory are measured alone.
import { spawnSync } from 'node:child_process';

export async function benchSync(): Promise<string[]> {
  const result = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', 'test/integration/sync/syncBench.ts'], {
    stdio: ['ignore', 'pipe', 'inherit'],
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  process.stdout.write(result.stdout);
  if (result.status !== 0) throw new Error(`sync benchmarks failed (exit ${result.status ?? result.signal})`);
  const summary = result.stdout.split('SYNC-BENCH-SUMMARY')[1] ?? '';
  return summary
    .split('\n')
    .filter((line) => line.startsWith('- '))
    .map((line) => line.slice(2));
}
