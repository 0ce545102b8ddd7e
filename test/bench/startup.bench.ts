/**
 * Renderer cold start to interactive: a fresh Chromium process on a persistent profile loads the
 * app and we read the 'loket:interactive' mark (set once the database is open and the shell is
 * drawn), relative to navigation start. Median of 5, with an empty database and with 50,000 cases.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { startBrowserHost } from '../../scripts/browser-host';
import { presetSession } from '../e2e/support/session';
import { chromiumPath } from '../e2e/support/chromium';
import { seedCases } from './seed';
import { report } from './stats';

const RUNS = 5;
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

async function coldStarts(url: string, profile: string): Promise<number[]> {
  const times: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const context = await chromium.launchPersistentContext(profile, { executablePath: chromiumPath(), headless: true, args: ARGS });
    await presetSession(context);
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(url);
    await page.waitForFunction(() => performance.getEntriesByName('loket:interactive').length > 0, undefined, { timeout: 60_000 });
    times.push(await page.evaluate(() => performance.getEntriesByName('loket:interactive')[0]!.startTime));
    await context.close();
  }
  return times;
}

export async function benchStartup(): Promise<string[]> {
  const hostServer = await startBrowserHost({ hubUrl: 'http://127.0.0.1:9' });
  const profile = mkdtempSync(join(tmpdir(), 'loket-bench-'));
  try {
    const lines = [report('Cold start to interactive, empty database', await coldStarts(hostServer.url, profile))];
    const context = await chromium.launchPersistentContext(profile, { executablePath: chromiumPath(), headless: true, args: ARGS });
    await presetSession(context);
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(hostServer.url);
    await page.waitForFunction(() => performance.getEntriesByName('loket:interactive').length > 0);
    await seedCases(page, 50_000);
    await context.close();
    lines.push(report('Cold start to interactive, 50,000 cases', await coldStarts(hostServer.url, profile)));
    return lines;
  } finally {
    rmSync(profile, { recursive: true, force: true });
    await hostServer.close();
  }
}
