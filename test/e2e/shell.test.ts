import type { Page } from 'playwright-core';
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
    // One look: the app icon as favicon, icons drawn from the icon set (SVG), not Unicode symbols.
    expect(await page.locator('link[rel="icon"]').getAttribute('href')).toMatch(/^data:image\/svg\+xml,/);
    expect(await page.getByRole('banner').getByRole('link', { name: /Nieuw contact/ }).locator('svg.lucide').count()).toBe(1);

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

/** What sticks out sideways: the page's own overflow, and elements of the top bar cut off at the edges. */
async function overflow(page: Page) {
  return page.evaluate(() => {
    const root = document.documentElement;
    const width = root.clientWidth;
    const cut = Array.from(document.querySelectorAll('header.topbar *, nav *'))
      .filter((element) => {
        const box = element.getBoundingClientRect();
        return box.width > 0 && (box.left < -1 || box.right > width + 1);
      })
      .map((element) => `${element.tagName.toLowerCase()}.${element.className}`);
    const sideways = root.scrollWidth - width;
    if (sideways > 0) {
      // Name the culprits: the innermost elements that reach past the right edge.
      const wide = Array.from(document.querySelectorAll('main *')).filter((element) => element.getBoundingClientRect().right > width + 1);
      cut.push(...wide.filter((element) => !wide.some((other) => other !== element && element.contains(other))).slice(0, 5).map((element) => `${element.tagName.toLowerCase()}.${element.className} (${Math.round(element.getBoundingClientRect().right)})`));
    }
    return { sideways, cut };
  });
}

describe('zoom and reflow (WCAG 1.4.10): 200% = 640 px and 400% = 320 px wide', () => {
  for (const width of [640, 320]) {
    it(`at ${width} px nothing scrolls sideways or is cut off, in every area, and axe finds nothing`, async () => {
      const { page } = await stack.openApp({ viewport: { width, height: 800 } });
      const areas = ['Contact', 'Zoeken', 'Woo-verzoeken', 'Zaken', 'Overzicht', 'Instellingen'];
      for (const [index, title] of areas.entries()) {
        await page.keyboard.press(`Alt+${index + 1}`);
        await page.getByRole('heading', { level: 1, name: title }).waitFor();
        await page.waitForTimeout(300);
        expect(await overflow(page), `${title} at ${width} px`).toEqual({ sideways: 0, cut: [] });
        expect(await axeViolations(page), `${title} at ${width} px`).toEqual([]);
      }
      // The intake with its details open, and the language switch (the bar's last control).
      await page.keyboard.press('Alt+N');
      await page.getByRole('textbox', { name: 'Vraag van de bezoeker' }).waitFor();
      await page.getByRole('button', { name: /Gegevens bezoeker/ }).click();
      await page.keyboard.press('Alt+T');
      expect(await overflow(page), `intake at ${width} px`).toEqual({ sideways: 0, cut: [] });
      expect(await axeViolations(page), `intake at ${width} px`).toEqual([]);
      await page.keyboard.press('Alt+1');
      await page.getByRole('heading', { level: 1, name: 'Contact' }).waitFor();
      expect(await axeViolations(page), `start screen at ${width} px`).toEqual([]);
      await page.getByRole('button', { name: /Taal/ }).click();
      await page.getByRole('option', { name: 'English' }).click();
      await page.getByRole('navigation', { name: 'Main navigation' }).waitFor();
      expect(await overflow(page), `English at ${width} px`).toEqual({ sideways: 0, cut: [] });
      expect(await axeViolations(page), `start screen (en) at ${width} px`).toEqual([]);
    });
  }
});

describe('the desk screen (1280×800 and 1366×768)', () => {
  for (const viewport of [{ width: 1280, height: 800 }, { width: 1366, height: 768 }]) {
    it(`at ${viewport.width}×${viewport.height} the top bar stays while the content scrolls, and the intake's save bar hides nothing`, async () => {
      const { context, page } = await stack.openApp({ viewport });
      await page.keyboard.press('Alt+N');
      await page.getByRole('textbox', { name: 'Vraag van de bezoeker' }).waitFor();
      await page.getByText('Telefoon', { exact: true }).click();
      await page.keyboard.press('Alt+T');
      await page.getByRole('button', { name: /Gegevens bezoeker/ }).click();
      await page.getByText('Een bestaande zaak', { exact: true }).click();
      // Mid-form the sticky save bar sits on the window's bottom edge: no field peeks out under it.
      await page.locator('main').evaluate((main) => main.scrollTo(0, 0));
      const stuck = await page.locator('.intake-actions').boundingBox();
      expect(Math.abs(stuck!.y + stuck!.height - viewport.height)).toBeLessThanOrEqual(1);
      // Scrolled to the end: the banner is still at the top, the save button is on screen, and
      // the case search (the last panel) is not under the sticky save bar.
      const search = page.getByRole('searchbox', { name: 'Zaak zoeken' });
      await search.scrollIntoViewIfNeeded();
      await page.locator('main').evaluate((main) => main.scrollTo(0, main.scrollHeight));
      const banner = await page.getByRole('banner').boundingBox();
      expect(banner?.y).toBe(0);
      const save = await page.getByRole('button', { name: /^Opslaan/ }).boundingBox();
      expect(save!.y + save!.height).toBeLessThanOrEqual(viewport.height);
      const bar = await page.locator('.intake-actions').boundingBox();
      const picker = await page.locator('.case-picker').boundingBox();
      expect(picker!.y + picker!.height).toBeLessThanOrEqual(bar!.y + 1);

      // "Nieuw contact" stays where it is when the status text changes.
      const button = page.getByRole('banner').getByRole('link', { name: /Nieuw contact/ });
      const before = await button.boundingBox();
      await context.setOffline(true);
      await page.getByRole('status').filter({ hasText: 'Offline' }).waitFor();
      expect(await button.boundingBox()).toEqual(before);
      await context.setOffline(false);
      await page.getByRole('status').filter({ hasText: 'Online' }).waitFor();
      expect(await button.boundingBox()).toEqual(before);
    });
  }
});
