/**
 * Contact intake benchmarks, in Chromium on a persistent (on-disk) profile like a workstation:
 * (a) keystrokes for a typical phone contact with a callback, by the same keyboard journey as
 *     the e2e test; (b) save-to-visible latency – from the 'loket:save-start' mark at submit to
 *     'loket:save-visible' when the confirmation with the case number is laid out – with 100,000
 *     cases in the database; (c) the case search's own time ('loket:case-search' measures around
 *     the repository function) over the same 100,000 cases.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { startBrowserHost } from '../../scripts/browser-host';
import { presetSession } from '../e2e/support/session';
import { chromiumPath } from '../e2e/support/chromium';
import { logPhoneContactByKeyboard, makePhoneDesk } from '../e2e/intakeJourney';
import { SEARCH_QUERIES, seedDeskHistory } from './intakeSeed';
import { median, report } from './stats';

const CASES = Number(process.env.INTAKE_BENCH_CASES ?? 100_000);
const SAVES = 21;
const SEARCH_ROUNDS = 3;
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--lang=nl-NL'];

async function openWorkstation(url: string, profile: string) {
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    headless: true,
    args: ARGS,
    locale: 'nl-NL',
    timezoneId: 'Europe/Amsterdam',
    viewport: { width: 1280, height: 800 },
  });
  await presetSession(context);
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(url);
  await page.getByRole('navigation').waitFor();
  return { context, page };
}

async function saveLatencies(page: Page): Promise<{ times: number[]; stored: number[] }> {
  const times: number[] = [];
  const stored: number[] = [];
  for (let run = 0; run < SAVES; run++) {
    await page.keyboard.press('Alt+N');
    const question = page.getByRole('textbox', { name: 'Vraag van de bezoeker' });
    await question.fill(`Benchmarkvraag ${run}: wanneer wordt het grofvuil opgehaald in de Molenlaan?`);
    if (run % 2) {
      // Every other one with a callback: one more record in the same transaction.
      await page.keyboard.press('Alt+T');
      await page.keyboard.type('06-12345678');
    }
    await page.evaluate(() => {
      performance.clearMeasures('loket:save');
      performance.clearMarks('loket:save-stored');
    });
    await page.keyboard.press('Control+Enter');
    await page.getByRole('status').filter({ hasText: 'Contact opgeslagen' }).waitFor();
    await page.waitForFunction(() => performance.getEntriesByName('loket:save').length > 0);
    const [total, storedAt] = await page.evaluate(() => {
      const measure = performance.getEntriesByName('loket:save')[0]!;
      const mark = performance.getEntriesByName('loket:save-stored')[0]!;
      return [measure.duration, mark.startTime - measure.startTime];
    });
    times.push(total);
    stored.push(storedAt);
  }
  // The first save also creates the station code and warms the code paths; report it apart.
  return { times, stored };
}

async function searchTimes(page: Page): Promise<{ all: number[]; perQuery: Map<string, number[]> }> {
  await page.keyboard.press('Alt+4');
  const box = page.getByRole('searchbox', { name: 'Zoek een zaak' });
  await box.waitFor();
  const all: number[] = [];
  const perQuery = new Map<string, number[]>();
  for (let round = 0; round < SEARCH_ROUNDS; round++) {
    for (const query of SEARCH_QUERIES) {
      await box.fill('');
      await page.evaluate(() => performance.clearMeasures('loket:case-search'));
      await box.fill(query);
      const duration = await page.waitForFunction(
        (q) => {
          const entry = performance.getEntriesByName('loket:case-search').find((e) => (e as PerformanceMeasure).detail?.query === q);
          return entry ? entry.duration : false;
        },
        query,
      );
      const ms = (await duration.jsonValue()) as number;
      all.push(ms);
      perQuery.set(query, [...(perQuery.get(query) ?? []), ms]);
    }
  }
  return { all, perQuery };
}

export async function benchIntake(): Promise<string[]> {
  // The hub is out of reach: these are the workstation's own figures, not the network's.
  const hostServer = await startBrowserHost({ hubUrl: 'http://127.0.0.1:9' });
  const profile = mkdtempSync(join(tmpdir(), 'loket-intake-bench-'));
  const lines: string[] = [];
  try {
    // (a) keystrokes
    {
      const { context, page } = await openWorkstation(hostServer.url, profile);
      await makePhoneDesk(page);
      await page.reload();
      await page.getByRole('navigation').waitFor();
      const journey = await logPhoneContactByKeyboard(page);
      const line = `Typical phone contact with callback, keyboard only: ${journey.presses} keystrokes besides the free text (${journey.keys.join(', ')})`;
      console.log(line);
      lines.push(line);
      console.log(`Seeding ${CASES.toLocaleString('en')} cases with contacts and tasks…`);
      await seedDeskHistory(page, CASES);
      await context.close();
    }
    // (b) and (c) on a fresh start of the same profile, as after a night with 100,000 cases.
    const { context, page } = await openWorkstation(hostServer.url, profile);
    const count = await page.evaluate(
      () =>
        new Promise<number>((resolve, reject) => {
          const request = indexedDB.open('open-loket');
          request.onsuccess = () => {
            const count = request.result.transaction('cases').objectStore('cases').count();
            count.onsuccess = () => resolve(count.result);
          };
          request.onerror = () => reject(request.error);
        }),
    );
    const { times: saves, stored } = await saveLatencies(page);
    lines.push(report(`Save to visible confirmation, ${count.toLocaleString('en')} cases (median of ${saves.length - 1} after the first)`, saves.slice(1)));
    lines.push(report('  of which save committed (submit to transaction done)', stored.slice(1)));
    lines.push(`  first save on the fresh start: ${saves[0]!.toFixed(1)} ms`);
    const search = await searchTimes(page);
    lines.push(report(`Case search (repository), ${count.toLocaleString('en')} cases (median over ${SEARCH_QUERIES.length} queries × ${SEARCH_ROUNDS})`, search.all));
    const slowest = [...search.perQuery.entries()].map(([q, v]) => [q, median(v)] as const).sort((a, b) => b[1] - a[1]);
    const detail = `  per query (median): ${slowest.map(([q, ms]) => `'${q}' ${ms.toFixed(1)}`).join(', ')}`;
    console.log(detail);
    lines.push(detail);
    await context.close();
    return lines;
  } finally {
    rmSync(profile, { recursive: true, force: true });
    await hostServer.close();
  }
}

// Run on its own: `npx tsx test/bench/intake.bench.ts` (after a build).
if (process.argv[1]?.endsWith('intake.bench.ts')) {
  const lines = await benchIntake();
  console.log('\nSummary');
  for (const line of lines) console.log(`- ${line}`);
}
