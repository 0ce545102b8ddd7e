// `npm run bench`: every benchmark, figures printed; copy them to docs/benchmarks.md.
import { benchStartup } from './startup.bench';

const lines: string[] = [];
lines.push(...(await benchStartup()));
console.log('\nSummary');
for (const line of lines) console.log(`- ${line}`);
