/**
 * A real hub (in-memory PGlite) and the browser host on loopback, for end-to-end tests.
 * Each test file starts its own stack, so files never share state.
 */
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { startBrowserHost } from '../../../scripts/browser-host';
import { createApp } from '../../../server/src/app';
import { migrate } from '../../../server/src/db/migrate';
import { openDb } from '../../../server/src/db/open';
import { silentLog } from '../../../server/src/log';
import { seedDemo } from '../../../server/src/demo/seed';
import { resolve } from 'node:path';
import { launchChromium } from './chromium';

export interface Stack {
  hubUrl: string;
  appUrl: string;
  browser: Browser;
  /** A fresh browser context (own IndexedDB) with one page on the app. */
  openApp(options?: { locale?: string; viewport?: { width: number; height: number } }): Promise<{ context: BrowserContext; page: Page }>;
  close(): Promise<void>;
}

export interface StackOptions {
  /** Seed the hub with the demo document catalogue (read from ../shared/data at run time). */
  demoDocuments?: boolean;
}

export async function startStack(options: StackOptions = {}): Promise<Stack> {
  const db = await openDb();
  await migrate(db);
  if (options.demoDocuments) await seedDemo(db, { sharedDir: resolve(import.meta.dirname, '../../../../shared') });
  const app = createApp({ db, log: silentLog });
  const hub = await new Promise<{ url: string; close: () => Promise<void> }>((resolve) => {
    const server = serve({ fetch: app.fetch, hostname: '127.0.0.1', port: 0 }, (info: AddressInfo) =>
      resolve({ url: `http://127.0.0.1:${info.port}`, close: () => new Promise((done) => server.close(() => done())) }),
    );
  });
  const ui = await startBrowserHost({ hubUrl: hub.url });
  const browser = await launchChromium();
  const contexts: BrowserContext[] = [];
  return {
    hubUrl: hub.url,
    appUrl: ui.url,
    browser,
    async openApp(options = {}) {
      const context = await browser.newContext({
        locale: options.locale ?? 'nl-NL',
        timezoneId: 'Europe/Amsterdam',
        viewport: options.viewport ?? { width: 1280, height: 800 },
      });
      contexts.push(context);
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      await page.goto(ui.url);
      await page.getByRole('navigation').waitFor();
      return { context, page };
    },
    async close() {
      for (const context of contexts) await context.close().catch(() => undefined);
      await browser.close();
      await ui.close();
      await hub.close();
      await db.close();
    },
  };
}
