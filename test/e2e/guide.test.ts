/**
 * Issue 14 points 1, 2, 4 and 7 end to end: a desk worker, keyboard only, follows the guide to
 * "bestaand document", finds a document with a misspelt query and a facet, attaches it to the
 * contact being taken and prints the hand-out; the contact is saved with the route and the
 * document. "Niet gevonden" reaches the coordinator's list. A coordinator edits the guide and
 * another desk walks the new version. axe on the new screens, nl and en.
 */
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './support/axe';
import { capturePrints, lastPrinted } from './support/print';
import { startStack, type Stack } from './support/stack';
import { approvePendingWorkstations, hubContacts } from './support/hub';

const shots = process.env.UPDATE_SCREENSHOTS ? resolve(import.meta.dirname, '../../docs/screenshots') : mkdtempSync(join(tmpdir(), 'guide-screenshots-'));
mkdirSync(shots, { recursive: true });

let stack: Stack;
beforeAll(async () => {
  stack = await startStack({ demoDocuments: true });
});
afterAll(async () => {
  await stack?.close();
});

const focusedText = (page: Page) => page.evaluate(() => document.activeElement?.textContent ?? '');
const tabTo = async (page: Page, text: string, max = 40) => {
  for (let i = 0; i < max; i++) {
    if ((await focusedText(page)) === text) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`No focusable "${text}" within ${max} tabs; focused: ${await focusedText(page)}`);
};



describe('guide, attach and "niet gevonden"', () => {
  it('keyboard only: guide → bestaand document → misspelt query → facet → attach to the contact → hand-out → saved with route and document', async () => {
    const { page } = await stack.openApp({ signIn: 'desk' });
    await approvePendingWorkstations(stack);
    await capturePrints(page);
    await page.keyboard.press('Alt+2');
    await page.getByRole('heading', { level: 2, name: '11 documenten in de catalogus' }).waitFor({ timeout: 30_000 });

    // The guide, by keyboard: information → a government matter → perhaps already public.
    await tabTo(page, 'Informatie of documenten');
    await page.keyboard.press('Enter');
    await page.getByRole('group', { name: 'Over wie of wat gaat de informatie?' }).waitFor();
    await tabTo(page, 'Over een overheidszaak');
    await page.keyboard.press('Enter');
    await page.getByRole('group', { name: 'Is het al openbaar, of bij wie ligt het?' }).waitFor();
    await page.keyboard.press('Enter');
    await page.getByText('Deze route staat bij het contact dat u vastlegt.').waitFor();
    expect(await focusedText(page)).toBe('Naar het zoekveld');
    await page.keyboard.press('Enter');
    await page.keyboard.type('vergunnning');
    await page.getByRole('heading', { level: 2, name: '2 documenten gevonden' }).waitFor();

    // Facet: the category, by keyboard.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.getByRole('listbox').waitFor();
    await page.waitForFunction(() => document.activeElement?.getAttribute('role') === 'option');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 2, name: '1 document gevonden' }).waitFor();
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    const title = 'Omgevingsvergunning verleend: bouwen van een woning, Kerkstraat 12';
    await page.getByRole('heading', { level: 1, name: title }).waitFor();

    // Attach to the contact being taken: the button stays focused and says so.
    await tabTo(page, 'Koppel aan contact/zaak');
    await page.keyboard.press('Enter');
    await page.getByRole('status').filter({ hasText: 'Gekoppeld aan het contact dat u vastlegt' }).waitFor();
    expect(await focusedText(page)).toBe('Gekoppeld aan contact/zaak');
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: resolve(shots, 'guide-attached.png') });

    // The hand-out: one Shift+Tab back to the print button.
    await page.keyboard.press('Shift+Tab');
    expect(await focusedText(page)).toBe('Uitdraai voor de bezoeker printen');
    await page.keyboard.press('Enter');
    const handout = await lastPrinted(page);
    expect(handout).toContain(title);
    expect(handout).toMatch(/<svg [^>]*role="img"/);
    const sheet = await stack.browser.newContext({ viewport: { width: 900, height: 1200 } });
    const doc = await sheet.newPage();
    await doc.setContent(handout);
    await doc.screenshot({ path: resolve(shots, 'guide-handout.png'), fullPage: true });
    await sheet.close();

    // To the contact: the route and the document are there, the outcome is "Document gevonden".
    await tabTo(page, 'Naar het contact');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Nieuw contact' }).waitFor();
    await page.getByText('Route uit de wegwijzer: bestaand document').waitFor();
    await page.getByRole('region', { name: '1 gekoppeld document' }).getByText(title).waitFor();
    await page.getByRole('button', { name: /Uitkomst/ }).filter({ hasText: 'Document gevonden' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: resolve(shots, 'guide-intake.png') });
    await page.keyboard.type('Vergunning Kerkstraat 12');
    await page.keyboard.press('Control+Enter');
    await page.getByText(/Contact opgeslagen in nieuwe zaak/).waitFor();
    await expect
      .poll(async () => (await hubContacts(stack)).find((contact) => contact.summary === 'Vergunning Kerkstraat 12'), { timeout: 60_000 })
      .toMatchObject({ outcome: 'document-found', guideRoute: 'document', documentsAttached: [{ title }] });

    // The case screen shows the document with the contact.
    await page.getByRole('link', { name: 'Zaak openen' }).click();
    await page.getByText('Gekoppeld document:').waitFor();
    await page.getByRole('listitem').filter({ hasText: title }).first().waitFor();
  });

  it('the other routes: AVG with its term, referral to a body from the directory with a printed note, complaint and other log and refer', async () => {
    const { page } = await stack.openApp({ signIn: 'desk' });
    await capturePrints(page);
    const guideFromStart = async () => {
      await page.keyboard.press('Alt+2');
      await page.getByRole('heading', { level: 2, name: '11 documenten in de catalogus' }).waitFor({ timeout: 30_000 });
    };
    const route = page.locator('.guide-route');

    // Own personal data: the AVG access request with its term (art. 12 lid 3 AVG: one month, two more).
    await guideFromStart();
    await page.getByRole('button', { name: 'Informatie of documenten' }).click();
    await page.getByRole('button', { name: 'Over de bezoeker zelf' }).click();
    await route.getByText('Route: AVG-inzageverzoek').waitFor();
    await expect(route.textContent()).resolves.toContain('Termijn: één maand, met twee maanden te verlengen.');
    await expect(route.textContent()).resolves.toContain('Dat is een AVG-inzageverzoek, geen Woo-verzoek.');
    expect(await axeViolations(page)).toEqual([]);
    await route.getByRole('link', { name: 'Contact vastleggen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Nieuw contact' }).waitFor();
    await page.getByText('Route uit de wegwijzer: AVG-inzageverzoek').waitFor();
    await page.getByRole('button', { name: /Uitkomst/ }).filter({ hasText: 'AVG-verzoek doorgezet' }).waitFor();

    // Another body holds it: the Woo check, a body from the directory, the printed referral note.
    await guideFromStart();
    await page.getByRole('button', { name: 'Informatie of documenten' }).click();
    await page.getByRole('button', { name: 'Over een overheidszaak' }).click();
    await page.getByRole('button', { name: 'Bij een andere overheid' }).click();
    await route.getByText('Route: doorverwijzen').waitFor();
    await route.getByRole('link', { name: 'Naar de Woo-check' }).click();
    await page.getByRole('heading', { name: 'Eerst even nagaan' }).waitFor();
    const elsewhere = page.getByRole('radiogroup', { name: /ander bestuursorgaan/ });
    await elsewhere.getByText('Ja', { exact: true }).click();
    await expect.poll(() => elsewhere.getByRole('radio', { name: 'Ja', exact: true }).isChecked()).toBe(true);
    await page.getByRole('combobox', { name: 'Bestuursorgaan dat de informatie heeft' }).fill('pv27');
    await page.getByRole('option', { name: /Provincie Noord-Holland/ }).click();
    await page.getByRole('button', { name: 'Verwijsbrief afdrukken' }).click({ timeout: 10_000 }).catch(async (error) => {
      throw new Error(`${String(error)}\nThe page shows: ${await page.locator('main').innerText()}`);
    });
    const note = await lastPrinted(page);
    expect(note).toContain('Provincie Noord-Holland');
    expect(note).toContain('4.2');
    await page.getByRole('button', { name: 'Doorverwijzing vastleggen' }).click();
    await page.getByRole('heading', { name: 'Doorverwijzing vastgelegd' }).waitFor();

    // A complaint and "something else": log the contact and refer.
    for (const [choice, title, advice] of [
      ['Een klacht', 'Route: klacht', 'Leg het contact vast en verwijs naar de klachtenregeling.'],
      ['Iets anders', 'Route: iets anders', 'Leg het contact vast en verwijs door naar wie kan helpen.'],
    ] as const) {
      await guideFromStart();
      await page.getByRole('button', { name: choice }).click();
      await route.getByText(title).waitFor();
      await expect(route.textContent()).resolves.toContain(advice);
      await route.getByRole('link', { name: 'Contact vastleggen' }).click();
      await page.getByRole('heading', { level: 1, name: 'Nieuw contact' }).waitFor();
      await page.getByText('Route uit de wegwijzer: klacht of iets anders').waitFor();
      await page.getByRole('button', { name: /Uitkomst/ }).filter({ hasText: 'Anders' }).waitFor();
    }
  });

  it('in English: the document detail and the intake with the route and the attached document are axe clean', async () => {
    const { page } = await stack.openApp({ signIn: 'desk', locale: 'en-GB' });
    await page.getByRole('button', { name: /Taal|Language/ }).click();
    await page.getByRole('option', { name: 'English' }).click();
    await page.keyboard.press('Alt+2');
    await page.getByRole('heading', { level: 2, name: '11 documents in the catalogue' }).waitFor({ timeout: 30_000 });
    await page.getByRole('button', { name: 'Information or documents' }).click();
    await page.getByRole('button', { name: 'About a government matter' }).click();
    await page.getByRole('button', { name: 'Perhaps already public: find an existing document' }).click();
    await page.getByRole('searchbox').fill('vergunnning');
    await page.getByRole('heading', { level: 2, name: '2 documents found' }).waitFor();
    await page.locator('[data-result]').filter({ hasText: 'Kerkstraat 12' }).click();
    await page.getByRole('heading', { level: 1, name: 'Omgevingsvergunning verleend: bouwen van een woning, Kerkstraat 12' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Attach to contact/case' }).click();
    await page.getByRole('status').filter({ hasText: 'Attached to the contact you are recording' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('link', { name: 'Go to the contact' }).click();
    await page.getByRole('heading', { level: 1, name: 'New contact' }).waitFor();
    await page.getByText('Route from the guide:').waitFor();
    await page.getByRole('button', { name: /Outcome/ }).filter({ hasText: 'Document found' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
  });

  it('"niet gevonden" with a few words reaches the coordinator’s list, without visitor details', async () => {
    const { page } = await stack.openApp({ signIn: 'desk' });
    await approvePendingWorkstations(stack);
    await page.keyboard.press('Alt+2');
    await page.getByRole('heading', { level: 2, name: '11 documenten in de catalogus' }).waitFor({ timeout: 30_000 });
    await page.getByRole('searchbox').fill('zwembad atlantis');
    await page.getByRole('button', { name: 'Vastleggen: geen document gevonden' }).click();
    const note = page.getByRole('textbox', { name: 'Wat is niet gevonden?' });
    // Not pre-filled with the search words: staff type the subject in their own words (review risk 11).
    await expect(note.inputValue()).resolves.toBe('');
    await note.fill('Renovatie zwembad Atlantis');
    await page.getByRole('textbox', { name: 'Vraag van de bezoeker' }).fill('Mevrouw De Wit vraagt naar de renovatie van zwembad Atlantis');
    expect(await axeViolations(page)).toEqual([]);
    // In English as well: the same field, axe clean.
    await page.getByRole('button', { name: /Taal/ }).click();
    await page.getByRole('option', { name: 'English' }).click();
    await expect(page.getByRole('textbox', { name: 'What could not be found?' }).inputValue()).resolves.toBe('Renovatie zwembad Atlantis');
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('textbox', { name: "The visitor's question" }).focus();
    await page.keyboard.press('Control+Enter');
    await page.getByText(/Contact saved in new case/).waitFor();
    await expect
      .poll(async () => (await hubContacts(stack)).find((contact) => contact.notFoundNote === 'Renovatie zwembad Atlantis'), { timeout: 60_000 })
      .toMatchObject({ outcome: 'document-not-found' });

    const coordinator = await stack.openApp({ signIn: 'coordinator' });
    const c = coordinator.page;
    await c.getByRole('navigation', { name: 'Hoofdnavigatie' }).getByRole('link', { name: /Overzicht/ }).click();
    await c.getByRole('navigation', { name: 'Onderdelen van het overzicht' }).getByRole('link', { name: 'Kengetallen' }).click();
    const list = c.getByRole('region', { name: 'Niet gevonden: informatie om actief openbaar te maken' });
    const row = list.getByRole('row').filter({ hasText: 'Renovatie zwembad Atlantis' });
    await row.waitFor({ timeout: 60_000 });
    await expect(row.getByRole('cell').nth(2).textContent()).resolves.toBe('1');
    // Only the staff member's words: not the visitor's question with her name.
    await expect(list.textContent()).resolves.not.toContain('De Wit');
    expect(await axeViolations(c)).toEqual([]);
    await list.screenshot({ path: resolve(shots, 'guide-not-found-list.png') });
    await c.getByRole('button', { name: /Taal/ }).click();
    await c.getByRole('option', { name: 'English' }).click();
    await c.getByRole('region', { name: 'Not found: information to publish actively' }).getByRole('row').filter({ hasText: 'Renovatie zwembad Atlantis' }).waitFor();
    expect(await axeViolations(c)).toEqual([]);
  });

  it('a coordinator rewords the guide; an invalid edit says what is wrong; another desk walks the new version (nl and en, axe clean)', async () => {
    const { page } = await stack.openApp({ signIn: 'coordinator' });
    await page.keyboard.press('Alt+2');
    await page.getByRole('heading', { level: 2, name: 'Wegwijzer bewerken (coördinator)' }).waitFor();
    await page.getByRole('button', { name: 'Wegwijzer bewerken' }).click();
    const first = page.getByRole('textbox', { name: 'Vraag in het Nederlands' }).first();
    await first.fill('');
    await page.getByRole('button', { name: 'Opslaan als versie 2' }).click();
    const alert = page.getByRole('alert').filter({ hasText: 'Opslaan kan nog niet' });
    await alert.getByText('Vraag 1 (‘…’): de Nederlandse tekst ontbreekt.').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await alert.screenshot({ path: resolve(shots, 'guide-editor-problem.png') });
    await first.fill('Waarmee kunnen we de bezoeker helpen?');
    await page.getByRole('textbox', { name: 'Vraag in het Engels' }).first().fill('How can we help the visitor?');
    await page.getByRole('button', { name: 'Opslaan als versie 2' }).click();
    await page.getByText('Versie 2 is opgeslagen. Alle balies krijgen hem binnen een minuut.').waitFor();

    // English: the editor is axe clean too.
    await page.getByRole('button', { name: /Taal/ }).click();
    await page.getByRole('option', { name: 'English' }).click();
    await page.getByRole('heading', { level: 2, name: 'Edit the guide (coordinator)' }).waitFor();
    await page.getByText('Every desk now uses version 2.').waitFor();
    expect(await axeViolations(page)).toEqual([]);

    // Another desk: the new wording, in Dutch and in English.
    const other = await stack.openApp({ signIn: 'desk' });
    await other.page.keyboard.press('Alt+2');
    await other.page.getByRole('group', { name: 'Waarmee kunnen we de bezoeker helpen?' }).waitFor({ timeout: 30_000 });
    await expect(other.page.getByRole('heading', { level: 2, name: 'Wegwijzer bewerken (coördinator)' }).count()).resolves.toBe(0);
    await other.page.getByRole('button', { name: /Taal/ }).click();
    await other.page.getByRole('option', { name: 'English' }).click();
    await other.page.getByRole('group', { name: 'How can we help the visitor?' }).waitFor();
    expect(await axeViolations(other.page)).toEqual([]);
  });
});
