/**
 * The guide and the document finder (issue 14), keyboard only: the guide leads to "bestaand document",
 * the hub's catalogue comes down, a misspelt query
 * finds the document, a facet narrows the list, the arrow keys reach the result, and the visitor's
 * hand-out with its QR code is printed through the host (screenshot in docs/screenshots with
 * UPDATE_SCREENSHOTS=1). axe on the list and the detail, in Dutch and English.
 */
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './support/axe';
import { startStack, type Stack } from './support/stack';
import { capturePrints, lastPrinted } from './support/print';

const shots = process.env.UPDATE_SCREENSHOTS ? resolve(import.meta.dirname, '../../docs/screenshots') : mkdtempSync(join(tmpdir(), 'finder-screenshots-'));
mkdirSync(shots, { recursive: true });

let stack: Stack;
beforeAll(async () => {
  stack = await startStack({ demoDocuments: true });
});
afterAll(async () => {
  await stack?.close();
});

const focusedIs = (page: Page, selector: string) => page.evaluate((s) => document.activeElement === document.querySelector(s), selector);

describe('document finder', () => {
  it('keyboard only: guide → existing document → misspelt query → facet → result → detail → printed hand-out with QR code', async () => {
    const { page } = await stack.openApp();
    await capturePrints(page);
    await page.keyboard.press('Alt+2');
    await page.getByRole('heading', { level: 1, name: 'Zoeken in openbare documenten' }).waitFor();
    // 5 documents from the example Woo dossier in data/ + 6 hand-written demo documents.
    await page.getByRole('heading', { level: 2, name: '11 documenten in de catalogus' }).waitFor({ timeout: 30_000 });

    // The guide: information → about a government matter → perhaps already public → to the search field.
    const focusedText = () => page.evaluate(() => document.activeElement?.textContent);
    await page.keyboard.press('Tab');
    expect(await focusedText()).toBe('Een antwoord op een vraag');
    await page.keyboard.press('Tab');
    expect(await focusedText()).toBe('Informatie of documenten');
    await page.keyboard.press('Enter');
    await page.getByRole('group', { name: 'Over wie of wat gaat de informatie?' }).waitFor();
    await page.keyboard.press('Tab');
    expect(await focusedText()).toBe('Over een overheidszaak');
    await page.keyboard.press('Enter');
    await page.getByRole('group', { name: 'Is het al openbaar, of bij wie ligt het?' }).waitFor();
    expect(await focusedText()).toBe('Misschien al openbaar: bestaand document zoeken');
    await page.keyboard.press('Enter');
    await page.getByText('Route: bestaand document zoeken').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    expect(await focusedText()).toBe('Naar het zoekveld');
    await page.keyboard.press('Enter');
    expect(await focusedIs(page, '.finder-search input')).toBe(true);
    await page.keyboard.type('vergunnning');
    await page.getByRole('heading', { level: 2, name: '2 documenten gevonden' }).waitFor();
    // The match is marked in the title although the typed word was misspelt and the title has a compound.
    await expect(page.locator('.finder-result mark').first().textContent()).resolves.toBe('Omgevingsvergunning');
    expect(await axeViolations(page)).toEqual([]);

    // Facet: category, by keyboard (Tab to it, open, two down to 2k, Enter).
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.getByRole('listbox').waitFor();
    await page.waitForFunction(() => document.activeElement?.getAttribute('role') === 'option');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 2, name: '1 document gevonden' }).waitFor().catch(async (error) => {
      throw new Error(`${String(error)}\nThe page shows: ${await page.locator('main').innerText()}\nFocused: ${await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 300))}`);
    });
    await expect(page.locator('.finder-facets .ui-select-button').first().textContent()).resolves.toContain('2k beschikkingen (1)');

    // Back to the words, arrow down into the results, Enter opens the document.
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('ArrowDown');
    expect(await focusedIs(page, '[data-result]')).toBe(true);
    await page.keyboard.press('Enter');
    const title = 'Omgevingsvergunning verleend: bouwen van een woning, Kerkstraat 12';
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    expect(await focusedIs(page, 'h1')).toBe(true);
    await expect(page.getByRole('article').textContent()).resolves.toContain('2k beschikkingen');
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: resolve(shots, 'finder-detail.png') });

    // Tab to the hand-out's language (after "Terug naar de resultaten"; the UI language first), pick
    // Arabic with the keyboard, then Tab to the print button and print.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toContain('Nederlands');
    await page.keyboard.press('Enter');
    await page.getByRole('option', { name: 'Arabisch' }).waitFor();
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.textContent?.includes('Arabisch') === true);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Uitdraai voor de bezoeker printen');
    await page.keyboard.press('Enter');
    const handout = await lastPrinted(page);
    expect(handout).toMatch(/<html lang="ar" dir="rtl"/);
    expect(handout).toContain('أين تجد الوثيقة؟');
    expect(handout).toContain(`<h1 dir="auto">${title}</h1>`);
    expect(handout.replaceAll('<wbr>', '')).toContain('https://example.org/#voorbeeldstad/bekendmakingen/omgevingsvergunning-kerkstraat-12');
    expect(handout).toMatch(/<svg [^>]*role="img"[^>]*viewBox="0 0 \d+ \d+"/);
    const sheet = await stack.browser.newContext({ viewport: { width: 900, height: 1200 } });
    const doc = await sheet.newPage();
    await doc.setContent(handout);
    await doc.screenshot({ path: resolve(shots, 'finder-handout.png'), fullPage: true });
    await sheet.close();

    // Back to the list, on the same result (past the language choice).
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Shift+Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Terug naar de resultaten');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 2, name: '1 document gevonden' }).waitFor();
    await page.waitForFunction(() => document.activeElement?.hasAttribute('data-result') === true);
  });

  it('in English: the guide’s Woo route, and no match offers a Woo request; axe clean', async () => {
    const { page } = await stack.openApp();
    await page.getByRole('button', { name: /Taal/ }).click();
    await page.getByRole('option', { name: 'English' }).click();
    await page.keyboard.press('Alt+2');
    await page.getByRole('heading', { level: 1, name: 'Search published documents' }).waitFor();
    await page.getByRole('heading', { level: 2, name: '11 documents in the catalogue' }).waitFor({ timeout: 30_000 }).catch(async (error) => {
      throw new Error(`${String(error)}\nThe page shows: ${await page.locator('body').innerText()}`);
    });
    expect(await axeViolations(page)).toEqual([]);
    // The guide in English: a Woo request route says to phone the requester first.
    await page.getByRole('button', { name: 'Information or documents' }).click();
    await page.getByRole('button', { name: 'About a government matter' }).click();
    await page.getByRole('button', { name: 'Not public, held by this municipality' }).click();
    await page.getByText('Phone the requester first', { exact: false }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Start again' }).click();
    await page.getByRole('searchbox').fill('zwembad atlantis');
    await page.getByText('No document found for ‘zwembad atlantis’.', { exact: false }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    // A miss does not push a formal request: the Woo request is the secondary action.
    expect(await page.getByRole('link', { name: 'File a Woo request' }).getAttribute('data-variant')).toBe('secondary');
    await page.getByRole('link', { name: 'File a Woo request' }).click();
    await page.getByRole('heading', { level: 1 }).filter({ hasText: /Woo request/ }).waitFor();
    // The words typed are kept for when staff come back.
    await page.keyboard.press('Alt+2');
    await expect(page.getByRole('searchbox').inputValue()).resolves.toBe('zwembad atlantis');
    // "No document found" is an outcome to record: the intake opens with it chosen and the query as the question.
    await page.getByRole('button', { name: 'Record: no document found' }).click();
    await expect(page.getByRole('textbox', { name: "The visitor's question" }).inputValue()).resolves.toBe('zwembad atlantis');
    await page.getByRole('button', { name: /Outcome/ }).filter({ hasText: 'No document found' }).waitFor();
  });

  it('in English: the publisher and year facets show counts and narrow the list and its total; the detail shows the facts; the import panel is axe clean', async () => {
    const { page } = await stack.openApp({ signIn: 'coordinator', locale: 'en-GB' });
    await page.getByRole('button', { name: /Taal|Language/ }).click();
    await page.getByRole('option', { name: 'English' }).click();
    await page.keyboard.press('Alt+2');
    const total = (n: number) => page.getByRole('heading', { level: 2, name: `${n} documents in the catalogue` });
    await total(11).waitFor({ timeout: 30_000 });
    const facet = (name: string) => page.locator('.finder-facets').getByRole('button', { name: new RegExp(name) });
    const options = async () => (await page.getByRole('option').allTextContents()).sort();

    // The catalogue: 5 documents of the example dossier (Provincie Flevoland, decided 2022) and 6 hand-written
    // documents of the demo municipality (2 published in 2025, 4 in 2026).
    await facet('Organisation').click();
    expect(await options()).toEqual(['All organisations', 'Gemeente Voorbeeldstad (demo) (6)', 'Provincie Flevoland (5)']);
    await page.getByRole('option', { name: 'Provincie Flevoland (5)' }).click();
    await total(5).waitFor();
    expect(await page.locator('[data-result]').count()).toBe(5);
    // The year counts follow the chosen publisher.
    await facet('Year').click();
    expect(await options()).toEqual(['2022 (5)', 'All years']);
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await total(11).waitFor();

    await facet('Year').click();
    expect(await options()).toEqual(['2022 (5)', '2025 (2)', '2026 (4)', 'All years']);
    await page.getByRole('option', { name: '2026 (4)' }).click();
    await total(4).waitFor();
    await facet('Organisation').click();
    expect(await options()).toEqual(['All organisations', 'Gemeente Voorbeeldstad (demo) (4)']);
    await page.keyboard.press('Escape');
    // With words too: the total is the number of matches under the filter.
    await page.getByRole('searchbox').fill('vergunning');
    await page.getByRole('heading', { level: 2, name: /documents? found/ }).waitFor();
    const found = Number((await page.getByRole('heading', { level: 2, name: /found/ }).textContent())!.split(' ')[0]);
    expect(found).toBeGreaterThan(0);
    expect(found).toBeLessThanOrEqual(4);
    expect(await page.locator('[data-result]').count()).toBe(found);
    expect(await axeViolations(page)).toEqual([]);

    // The detail: title, description, category, publisher, dates, address.
    await page.getByRole('searchbox').fill('');
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await total(11).waitFor();
    await facet('Organisation').click();
    await page.getByRole('option', { name: 'Provincie Flevoland (5)' }).click();
    await total(5).waitFor();
    await page.locator('[data-result]').first().click();
    const article = page.getByRole('article', { name: 'Document details' });
    await article.waitFor();
    const facts = await article.locator('dt').allTextContents();
    expect(facts).toEqual(expect.arrayContaining(['Category', 'Organisation', 'Published', 'Address']));
    await expect(article.locator('dt:text-is("Organisation") + dd').textContent()).resolves.toBe('Provincie Flevoland');
    await expect(article.locator('dt:text-is("Published") + dd').textContent()).resolves.toMatch(/2022/);
    expect((await article.locator('.finder-detail-description').textContent())!.length).toBeGreaterThan(10);
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Back to the results' }).click();

    // The import panel, before and after an import, in English.
    await page.getByRole('heading', { level: 2, name: 'Import a catalogue (coordinator)' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    // Only a bad row: the catalogue the other tests count stays as it is.
    const csv = 'dc_identifier,dc_title,dc_type,dc_source\nen-2,No category,9z,https://open.example/en-2\n';
    await page.getByLabel('File').setInputFiles({ name: 'catalogue.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await page.getByRole('status').filter({ hasText: 'Done. 0 new, 0 updated, 0 unchanged, 1 skipped.' }).waitFor();
    await expect(page.getByRole('list', { name: 'Skipped rows' }).textContent()).resolves.toMatch(/^Row 2: dc_type/);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('a coordinator imports a Woogle CSV from the app: progress, bad row reported by line, desks receive the documents', async () => {
    const { page } = await stack.openApp({ signIn: 'coordinator' });
    await page.keyboard.press('Alt+2');
    await page.getByRole('heading', { level: 2, name: '11 documenten in de catalogus' }).waitFor({ timeout: 30_000 });
    const csv =
      'dc_identifier,dc_title,dc_description,dc_type,dc_publisher,dc_publisher_name,dc_source,foi_decisionDate\n' +
      'e2e-1,Besluit ijsbaan Marktplein,Tijdelijke ijsbaan in december,2d,gm0344,Gemeente Utrecht,https://open.example/e2e-1,2025-11-20\n' +
      'e2e-2,Zonder geldige categorie,,9z,gm0344,Gemeente Utrecht,https://open.example/e2e-2,2025-11-20\n' +
      'e2e-3,Jaarverslag speeltuinen,,2g,gm0344,Gemeente Utrecht,https://open.example/e2e-3,2025-03-01\n';
    await page.getByLabel('Bestand').setInputFiles({ name: 'catalogus.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await page.getByRole('button', { name: 'Importeren' }).click();
    await page.getByRole('status').filter({ hasText: 'Klaar. 2 nieuw, 0 bijgewerkt, 0 ongewijzigd, 1 overgeslagen.' }).waitFor();
    await expect(page.getByRole('list', { name: 'Overgeslagen regels' }).textContent()).resolves.toMatch(/^Regel 3: dc_type/);
    expect(await page.locator('.finder-import progress').getAttribute('value')).toBe('100');
    expect(await axeViolations(page)).toEqual([]);
    // The desk's next pull brings the documents into the finder.
    await page.getByRole('heading', { level: 2, name: '13 documenten in de catalogus' }).waitFor({ timeout: 60_000 });
    await page.getByRole('searchbox').fill('ijsbaan');
    await page.getByRole('heading', { level: 2, name: '1 document gevonden' }).waitFor();
  });
});
