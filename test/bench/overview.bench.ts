/**
 * Coordinator workspace benchmarks (issue 10):
 * (a) filter + sort of the case history over 100,000 cases – the screen's own pure function
 *     (renderer/src/features/overview/caseHistory.ts), in Node, 12 filter/sort combinations × 5;
 * (b) the indicators for a year over 100,000 cases (130,000 contacts, 30,000 tasks) and 20,000 Woo
 *     requests (shared/indicators), in Node;
 * (c) the case history scrolled for 5 s in Chromium with 100,000 cases in IndexedDB: frame times
 *     and long tasks (> 50 ms, PerformanceObserver 'longtask').
 * Alone: `npx tsx test/bench/overview.bench.ts` (after `npm run build`).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { startBrowserHost } from '../../scripts/browser-host';
import { computeIndicators, firstOutcomes, type IndicatorInput } from '../../shared/indicators/indicators';
import { CaseIndex, filterAndSort, SORT_KEYS, type CaseFilter, type CaseRow } from '../../shared/cases/history';
import { chromiumPath } from '../e2e/support/chromium';
import { presetSession } from '../e2e/support/session';
import { seedCases } from './seed';
import { report } from './stats';

const CASES = 100_000;
const CHANNELS = ['balie', 'telefoon', 'e-mail', 'post', 'chat'] as const;
const KINDS = ['question', 'document', 'woo', 'avg', 'referral', 'other'] as const;
const TOPICS = ['Afval', 'Bouwvergunning', 'Parkeren', 'Subsidie', 'Raadsbesluit', 'Woo-verzoek', 'Paspoort', 'Zorg'];
const OUTCOMES = ['answered', 'referred', 'document-found', 'woo-filed', 'avg-routed', 'callback-needed', 'not-reached', 'other'] as const;
const STATIONS = ['K7Q', 'B2', 'TEL1', 'AB'];
const DAY = 86_400_000;
const YEAR_START = Date.UTC(2025, 0, 1);

/** A deterministic pseudo-random sequence, so every run measures the same data. */
function random(seed: number) {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

/** User + system CPU time of this process, in ms: what the work costs when the machine is shared. */
const cpuMs = (usage: NodeJS.CpuUsage) => (usage.user + usage.system) / 1000;
/** The machine's 1-minute load average, to read the wall times against. */
const load = () => `load average ${loadavg()[0]!.toFixed(1)} on ${cpus().length} cores`;

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.ceil((p / 100) * sorted.length) - 1]!;
}

function caseRows(): CaseRow[] {
  const r = random(1);
  return Array.from({ length: CASES }, (_, i) => {
    const created = new Date(YEAR_START + Math.floor(r() * 365 * DAY)).toISOString();
    const topic = TOPICS[i % TOPICS.length]!;
    const number = `OC-2025-${STATIONS[i % STATIONS.length]}-${String(i + 1).padStart(5, '0')}`;
    return {
      id: `id-${i}`,
      number,
      kind: KINDS[Math.floor(r() * KINDS.length)]!,
      status: r() < 0.7 ? 'closed' : 'open',
      channel: CHANNELS[Math.floor(r() * CHANNELS.length)]!,
      topic,
      assignee: `medewerker ${i % 25}`,
      station: STATIONS[i % STATIONS.length]!,
      language: r() < 0.9 ? 'dut' : 'tur',
      createdAt: created,
      updatedAt: created,
      closedAt: '',
      overdue: r() < 0.05,
      hasWoo: r() < 0.2,
      text: `${number.toLowerCase()} vraag over ${topic.toLowerCase()} nummer ${i} medewerker ${i % 25}`,
    };
  });
}

const FILTERS: CaseFilter[] = [
  { sort: 'createdAt', descending: true },
  { sort: 'number', descending: false },
  { sort: 'assignee', descending: false },
  { channel: 'telefoon', sort: 'createdAt', descending: true },
  { from: '2025-03-01', to: '2025-05-31', sort: 'createdAt', descending: false },
  { kind: 'woo', status: 'open', sort: 'updatedAt', descending: true },
  { overdue: true, sort: 'createdAt', descending: true },
  { hasWoo: true, station: 'K7Q', sort: 'number', descending: true },
  { text: 'parkeren', sort: 'createdAt', descending: true },
  { text: 'vraag over', sort: 'number', descending: false },
  { topic: 'Afval', language: 'tur', sort: 'status', descending: false },
  { assignee: 'medewerker 7', from: '2025-01-01', to: '2025-12-31', sort: 'kind', descending: true },
];

export function benchFilterSort(): string[] {
  const rows = caseRows();
  // The screen builds the sort orders once when the rows load (CaseIndex); measured apart.
  const prepared = performance.now();
  const index = new CaseIndex(rows);
  for (const key of SORT_KEYS) index.order(key);
  const prepare = performance.now() - prepared;
  for (const filter of FILTERS) filterAndSort(index, filter); // warm-up
  const times: number[] = [];
  const cpu: number[] = [];
  for (let round = 0; round < 5; round++) {
    for (const filter of FILTERS) {
      const start = performance.now();
      const cpuStart = process.cpuUsage();
      filterAndSort(index, filter);
      times.push(performance.now() - start);
      cpu.push(cpuMs(process.cpuUsage(cpuStart)));
      if (process.env.OVERVIEW_BENCH_DETAIL) console.log(JSON.stringify(filter), (performance.now() - start).toFixed(1));
    }
  }
  const line = `Case history filter + sort over ${CASES.toLocaleString('en')} cases (${times.length} runs, 12 combinations): p50 ${percentile(times, 50).toFixed(1)} ms, p95 ${percentile(times, 95).toFixed(1)} ms, max ${Math.max(...times).toFixed(1)} ms (budget p95 < 100 ms); CPU time p50 ${percentile(cpu, 50).toFixed(1)} ms, p95 ${percentile(cpu, 95).toFixed(1)} ms; the six sort orders built once on load: ${prepare.toFixed(0)} ms; ${load()}`;
  console.log(line);
  return [line];
}

export function indicatorInput(): IndicatorInput {
  const r = random(2);
  const at = () => new Date(YEAR_START + Math.floor(r() * 365 * DAY)).toISOString();
  const cases = Array.from({ length: CASES }, (_, i) => ({ id: `c${i}`, createdAt: at() }));
  const contacts = Array.from({ length: 130_000 }, (_, i) => {
    const outcome = OUTCOMES[Math.floor(r() * OUTCOMES.length)]!;
    return {
      caseId: `c${i % CASES}`,
      channel: CHANNELS[Math.floor(r() * CHANNELS.length)]!,
      startedAt: at(),
      outcome,
      topic: TOPICS[Math.floor(r() * TOPICS.length)],
      referredTo: outcome === 'referred' ? `Orgaan ${Math.floor(r() * 40)}` : undefined,
    };
  });
  const tasks = Array.from({ length: 30_000 }, () => {
    const due = at();
    const done = r() < 0.8;
    return { action: 'Terugbellen', dueAt: due, status: done ? ('verwerkt' as const) : ('te_verwerken' as const), doneAt: done ? new Date(Date.parse(due) + (r() - 0.8) * DAY).toISOString() : undefined };
  });
  const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
  const woo = Array.from({ length: 20_000 }, () => {
    const received = YEAR_START + Math.floor(r() * 365 * DAY);
    const decided = r() < 0.85 ? received + Math.floor(r() * 70) * DAY : undefined;
    return { receivedOn: iso(received), decideBy: iso(received + (28 + (r() < 0.2 ? 14 : 0)) * DAY), decidedOn: decided === undefined ? undefined : iso(decided), suspensions: r() < 0.1 ? 1 : 0, extended: r() < 0.2 };
  });
  const notFound = Array.from({ length: 5_000 }, (_, i) => ({ at: at(), subject: `onderwerp ${i % 60}` }));
  return { cases, contacts, tasks, woo, notFound, callbackActions: ['Terugbellen'] };
}

export function benchIndicators(): string[] {
  const raw = indicatorInput();
  const period = { from: '2025-01-01', to: '2025-12-31' };
  // Each case's first-contact outcome does not depend on the period: the screen makes it once per
  // load of the records (renderer/src/features/overview/data.ts). Timed apart, cold, as it is paid.
  const prepareStart = performance.now();
  const prepareCpuStart = process.cpuUsage();
  const input = { ...raw, firstOutcome: firstOutcomes(raw.contacts) };
  const prepare = performance.now() - prepareStart;
  const prepareCpu = cpuMs(process.cpuUsage(prepareCpuStart));
  computeIndicators(input, period); // warm-up
  const times: number[] = [];
  const cpu: number[] = [];
  for (let run = 0; run < 7; run++) {
    const start = performance.now();
    const cpuStart = process.cpuUsage();
    computeIndicators(input, period);
    times.push(performance.now() - start);
    cpu.push(cpuMs(process.cpuUsage(cpuStart)));
  }
  const line = report(
    `Indicators for 2025 over ${CASES.toLocaleString('en')} cases, 130,000 contacts, 30,000 tasks, 20,000 Woo requests (budget < 300 ms; max ${Math.max(...times).toFixed(1)} ms; CPU time median ${percentile(cpu, 50).toFixed(1)} ms; first-contact outcomes prepared once per load: ${prepare.toFixed(1)} ms wall, ${prepareCpu.toFixed(1)} ms CPU; ${load()})`,
    times,
  );
  return [line];
}

const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--lang=nl-NL'];

async function benchScroll(): Promise<string[]> {
  const host = await startBrowserHost({ hubUrl: 'http://127.0.0.1:9' });
  const profile = mkdtempSync(join(tmpdir(), 'loket-overview-bench-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    headless: true,
    args: ARGS,
    locale: 'nl-NL',
    timezoneId: 'Europe/Amsterdam',
    viewport: { width: 1280, height: 800 },
  });
  try {
    await presetSession(context);
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(host.url);
    await page.getByRole('navigation').waitFor();
    await seedCases(page, CASES);
    await page.goto(`${host.url}#/overview/cases`);
    await page.getByRole('status').filter({ hasText: `zaken van ${CASES}` }).waitFor({ timeout: 120_000 });
    await page.getByTestId('case-history-scroller').waitFor();
    await page.waitForTimeout(1000);
    const result = await page.evaluate(async (idle) => {
      const scroller = document.querySelector('[data-testid="case-history-scroller"]') as HTMLElement;
      const longTasks: number[] = [];
      const observer = new PerformanceObserver((list) => list.getEntries().forEach((e) => longTasks.push(e.duration)));
      observer.observe({ type: 'longtask', buffered: false });
      const frames: number[] = [];
      const start = performance.now();
      let last = start;
      await new Promise<void>((resolve) => {
        const step = (now: number) => {
          frames.push(now - last);
          last = now;
          // About 9 rows a frame (36,000 px/s at 60 Hz): a fast fling through the list, far beyond reading speed.
          // OVERVIEW_BENCH_IDLE=1: the same 5 s without scrolling, to tell the list's own cost from background work.
          if (!idle) scroller.scrollTop += 600;
          if (scroller.scrollTop + scroller.clientHeight >= scroller.scrollHeight) scroller.scrollTop = 0;
          if (now - start < 5000) requestAnimationFrame(step);
          else resolve();
        };
        requestAnimationFrame(step);
      });
      observer.disconnect();
      return { frames: frames.slice(1), longTasks, rows: scroller.querySelectorAll('li').length };
    }, Boolean(process.env.OVERVIEW_BENCH_IDLE));
    const f = result.frames;
    const line = `Case history ${process.env.OVERVIEW_BENCH_IDLE ? 'left idle (not scrolled)' : 'scrolled'} 5 s over ${CASES.toLocaleString('en')} cases in Chromium: ${f.length} frames, frame time p50 ${percentile(f, 50).toFixed(1)} ms, p95 ${percentile(f, 95).toFixed(1)} ms, max ${Math.max(...f).toFixed(1)} ms; long tasks (> 50 ms): ${result.longTasks.length}${result.longTasks.length ? ` (longest ${Math.max(...result.longTasks).toFixed(0)} ms)` : ''}; ${result.rows} rows in the DOM; ${load()}`;
    console.log(line);
    return [line];
  } finally {
    await context.close();
    await host.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

export async function benchOverview(): Promise<string[]> {
  if (process.env.OVERVIEW_BENCH_SCROLL_ONLY) return benchScroll();
  return [...benchFilterSort(), ...benchIndicators(), ...(await benchScroll())];
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const lines = await benchOverview();
  console.log(`\n${lines.map((l) => `- ${l}`).join('\n')}`);
}
