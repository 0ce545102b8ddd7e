// `npx tsx test/screenshots/tour.ts` (part of `npm run screenshots`, after a build): every screen of
// the app at 1280×800, in Dutch and in English, on the Voorbeeldstad demo centre, written to
// docs/screenshots/tour/<lang>-<nn>-<screen>.png – so a person can look at all of them after a change.
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { startStack } from '../e2e/support/stack';

const dir = resolve(import.meta.dirname, '../../docs/screenshots/tour');
await mkdir(dir, { recursive: true });

interface Stop {
  name: string;
  hash: string;
  /** Waits until the screen shows what it should, then prepares it (typing a query, opening a case). */
  ready?: (page: Page) => Promise<void>;
}

const heading = (page: Page) => page.getByRole('heading', { level: 1 }).first().waitFor();

const STOPS: Stop[] = [
  { name: 'start', hash: '#/contact' },
  { name: 'intake', hash: '#/contact', ready: async (page) => {
      await page.keyboard.press('Alt+N');
      await page.locator('textarea').first().waitFor();
    } },
  { name: 'finder', hash: '#/search', ready: async (page) => {
      const box = page.getByRole('searchbox').first();
      await box.waitFor({ timeout: 30_000 });
      await box.fill('bomenkap');
      await page.waitForTimeout(1_500);
    } },
  { name: 'woo', hash: '#/woo' },
  { name: 'cases', hash: '#/cases', ready: async (page) => void (await page.waitForTimeout(1_000)) },
  { name: 'case', hash: '#/cases', ready: async (page) => {
      await page.locator('main a[href^="#/cases/"]').first().click({ timeout: 20_000 });
      await page.waitForTimeout(1_000);
    } },
  { name: 'overview-cases', hash: '#/overview/cases', ready: async (page) => void (await page.waitForTimeout(2_000)) },
  { name: 'overview-board', hash: '#/overview/board', ready: async (page) => void (await page.waitForTimeout(1_500)) },
  { name: 'overview-indicators', hash: '#/overview/indicators', ready: async (page) => void (await page.waitForTimeout(2_000)) },
  { name: 'overview-inbox', hash: '#/overview/inbox' },
  { name: 'overview-centre', hash: '#/overview/centre' },
  { name: 'overview-privacy', hash: '#/overview/privacy' },
  { name: 'settings', hash: '#/settings' },
];

async function switchLanguage(page: Page, to: 'English' | 'Nederlands') {
  await page.getByRole('button', { name: /Taal|Language/ }).click();
  await page.getByRole('option', { name: to }).click();
  await page.waitForTimeout(300);
}

const stack = await startStack({ demoCentre: true });
try {
  for (const lang of ['nl', 'en'] as const) {
    const signInPage = (await stack.openApp({ signIn: false })).page;
    if (lang === 'en') await switchLanguage(signInPage, 'English');
    await signInPage.screenshot({ path: resolve(dir, `${lang}-00-sign-in.png`) });
    await signInPage.context().close();

    const { page } = await stack.openApp();
    if (lang === 'en') await switchLanguage(page, 'English');
    // Let the desk pull the demo centre from the hub before looking around.
    await page.waitForTimeout(20_000);
    for (const [i, stop] of STOPS.entries()) {
      await page.evaluate((hash) => (window.location.hash = hash), stop.hash);
      await heading(page);
      await stop.ready?.(page);
      await page.mouse.move(0, 0);
      await page.screenshot({ path: resolve(dir, `${lang}-${String(i + 1).padStart(2, '0')}-${stop.name}.png`) });
    }
    await page.context().close();
  }
  console.log(`Tour written to ${dir}`);
} finally {
  await stack.close();
}
