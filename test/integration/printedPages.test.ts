/**
 * The printed pages of issue 14 as the visitor gets them, rendered in Chromium: the document
 * hand-out fits one A4 page (counted in the PDF Chromium prints, also for a long Woogle
 * description and title) and is axe clean; the printed answer is axe clean. nl and en (the
 * answer also in Arabic, right-to-left). No app stack needed: the pages are pure HTML, so this is
 * an integration test (it imports the renderer's hand-out builder) rather than an e2e journey.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import i18next, { type TFunction } from 'i18next';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildHandoutHtml } from '../../renderer/src/features/finder/handout';
import type { PublishedDocument } from '../../renderer/src/features/finder/documentIndex';
import { buildAnswerHtml } from '../../shared/print/answer';
import type { ReceiptLanguage } from '../../shared/print/language';

// As test/e2e/support (chromium.ts, axe.ts), which this project cannot import: Debian's Chromium,
// WCAG 2.1 A and AA rules as readable lines.
const CHROMIUM = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find((path): path is string => Boolean(path && existsSync(path)));
async function axeViolations(target: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page: target }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return result.violations.flatMap((violation) => violation.nodes.map((node) => `${violation.id} (${violation.impact}): ${violation.help} at ${node.target.join(' ')}`));
}

const NAMESPACES = ['handout', 'search', 'answerPrint', 'receipt'];
const LANGUAGES = ['nl', 'en', 'ar', 'uk'];
const texts = i18next.createInstance();
await texts.init({
  resources: Object.fromEntries(
    LANGUAGES.map((lng) => [
      lng,
      Object.fromEntries(
        NAMESPACES.map((ns) => resolve(import.meta.dirname, `../../locales/${lng}/${ns}.json`))
          .filter((file) => existsSync(file))
          .map((file) => [file.split('/').pop()!.replace('.json', ''), JSON.parse(readFileSync(file, 'utf8'))]),
      ),
    ]),
  ),
  lng: 'nl',
  fallbackLng: 'nl',
  interpolation: { escapeValue: false },
});
const fixed = (lng: string, ns: string): TFunction => texts.getFixedT(lng, ns);

let browser: Browser;
let page: Page;
beforeAll(async () => {
  if (!CHROMIUM) throw new Error('No Chromium found: install Debian’s chromium or set CHROMIUM_PATH (scripts/test.mjs installs it).');
  browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu', '--no-first-run'] });
  page = await (await browser.newContext()).newPage();
});
afterAll(async () => {
  await browser?.close();
});

/** Pages in the PDF Chromium makes of the current page with its own @page size (A4). */
async function printedPages(): Promise<number> {
  const pdf = (await page.pdf({ preferCSSPageSize: true, printBackground: true })).toString('latin1');
  return pdf.match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;
}

const ordinary: PublishedDocument = {
  id: 'd1',
  title: 'Omgevingsvergunning verleend: bouwen van een woning, Kerkstraat 12',
  description: 'Het college verleent een omgevingsvergunning voor het bouwen van een woning aan de Kerkstraat 12. Bezwaar maken kan binnen zes weken.',
  category: '2k',
  publisherName: 'Gemeente Voorbeeldstad',
  publishedOn: '2025-03-14',
  source: 'https://open.overheid.nl/documenten/ronl-2f0b7c1e-5a4d-4c7b-9d7e-3b0c5f1a2e11/pdf',
};
// Woogle allows descriptions of 20,000 characters and long titles; real ones are sometimes a whole summary.
const sentence = 'In dit besluit op het Woo-verzoek over de herinrichting van het centrum worden de documenten deels openbaar gemaakt. ';
const long: PublishedDocument = {
  ...ordinary,
  id: 'd2',
  title: `Besluit op het Woo-verzoek over ${'de herinrichting van het centrum, de Havenkade en de Molenlaan '.repeat(5)}`.trim(),
  description: sentence.repeat(60),
  category: '2i',
  source: `https://open.overheid.nl/documenten/${'ronl-2f0b7c1e-5a4d-4c7b-9d7e/'.repeat(8)}bijlage.pdf`,
};

function handout(document: PublishedDocument, lng: ReceiptLanguage): string {
  const search = fixed(lng, 'search');
  return buildHandoutHtml(
    { language: lng, document, categoryName: `${document.category} ${search(`categories.${document.category}`)}`, publishedOn: '14-03-2025', centreName: 'Openbaarheidscentrum Voorbeeldstad', printedOn: '11-05-2026' },
    (key, values) => fixed(lng, 'handout')(key, values ?? {}),
  );
}

describe('the printed document hand-out (issue 14 point 7)', () => {
  // Arabic is right-to-left; Ukrainian has the longest frame texts.
  it.each(['nl', 'en', 'ar', 'uk'] as const)('fits one A4 page and is axe clean (%s)', async (lng) => {
    await page.setContent(handout(ordinary, lng));
    expect(await page.locator('html').getAttribute('dir')).toBe(lng === 'ar' ? 'rtl' : 'ltr');
    expect(await page.locator('h1').textContent()).toBe(ordinary.title);
    expect(await page.locator('svg[role="img"]').count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    expect(await printedPages()).toBe(1);
  });

  it.each(['nl', 'en', 'ar', 'uk'] as const)('with a very long title, description and address still fits one page, and says where the rest is (%s)', async (lng) => {
    await page.setContent(handout(long, lng));
    expect(await printedPages()).toBe(1);
    // Title and description are cut at a word, visibly; the whole document is behind the link.
    expect(await page.locator('.quote').textContent()).toMatch(/\w…$/);
    expect(await page.locator('h1').textContent()).toMatch(/^Besluit op het Woo-verzoek .*…$/);
    // The address and QR code are never what is cut.
    expect((await page.locator('.deadline').textContent())?.replace(/\s/g, '')).toContain(long.source);
    expect(await page.locator('svg[role="img"]').count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
  });
});

describe('the printed answer (issue 14 point 3)', () => {
  const centre = { name: 'Openbaarheidscentrum Voorbeeldstad', address: 'Stadhuisplein 1, Voorbeeldstad', phone: '14 0000', email: 'loket@voorbeeldstad.example' };
  it.each([
    ['nl', 'nl', 'Grofvuil laten ophalen', 'Maak online een afspraak.\n\nHet ophalen is gratis tot 2 m³.'],
    ['en', 'en', 'Having bulky waste collected', 'Make an appointment online.\n\nCollection is free up to 2 m³.'],
    ['ar', 'nl', 'Grofvuil laten ophalen', 'Maak online een afspraak.'],
  ] as const)('is axe clean (%s, text in %s)', async (lng, textLanguage, title, body) => {
    const own = fixed(lng, 'answerPrint');
    const receipt = fixed(lng, 'receipt');
    const t = (key: string, values?: Record<string, string>) => (key.startsWith('centre.') ? receipt(key, values ?? {}) : own(key, values ?? {}));
    const html = buildAnswerHtml(
      { language: lng as ReceiptLanguage, textLanguage, centre, printedOn: '2026-05-11', title, body, links: [{ label: 'Afspraak maken', url: 'https://voorbeeldstad.example/afspraak' }] },
      t,
    );
    await page.setContent(html);
    expect(await page.locator('h1').textContent()).toBe(title);
    expect(await axeViolations(page)).toEqual([]);
  });
});
