/**
 * A link the desktop app refuses (its allow-list does not have the site): the finder's document
 * detail shows the address in a read-only field to copy and says IT can allow the site. The
 * browser host opens every http(s) link, so the page gets a stand-in for the Electron bridge whose
 * openLink refuses like the desktop app does for an unlisted host. axe in Dutch and English;
 * screenshot in docs/screenshots with UPDATE_SCREENSHOTS=1.
 */
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './support/axe';
import { signInThroughUi, startStack, type Stack } from './support/stack';

const shots = process.env.UPDATE_SCREENSHOTS ? resolve(import.meta.dirname, '../../docs/screenshots') : mkdtempSync(join(tmpdir(), 'refused-link-'));
mkdirSync(shots, { recursive: true });

let stack: Stack;
beforeAll(async () => {
  stack = await startStack({ demoDocuments: true });
});
afterAll(async () => {
  await stack?.close();
});

/** A desk-like host: everything as the browser host, but links open only on open.overheid.nl. */
async function asDesktopHost(context: BrowserContext, page: Page, hubUrl: string): Promise<void> {
  await context.addInitScript((hub: string) => {
    const prefix = 'loket.secret.';
    const opened: string[] = [];
    Object.assign(window, { __opened: opened });
    // The bridge's place (electron/preload.ts); e2e code does not see the renderer's Window typing.
    (window as unknown as { loket: unknown }).loket = {
      info: async () => ({ host: 'electron', name: 'Open Loket', version: '0.0.0-test', platform: 'linux', hubUrl: hub }),
      managedConfig: async () => ({ status: 'unmanaged', hubUrl: hub }),
      print: async () => ({ ok: true }),
      saveFile: async () => ({ ok: false, cancelled: true }),
      openLink: async (url: string) => {
        const allowed = new URL(url).hostname === 'open.overheid.nl';
        if (allowed) opened.push(url);
        return allowed;
      },
      secureStore: {
        set: async (key: string, value: string) => localStorage.setItem(prefix + key, value),
        get: async (key: string) => localStorage.getItem(prefix + key),
        delete: async (key: string) => localStorage.removeItem(prefix + key),
        isEncrypted: async () => true,
      },
      onMenuCommand: () => () => undefined,
    };
  }, hubUrl);
  await page.reload();
  // The session restores from the same secret keys; sign in again only if it did not.
  const signIn = page.locator('input[name="username"]');
  await Promise.race([page.getByRole('navigation').waitFor(), signIn.waitFor()]);
  if (await signIn.isVisible()) await signInThroughUi(page, 'admin');
}

describe('a refused source link', () => {
  it.each([
    ['nl', 'Openen in de browser', 'De ICT-afdeling kan de website toestaan.', 'Adres van de link'],
    ['en', 'Open in the browser', 'The IT department can allow the website.', 'Link address'],
  ])('shows the address to copy and who can allow the site (%s)', async (locale, openLabel, itText, addressLabel) => {
    const { context, page } = await stack.openApp({ locale: locale === 'nl' ? 'nl-NL' : 'en-GB' });
    await asDesktopHost(context, page, stack.hubUrl);
    if (locale === 'en') {
      await page.getByRole('button', { name: /Taal|Language/ }).click();
      await page.getByRole('option', { name: 'English' }).click();
    }
    await page.keyboard.press('Alt+2');
    await page.locator('[data-result]').first().waitFor({ timeout: 30_000 });
    await page.locator('.finder-search input').fill('Kerkstraat');
    await page.locator('[data-result]').first().click();
    const article = page.locator('.finder-detail');
    await article.waitFor();
    const source = (await article.locator('.finder-url').textContent()) ?? '';
    expect(source).toMatch(/^https:\/\/example\.org\//);
    await page.getByRole('button', { name: openLabel }).click();
    const alert = page.getByRole('alert').filter({ hasText: itText });
    await alert.waitFor();
    const address = alert.getByRole('textbox', { name: addressLabel });
    await expect(address.inputValue()).resolves.toBe(source);
    // Focus selects the whole address, so Ctrl+C copies it.
    await address.focus();
    const selected = await page.evaluate(() => {
      const input = document.activeElement as HTMLInputElement;
      return [input.selectionStart, input.selectionEnd];
    });
    expect(selected).toEqual([0, source.length]);
    expect(await page.evaluate(() => (window as unknown as { __opened: string[] }).__opened)).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: resolve(shots, `finder-link-refused-${locale}.png`) });
  });
});
