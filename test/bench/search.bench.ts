/**
 * Document finder benchmarks (issue 14), in Chromium: index build, stored index size, query
 * latency p50/p95 over 200 fixed queries through the app's search and through MiniSearch's own
 * `search` with the same options (the ratio is the app's overhead; below 1 because the app scores
 * the same way without building a result object per match), recall on the judged set, the same for Orama, and the time
 * from a fresh page's start until a query over the persisted index has answered. The import's
 * throughput and peak memory are measured on the hub, where the import runs (Node, PGlite).
 */
import { createServer } from 'node:http';
import { mkdtempSync, rmSync, createReadStream, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { launchChromium } from '../e2e/support/chromium';
import { localPublishers, writeCatalogueCsv } from './generate-catalogue';
import { openDb } from '../../server/src/db/open';
import { migrate } from '../../server/src/db/migrate';
import { importCatalogue } from '../../server/src/catalogue/import';

const DOCUMENTS = Number(process.env.SEARCH_BENCH_DOCUMENTS ?? 100_000);
const IMPORT_ROWS = Number(process.env.IMPORT_BENCH_ROWS ?? 100_000);

const ms = (value: number) => `${value.toFixed(1)} ms`;

async function browserFigures(): Promise<string[]> {
  const bundle = await build({
    entryPoints: [resolve(import.meta.dirname, 'searchPage.ts')],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
    write: false,
    minify: true,
  });
  const script = bundle.outputFiles[0]!.text;
  const server = createServer((request, response) => {
    if (request.url === '/bench.js') {
      response.writeHead(200, { 'Content-Type': 'text/javascript; charset=utf-8' });
      response.end(script);
      return;
    }
    response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    response.end('<!doctype html><meta charset="utf-8"><title>search bench</title><script src="/bench.js"></script>');
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/`;
  const browser = await launchChromium();
  const lines: string[] = [];
  try {
    const context = await browser.newContext();
    const page = await context.newPage();
    page.setDefaultTimeout(0);
    page.on('pageerror', (error) => console.error('page error:', error.message));
    await page.goto(url);
    await page.waitForFunction(() => 'searchBench' in globalThis);
    const figures = await page.evaluate(
      ([count, publishers]) => (globalThis as never as { searchBench: { measure: (c: number, p: unknown, o: boolean) => Promise<unknown> } }).searchBench.measure(count, publishers, true),
      [DOCUMENTS, localPublishers()] as const,
    ) as {
      documents: number;
      miniSearch: { buildMs: number; p50: number; p95: number; recall: number; missed: string[]; indexBytes: number; serializeMs: number; loadMs: number; loadedP50: number; loadedP95: number };
      rawMiniSearch: { p50: number; p95: number };
      storeMs: number;
      orama: { buildMs: number; p50: number; p95: number; recall: number; missed: string[] };
    };
    await page.close();
    const starts: Array<{ readMs: number; loadMs: number; searchableMs: number; total: number }> = [];
    for (let run = 0; run < 3; run++) {
      const fresh = await context.newPage();
      fresh.setDefaultTimeout(0);
      await fresh.goto(url);
      starts.push(await fresh.evaluate(() => (globalThis as never as { searchBench: { startToSearchable: () => Promise<never> } }).searchBench.startToSearchable()));
      await fresh.close();
    }
    const m = figures.miniSearch;
    lines.push(`finder, ${figures.documents} documents (Chromium): MiniSearch build ${ms(m.buildMs)}, stored index ${(m.indexBytes / 1048576).toFixed(1)} MiB (serialise ${ms(m.serializeMs)}, IndexedDB put ${ms(figures.storeMs)})`);
    lines.push(`finder query latency, 200 queries × 3: app p50 ${ms(m.p50)}, p95 ${ms(m.p95)}; MiniSearch alone p50 ${ms(figures.rawMiniSearch.p50)}, p95 ${ms(figures.rawMiniSearch.p95)}; ratio p50 ${(m.p50 / figures.rawMiniSearch.p50).toFixed(2)}×, p95 ${(m.p95 / figures.rawMiniSearch.p95).toFixed(2)}×`);
    lines.push(`finder query latency on the index loaded from its stored form, 200 queries × 1: p50 ${ms(m.loadedP50)}, p95 ${ms(m.loadedP95)} (load ${ms(m.loadMs)} in the measuring page)`);
    lines.push(`finder recall (top 10, judged set): MiniSearch ${(m.recall * 100).toFixed(1)}% (missed: ${m.missed.join('; ') || 'none'})`);
    const o = figures.orama;
    lines.push(`Orama 3.1 on the same: build ${ms(o.buildMs)}, p50 ${ms(o.p50)}, p95 ${ms(o.p95)} (200 queries × 1), recall ${(o.recall * 100).toFixed(1)}% (missed: ${o.missed.join('; ') || 'none'})`);
    lines.push(
      `start to searchable (fresh page → IndexedDB read → index loaded → first query answered): ${starts.map((s) => `${ms(s.searchableMs)} [read done ${ms(s.readMs)}, load ${ms(s.loadMs)}]`).join(', ')}`,
    );
  } finally {
    await browser.close();
    server.close();
  }
  for (const line of lines) console.log(line);
  return lines;
}

async function importFigures(): Promise<string[]> {
  const folder = mkdtempSync(join(tmpdir(), 'loket-import-bench-'));
  try {
    const file = join(folder, 'catalogue.csv');
    await writeCatalogueCsv(IMPORT_ROWS, file);
    const db = await openDb();
    await migrate(db);
    let peak = process.memoryUsage().rss;
    const before = peak;
    const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50);
    const started = performance.now();
    const result = await importCatalogue(db, createReadStream(file), { format: 'csv', actor: 'bench' });
    const seconds = (performance.now() - started) / 1000;
    clearInterval(sampler);
    await db.close();
    const line =
      `import on the hub (PGlite, Node), ${IMPORT_ROWS} rows / ${(statSync(file).size / 1048576).toFixed(1)} MiB CSV: ${result.added} added in ${seconds.toFixed(1)} s = ${Math.round(result.added / seconds)} docs/s; ` +
      `peak RSS ${(peak / 1048576).toFixed(0)} MiB (${((peak - before) / 1048576).toFixed(0)} MiB above the start, database included)`;
    console.log(line);
    return [line];
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

export async function benchSearch(): Promise<string[]> {
  const only = process.env.SEARCH_BENCH_ONLY;
  return [...(only === 'import' ? [] : await browserFigures()), ...(only === 'browser' ? [] : await importFigures())];
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) await benchSearch();
