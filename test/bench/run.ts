// `npm run bench`: every benchmark, figures printed; copy them to docs/benchmarks.md.
import { benchStartup } from './startup.bench';
import { benchIntake } from './intake.bench';
import { benchSearch } from './search.bench';
import { benchOverview } from './overview.bench';
import { benchSync } from './sync.bench';
import { benchSignIn } from './signin.bench';

const lines: string[] = [];
lines.push(...(await benchStartup()));
lines.push(...(await benchIntake()));
lines.push(...(await benchSearch()));
lines.push(...(await benchOverview()));
lines.push(...(await benchSync()));
lines.push(...(await benchSignIn()));
console.log('\nSummary');
for (const line of lines) console.log(`- ${line}`);
