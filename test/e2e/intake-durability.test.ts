/**
 * "Killing the page right after Opslaan loses nothing." Two ways of killing, both with the hub
 * out of reach, so what comes back can only have come from this workstation's own storage:
 * 1. the tab is closed abruptly (no beforeunload) and a new tab opens in the same profile;
 * 2. the whole browser process is killed (SIGKILL) and started again on the same profile dir.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBrowserHost, type RunningBrowserHost } from '../../scripts/browser-host';
import { presetSession } from './support/session';
import { chromiumPath } from './support/chromium';
import { startStack, type Stack } from './support/stack';

const CASE_NUMBER = /OC-\d{4}-[0-9A-Z]{2,4}-\d{5,}/;
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--lang=nl-NL'];

let stack: Stack;
let offlineHost: RunningBrowserHost;
beforeAll(async () => {
  stack = await startStack();
  // A workstation whose hub never answers: everything stays local.
  offlineHost = await startBrowserHost({ hubUrl: 'http://127.0.0.1:9' });
});
afterAll(async () => {
  await offlineHost?.close();
  await stack?.close();
});

async function saveContact(page: Page, text: string): Promise<string> {
  await page.keyboard.press('Alt+N');
  await page.getByRole('textbox', { name: 'Vraag van de bezoeker' }).fill(text);
  await page.keyboard.press('Alt+T');
  await page.keyboard.type('06-12345678');
  await page.keyboard.press('Control+Enter');
  const notice = page.getByRole('status').filter({ hasText: 'Contact opgeslagen in nieuwe zaak' });
  await notice.waitFor();
  return CASE_NUMBER.exec((await notice.textContent()) ?? '')![0];
}

/** The top bar's connection status counts the outbox entries still waiting for the hub. */
async function pendingChanges(page: Page, count: number) {
  await page.getByRole('status').and(page.locator(`[data-pending="${count}"]`)).waitFor();
}

async function expectCaseWithContact(page: Page, caseNumber: string, text: string) {
  await page.keyboard.press('Alt+4');
  await page.getByRole('searchbox', { name: 'Zoek een zaak' }).fill(caseNumber);
  await page.getByRole('link', { name: caseNumber }).click();
  await page.getByRole('heading', { level: 1, name: `Zaak ${caseNumber}` }).waitFor();
  const entries = page.getByRole('region', { name: 'Tijdlijn' }).getByRole('listitem');
  await entries.filter({ hasText: text }).waitFor();
  await entries.filter({ hasText: 'Taak: Terugbellen' }).waitFor();
}

describe('a saved contact survives the page being killed', () => {
  it('closing the tab abruptly right after the confirmation loses nothing (same profile, new tab)', async () => {
    const { context, page } = await stack.openApp();
    // The hub is unreachable for this workstation from here on.
    await context.route(`${stack.hubUrl}/**`, (route) => route.abort('internetdisconnected'));
    const text = 'Tab dicht direct na opslaan: vraag over de begroting 2027';
    const caseNumber = await saveContact(page, text);
    await page.close({ runBeforeUnload: false });

    const reopened = await context.newPage();
    await reopened.goto(stack.appUrl);
    await reopened.getByRole('navigation').waitFor();
    // Case, contact and task are stored, and so are their three outbox entries waiting for the hub.
    await pendingChanges(reopened, 3);
    await expectCaseWithContact(reopened, caseNumber, text);
  });

  it('killing the whole browser process right after the confirmation loses nothing (restart on the same profile)', async () => {
    const profile = mkdtempSync(join(tmpdir(), 'loket-durable-'));
    try {
      let context = await chromium.launchPersistentContext(profile, { executablePath: chromiumPath(), headless: true, args: ARGS, locale: 'nl-NL', timezoneId: 'Europe/Amsterdam' });
      // A desk whose staff member signed in before, now without its hub.
      await presetSession(context);
      let page = context.pages()[0] ?? (await context.newPage());
      await page.goto(offlineHost.url);
      await page.getByRole('navigation').waitFor();
      const text = 'Stroom eraf direct na opslaan: vraag over het archief van de haven';
      const caseNumber = await saveContact(page, text);

      // SIGKILL the browser process of this profile: no unload, no clean shutdown of storage.
      const browserPid = execFileSync('ps', ['-eo', 'pid=,args='], { encoding: 'utf8' })
        .split('\n')
        .map((line) => line.trim())
        .find((line) => line.includes(`--user-data-dir=${profile}`) && !line.includes('--type='))
        ?.split(/\s+/)[0];
      expect(browserPid).toMatch(/^\d+$/);
      process.kill(Number(browserPid), 'SIGKILL');
      await context.close().catch(() => undefined);

      context = await chromium.launchPersistentContext(profile, { executablePath: chromiumPath(), headless: true, args: ARGS, locale: 'nl-NL', timezoneId: 'Europe/Amsterdam' });
      // localStorage (where the desk keeps who is signed in) is flushed lazily, so a killed browser
      // may forget the sign-in; this test is about the saved contact in IndexedDB.
      await presetSession(context);
      page = context.pages()[0] ?? (await context.newPage());
      await page.goto(offlineHost.url);
      await page.getByRole('navigation').waitFor();
      await pendingChanges(page, 3);
      await expectCaseWithContact(page, caseNumber, text);
      await context.close();
    } finally {
      rmSync(profile, { recursive: true, force: true });
    }
  });
});
