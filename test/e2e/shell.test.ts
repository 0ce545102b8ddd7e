import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './support/axe';
import { startStack, type Stack } from './support/stack';

let stack: Stack;
beforeAll(async () => {
  stack = await startStack();
});
afterAll(async () => {
  await stack?.close();
});

describe('the workspace shell in Chromium (browser host)', () => {
  it('opens in Dutch, switches to English and back', async () => {
    const { page } = await stack.openApp();
    const nav = page.getByRole('navigation', { name: 'Hoofdnavigatie' });
    await expect(nav.getByRole('link', { name: /Woo-verzoeken/ }).isVisible()).resolves.toBe(true);
    expect(await page.locator('html').getAttribute('lang')).toBe('nl');

    await page.getByRole('button', { name: /Taal/ }).click();
    await page.getByRole('option', { name: 'English' }).click();
    await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: /Woo requests/ }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');

    // The choice is remembered on this workstation.
    await page.reload();
    await page.getByRole('navigation', { name: 'Main navigation' }).waitFor();

    await page.getByRole('button', { name: /Language/ }).click();
    await page.getByRole('option', { name: 'Nederlands' }).click();
    await nav.waitFor();
  });

  it('shows the connection state and follows the network going away and coming back', async () => {
    const { context, page } = await stack.openApp();
    const status = page.getByRole('status').filter({ hasText: /Online|Offline/ });
    await expect(status.textContent()).resolves.toMatch(/^Online/);
    await context.setOffline(true);
    await status.getByText('Offline', { exact: true }).waitFor();
    await status.getByText('alles wordt lokaal bewaard').waitFor();
    await context.setOffline(false);
    await status.getByText('Online', { exact: true }).waitFor();
  });

  it('navigates every area by keyboard shortcut and moves focus to its title', async () => {
    const { page } = await stack.openApp();
    const titles = ['Contact', 'Zoeken', 'Woo-verzoeken', 'Zaken', 'Overzicht', 'Instellingen'];
    // The app opens on the first area, so it is visited last: every area is reached by its shortcut.
    for (const index of [1, 2, 3, 4, 5, 0]) {
      const title = titles[index]!;
      await page.keyboard.press(`Alt+${index + 1}`);
      const heading = page.getByRole('heading', { level: 1, name: title });
      await heading.waitFor();
      await expect.poll(() => heading.evaluate((el) => el === document.activeElement), { message: title }).toBe(true);
      await expect(page.getByRole('link', { name: new RegExp(`^${title}`) }).getAttribute('aria-current')).resolves.toBe('page');
    }
  });

  it('has no WCAG 2.1 A/AA violations in either language', async () => {
    const { page } = await stack.openApp();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: /Taal/ }).click();
    await page.getByRole('option', { name: 'English' }).click();
    await page.getByRole('navigation', { name: 'Main navigation' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
  });
});
