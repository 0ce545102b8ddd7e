/**
 * A real hub (in-memory PGlite) and the browser host on loopback, for end-to-end tests.
 * Each test file starts its own stack, so files never share state.
 *
 * A test fails when the renderer in an app it opened reports an uncaught error or a console.error
 * (see watchRenderer); a test that provokes one on purpose takes it with `takeErrors`.
 */
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import type { Browser, BrowserContext, ConsoleMessage, Page } from 'playwright-core';
import { onTestFinished } from 'vitest';
import { startBrowserHost } from '../../../scripts/browser-host';
import { createApp } from '../../../server/src/app';
import { createHubAuth, type HubAuth } from '../../../server/src/auth';
import type { Role } from '../../../server/src/http/auth';
import { migrate } from '../../../server/src/db/migrate';
import { openDb } from '../../../server/src/db/open';
import { silentLog } from '../../../server/src/log';
import { seedDemo, seedDemoCatalogue } from '../../../server/src/demo/seed';
import { seedDemoCases } from '../../../server/src/demo/cases';
import { seedDemoCentre } from '../../../server/src/demo/centre';
import { seedDemoAnswers } from '../../../server/src/demo/answers';
import { resolve } from 'node:path';
import { launchChromium } from './chromium';

/** One account per role on every test hub (the hub requires sign-in). */
export const ACCOUNTS: Readonly<Record<Role, { username: string; password: string; displayName: string }>> = Object.freeze({
  desk: { username: 'bram', password: 'balie-test-2026', displayName: 'Bram Balie' },
  phone: { username: 'tess', password: 'telefoon-test-2026', displayName: 'Tess Telefoon' },
  coordinator: { username: 'cor', password: 'coordinator-test-2026', displayName: 'Cor Coördinator' },
  admin: { username: 'bea', password: 'beheer-test-2026', displayName: 'Bea Beheer' },
});

/** Signs in through the sign-in screen (language-independent: by field name), optionally setting a PIN. */
export async function signInThroughUi(page: Page, role: Role, options: { pin?: string } = {}): Promise<void> {
  const account = ACCOUNTS[role];
  await page.locator('input[name="username"]').fill(account.username);
  await page.locator('input[name="password"]').fill(account.password);
  if (options.pin) await page.locator('input[name="pin"]').fill(options.pin);
  await page.locator('input[name="password"]').press('Enter');
  await page.getByRole('navigation').waitFor();
}

export interface Stack {
  hubUrl: string;
  appUrl: string;
  browser: Browser;
  /** The hub's sign-in service: accounts, sessions, workstations. */
  auth: HubAuth;
  /** Stops the hub for good (a desk that must work without it); close() copes. */
  stopHub(): Promise<void>;
  /** A request to the hub as its admin (every route but /health needs a signed-in user). */
  hubFetch(path: string, init?: RequestInit): Promise<Response>;
  /**
   * A fresh browser context (own IndexedDB) with one page on the app, signed in through the UI as
   * `signIn` (default: admin, who sees every area; false: stay on the sign-in screen).
   */
  openApp(options?: { locale?: string; viewport?: { width: number; height: number }; signIn?: Role | false; pin?: string }): Promise<{ context: BrowserContext; page: Page }>;
  /**
   * Hands over (and forgets) what the renderer in `context` reported so far: uncaught errors and
   * console.error messages. Only for a test that provokes errors on purpose; every other error
   * fails the test that opened the app (checked when it finishes, and again in close()).
   */
  takeErrors(context: BrowserContext): string[];
  /** Throws, listing them, when any app opened through this stack has unreported errors. */
  assertNoErrors(): void;
  close(): Promise<void>;
}

/**
 * A failed request to the hub while the test has cut the network on purpose (context.setOffline,
 * or a route aborting with 'internetdisconnected'): Chromium itself logs it as a console error.
 * Nothing else is excused: ERR_INTERNET_DISCONNECTED only comes from a deliberately cut network,
 * and only requests to the hub are expected to be made then.
 */
function isDeliberateHubOutage(message: ConsoleMessage, hubUrl: string): boolean {
  return message.text() === 'Failed to load resource: net::ERR_INTERNET_DISCONNECTED' && message.location().url.startsWith(`${hubUrl}/`);
}

/** Records, for every page of the context (also ones opened later), what the renderer reports as an error. */
function watchRenderer(context: BrowserContext, hubUrl: string): string[] {
  const errors: string[] = [];
  context.on('weberror', (webError) => {
    const error = webError.error();
    errors.push(`uncaught error in the page: ${error.stack ?? error.message}`);
  });
  context.on('console', (message) => {
    if (message.type() !== 'error' || isDeliberateHubOutage(message, hubUrl)) return;
    const { url, lineNumber } = message.location();
    errors.push(`console.error: ${message.text()}${url ? ` (${url}:${lineNumber})` : ''}`);
  });
  return errors;
}

function errorReport(errors: readonly string[]): string {
  return `The renderer reported ${errors.length} error(s):\n${errors.map((error) => `- ${error}`).join('\n')}`;
}

export interface StackOptions {
  /** Seed the hub with the demo document catalogue (read from the repository's data/ at run time). */
  demoDocuments?: boolean;
  /** The whole Voorbeeldstad demo of `npm start`: centre settings, catalogue and a year of cases (implies demoDocuments). */
  demoCentre?: boolean;
}

export async function startStack(options: StackOptions = {}): Promise<Stack> {
  const db = await openDb();
  await migrate(db);
  const referenceDataDir = resolve(import.meta.dirname, '../../../data');
  if (options.demoDocuments || options.demoCentre) await seedDemo(db, { referenceDataDir });
  if (options.demoCentre) {
    await seedDemoCatalogue(db);
    await seedDemoCentre(db);
    await seedDemoAnswers(db);
    await seedDemoCases(db);
  }
  // The hub allows exactly the browser host's origin (CORS), and the browser host needs the hub's
  // address: the hub listens first, and its app is made once the browser host's port is known.
  const hubApp: { current?: ReturnType<typeof createApp> } = {};
  // Sign-in is always on, as on a real hub: one account per role.
  const auth = createHubAuth({ db, log: silentLog, addressLimit: 10_000 });
  for (const [role, account] of Object.entries(ACCOUNTS)) await auth.service.createUser({ ...account, role: role as Role });
  const hub = await new Promise<{ url: string; close: () => Promise<void> }>((resolve) => {
    const server = serve({ fetch: (request) => hubApp.current!.fetch(request), hostname: '127.0.0.1', port: 0 }, (info: AddressInfo) =>
      resolve({ url: `http://127.0.0.1:${info.port}`, close: () =>
          new Promise((done) => {
            server.close(() => done());
            // Chromium's keep-alive connections would hold a stopping hub up.
            if ('closeAllConnections' in server) server.closeAllConnections();
          }),
      }),
    );
  });
  const ui = await startBrowserHost({ hubUrl: hub.url });
  hubApp.current = createApp({ db, log: silentLog, auth, corsOrigins: [new URL(ui.url).origin], allowedHosts: ['127.0.0.1', 'localhost'] });
  const browser = await launchChromium();
  const contexts: BrowserContext[] = [];
  let hubStopped: Promise<void> | undefined;
  let adminToken: Promise<string> | undefined;
  const watched = new Map<BrowserContext, string[]>();
  const closed = new Set<BrowserContext>();
  const unreported = () => [...watched.values()].flat();
  const checkAndClose = async (context: BrowserContext) => {
    const errors = watched.get(context)!.splice(0);
    // Closing tears down fetches and storage mid-flight; what the page says after this is noise.
    context.removeAllListeners('console');
    context.removeAllListeners('weberror');
    closed.add(context);
    await context.close().catch(() => undefined);
    if (errors.length > 0) throw new Error(errorReport(errors));
  };
  return {
    hubUrl: hub.url,
    appUrl: ui.url,
    browser,
    auth,
    async hubFetch(path, init = {}) {
      adminToken ??= fetch(`${hub.url}/auth/sign-in`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ username: ACCOUNTS.admin.username, password: ACCOUNTS.admin.password }),
      })
        .then((response) => response.json() as Promise<{ accessToken: string }>)
        .then((body) => body.accessToken);
      const headers = new Headers(init.headers);
      headers.set('Authorization', `Bearer ${await adminToken}`);
      return fetch(`${hub.url}${path}`, { ...init, headers });
    },
    async stopHub() {
      hubStopped ??= hub.close();
      await hubStopped;
    },
    async openApp(options = {}) {
      const context = await browser.newContext({
        locale: options.locale ?? 'nl-NL',
        timezoneId: 'Europe/Amsterdam',
        viewport: options.viewport ?? { width: 1280, height: 800 },
      });
      contexts.push(context);
      watched.set(context, watchRenderer(context, hub.url));
      try {
        // The app of a test is checked, and closed so it cannot log into the next test, when that test ends.
        onTestFinished(() => checkAndClose(context));
      } catch {
        // Opened outside a test (in a hook): close() checks it.
      }
      const page = await context.newPage();
      await page.goto(ui.url);
      const role = options.signIn ?? 'admin';
      if (role) await signInThroughUi(page, role, options.pin ? { pin: options.pin } : {});
      else await page.locator('input[name="username"]').waitFor();
      return { context, page };
    },
    takeErrors(context) {
      return watched.get(context)?.splice(0) ?? [];
    },
    assertNoErrors() {
      const errors = unreported();
      if (errors.length > 0) throw new Error(errorReport(errors));
    },
    async close() {
      const errors: string[] = [];
      for (const context of contexts) {
        if (closed.has(context)) continue;
        await checkAndClose(context).catch((error: Error) => errors.push(error.message));
      }
      await browser.close();
      await ui.close();
      await (hubStopped ??= hub.close());
      await db.close();
      if (errors.length > 0) throw new Error(errors.join('\n'));
    },
  };
}
