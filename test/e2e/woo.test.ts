/**
 * The Woo desk in Chromium: a walk-in visitor's Woo request filed OFFLINE, suspended for a
 * precisering, resumed and extended, with every deadline checked against dates worked out by
 * hand; the receipts printed through the host in Dutch and Arabic; axe on every screen.
 *
 * The clock is frozen per step (page.clock.setFixedTime), and the date of receipt goes through
 * the form's own date field with a reason, so every date below is fixed:
 * received Mon 2 March 2026 → 4 weeks → Mon 30 March 2026 (extensionNoticeBy the same day).
 *
 * `UPDATE_SCREENSHOTS=1 npx vitest run --project e2e test/e2e/woo` refreshes docs/screenshots/
 * (woo-form, woo-request, receipt-nl, receipt-ar); WOO_FULL_SHOTS=<dir> adds full-page captures.
 */
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { axeViolations } from './support/axe';
import { ACCOUNTS, startStack, type Stack } from './support/stack';
import { capturePrints, lastPrinted } from './support/print';

// Every run takes the screenshots; they replace the committed ones in docs/screenshots/ only with
// UPDATE_SCREENSHOTS=1 (case numbers differ per run, so the test would otherwise dirty the tree).
const shots = process.env.UPDATE_SCREENSHOTS
  ? resolve(import.meta.dirname, '../../docs/screenshots')
  : mkdtempSync(join(tmpdir(), 'woo-screenshots-'));
mkdirSync(shots, { recursive: true });

let stack: Stack;
beforeAll(async () => {
  stack = await startStack();
});
afterAll(async () => {
  await stack?.close();
});

/** 10:00 in Amsterdam on that day (CET in March). */
const at = (day: string) => new Date(`${day}T10:00:00+01:00`);

async function setDay(page: Page, day: string) {
  await page.clock.setFixedTime(at(day));
}

async function openOffline(day: string): Promise<{ context: BrowserContext; page: Page }> {
  const { context, page } = await stack.openApp();
  await setDay(page, day);
  // The Woo screens and the directory are fetched once the app is idle; then the network may go.
  const prefetched = Promise.all(
    ['/publishers-', '/FileWooRequest-', '/WooRequestScreen-'].map((chunk) => page.waitForResponse((r) => r.url().includes(chunk))),
  );
  await page.reload();
  await page.getByRole('navigation').waitFor();
  await prefetched;
  await context.setOffline(true);
  await page.getByRole('status').getByText('Offline', { exact: true }).waitFor();
  return { context, page };
}

async function screenshotDocument(html: string, file: string) {
  const context = await stack.browser.newContext({ viewport: { width: 1280, height: 800 } });
  const doc = await context.newPage();
  await doc.setContent(html);
  await doc.screenshot({ path: resolve(shots, file), fullPage: false });
  if (process.env.WOO_FULL_SHOTS) await doc.screenshot({ path: resolve(process.env.WOO_FULL_SHOTS, file), fullPage: true });
  await context.close();
}

/** Extra full-page captures for reviewing the screens by eye (WOO_FULL_SHOTS=<dir>); not asserted. */
async function review(page: Page, name: string) {
  if (process.env.WOO_FULL_SHOTS) await page.screenshot({ path: resolve(process.env.WOO_FULL_SHOTS, `${name}.png`), fullPage: true });
}

async function typeDate(page: Page, label: string, ddmmyyyy: string) {
  const field = page.getByRole('group', { name: label, exact: true });
  await field.getByRole('spinbutton').first().click();
  await page.keyboard.type(ddmmyyyy);
}

/** Clicks an option of a radio group by its visible text, as staff do. */
async function choose(page: Page, group: RegExp, option: string) {
  const radio = page.getByRole('radiogroup', { name: group }).getByRole('radio', { name: option, exact: true });
  await page.getByRole('radiogroup', { name: group }).getByText(option, { exact: true }).click();
  await expect.poll(() => radio.isChecked()).toBe(true);
}

async function answerCheck(page: Page) {
  await choose(page, /eigen persoonsgegevens/, 'Nee');
  await choose(page, /al openbaar/, 'Nee');
  await choose(page, /ander bestuursorgaan/, 'Nee');
}

async function fillRequest(page: Page, subject: string) {
  await page.getByRole('textbox', { name: /Onderwerp/ }).fill(subject);
  await page.getByRole('textbox', { name: 'Periode' }).fill('2024 tot nu');
  const picker = page.getByRole('combobox', { name: 'Bestuursorgaan' });
  await picker.fill('college');
  await review(page, 'picker');
  await page.getByRole('option', { name: /College van burgemeester en wethouders van Voorbeeldstad/ }).click();
  await expect.poll(() => picker.inputValue()).toBe('College van burgemeester en wethouders van Voorbeeldstad');
  await page.getByRole('textbox', { name: /E-mailadres/ }).fill('bezoeker@example.org');
  await typeDate(page, 'Datum van ontvangst', '02032026');
  await page.getByRole('textbox', { name: /Waarom niet vandaag/ }).fill('Brief ontvangen op maandag 2 maart');
}

async function decideByText(page: Page) {
  return page.getByTestId('decide-by').textContent();
}

async function takeStep(page: Page, button: string, fill?: () => Promise<void>) {
  await page.getByRole('button', { name: button, exact: true }).click();
  const dialog = page.getByRole('dialog');
  await dialog.waitFor();
  await fill?.();
  return dialog;
}

describe('Woo request for a walk-in visitor (Chromium, browser host, offline)', () => {
  it('files offline, suspends for precisering, resumes, extends – and shows every deadline change', async () => {
    const { page } = await openOffline('2026-03-03');
    await capturePrints(page);

    // The Woo area, empty.
    await page.keyboard.press('Alt+3');
    await page.getByRole('heading', { level: 1, name: 'Woo-verzoeken' }).waitFor();
    await page.getByText('Er lopen geen Woo-verzoeken').waitFor();
    expect(await axeViolations(page)).toEqual([]);

    // New request for a walk-in (no case yet): the check first.
    await page.getByRole('link', { name: 'Nieuw Woo-verzoek' }).click();
    await page.getByRole('heading', { name: 'Eerst even nagaan' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    // "Own personal data?" – yes opens the AVG route with its one-month term: 3 March → 3 April,
    // which is Goede Vrijdag; then the weekend and Tweede Paasdag → Tuesday 7 April (Atw).
    await choose(page, /eigen persoonsgegevens/, 'Ja');
    await page.getByText('Uiterste antwoorddatum: dinsdag 7 april 2026', { exact: true }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await review(page, 'check-avg');
    await answerCheck(page);
    await page.getByRole('button', { name: 'Verder naar het Woo-verzoek' }).click();

    // The form.
    await page.getByRole('heading', { name: 'Het verzoek' }).waitFor();
    await fillRequest(page, 'Alle e-mails en verslagen over de herinrichting van het Mercatorplein, inclusief de bomenkap.');
    expect(await axeViolations(page)).toEqual([]);
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: resolve(shots, 'woo-form.png') });

    // Review: 2 March + 28 days = Mon 30 March.
    await page.getByRole('button', { name: 'Controleren en indienen' }).click();
    const confirm = page.getByRole('dialog', { name: /Klopt dit/ });
    await confirm.getByText('maandag 30 maart 2026', { exact: true }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await confirm.getByRole('button', { name: 'Indienen' }).click();

    // The request, stored locally while offline.
    await page.getByText('Het Woo-verzoek is ingediend').waitFor();
    await expect.poll(() => decideByText(page)).toBe('maandag 30 maart 2026');
    await page.getByText('Op schema: nog 19 werkdagen').waitFor();
    // The last day to announce a verdaging, not a date that reads like the end of the extension.
    await page.getByText('Verdaging (2 weken extra) uiterlijk meedelen op 30 maart 2026').waitFor();
    // Where the decision goes, so a typo in the address is seen while the visitor is there.
    await page.locator('.woo-facts').getByText('bezoeker@example.org', { exact: true }).waitFor();
    await page.getByText(/wijzigingen wachten op verzending/).waitFor();
    const caseNumber = (await page.getByRole('heading', { level: 1 }).textContent())!.replace('Woo-verzoek ', '');
    expect(caseNumber).toMatch(/^OC-2026-[0-9A-Z]{2,4}-00001$/);

    // "Hoe is deze datum berekend?"
    await page.getByRole('button', { name: 'Hoe is deze datum berekend?' }).first().click();
    await page.getByText('Uiterste beslisdatum: maandag 30 maart 2026.').waitFor();
    expect(await axeViolations(page)).toEqual([]);

    // The receipt, printed through the host: Dutch, then Arabic.
    await page.getByRole('button', { name: 'Ontvangstbewijs afdrukken' }).click();
    const nl = await lastPrinted(page);
    expect(nl).toContain('<html lang="nl" dir="ltr">');
    expect(nl).toContain('Uiterlijk op \u2068maandag\u2069 \u206830 maart 2026\u2069 sturen wij u het besluit.');
    expect(nl).toContain(caseNumber);
    expect(nl).toContain('<span class="delivery-address" dir="ltr">bezoeker@example.org</span>');
    await screenshotDocument(nl, 'receipt-nl.png');
    await page.getByRole('button', { name: /Taal van het ontvangstbewijs/ }).click();
    await page.getByRole('option', { name: 'العربية' }).click();
    await page.getByRole('button', { name: 'Ontvangstbewijs afdrukken' }).click();
    const ar = await lastPrinted(page);
    expect(ar).toContain('<html lang="ar" dir="rtl">');
    expect(ar).toContain('سنرسل إليك القرار (besluit) في موعد أقصاه يوم \u2068الاثنين\u2069 \u206830 مارس 2026\u2069.');
    await screenshotDocument(ar, 'receipt-ar.png');

    // Wed 4 March: precisering asked; the clock stops from Thu 5 March.
    await setDay(page, '2026-03-04');
    const ask = await takeStep(page, 'Precisering vragen');
    await ask.getByText('De termijn staat stil tot de opschorting eindigt.').waitFor();
    await review(page, 'step-precisering');
    expect(await axeViolations(page)).toEqual([]);
    await ask.getByRole('button', { name: 'Precisering vragen' }).click();
    await ask.waitFor({ state: 'detached' });
    await expect.poll(() => decideByText(page)).toBe('Nog niet bekend: de termijn staat stil');
    await page.getByText('Opgeschort: de termijn staat stil').waitFor();
    await page.getByText('sinds 5 maart 2026; antwoord uiterlijk 18 maart 2026').waitFor();

    // Wed 11 March: the answer is in. 6 days suspended: 2 March + 34 = Sun 5 April (Easter) →
    // Mon 6 April is Tweede Paasdag → Tue 7 April.
    await setDay(page, '2026-03-11');
    const resume = await takeStep(page, 'Opschorting beëindigen');
    await resume.getByText('dinsdag 7 april 2026', { exact: true }).waitFor();
    await resume.getByRole('button', { name: 'Opschorting beëindigen' }).click();
    await resume.waitFor({ state: 'detached' });
    await expect.poll(() => decideByText(page)).toBe('dinsdag 7 april 2026');
    // Woo art. 4.4 lid 4: the message with the new date, ready to send.
    const message = page.getByRole('textbox', { name: 'Bericht aan de verzoeker' });
    await expect.poll(() => message.inputValue()).toContain('Wij sturen u ons besluit nu uiterlijk op dinsdag 7 april 2026.');
    await expect.poll(() => message.inputValue()).toContain('6 dagen stil: van 5 maart 2026 tot en met 10 maart 2026');
    await review(page, 'notice');
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Brief afdrukken' }).click();
    expect(await lastPrinted(page)).toContain('\u20687 april 2026\u2069');

    // Wed 25 March (before 30 March): verdaging. 28 + 14 + 6 = 48 days → Sun 19 April → Mon 20 April.
    await setDay(page, '2026-03-25');
    const extend = await takeStep(page, 'Verdagen (2 weken)', async () => {
      await page.getByRole('textbox', { name: /Reden van de verdaging/ }).fill('Veel documenten bij drie afdelingen');
    });
    await extend.getByText('maandag 20 april 2026', { exact: true }).waitFor();
    await extend.getByText('(was 7 april 2026)').waitFor();
    await review(page, 'step-extend');
    expect(await axeViolations(page)).toEqual([]);
    await extend.getByRole('button', { name: 'Verdagen', exact: true }).click();
    await extend.waitFor({ state: 'detached' });
    await expect.poll(() => decideByText(page)).toBe('maandag 20 april 2026');
    await page.getByText('Verdaagd met 2 weken; de verdaging is meegedeeld op 25 maart 2026.').waitFor();
    // Working days after 25 March up to 20 April, without Goede Vrijdag and Tweede Paasdag: 16.
    await page.getByText('Op schema: nog 16 werkdagen').waitFor();

    // Every step is in the history, with who did it: the signed-in staff member, by name.
    const history = page.getByRole('region', { name: 'Geschiedenis' }).getByRole('listitem');
    const by = ACCOUNTS.admin.displayName;
    await expect.poll(() => history.allTextContents()).toEqual([
      expect.stringMatching(new RegExp(`Woo-verzoek ingediend.*door ${by}`)),
      expect.stringMatching(new RegExp(`Precisering gevraagd.*door ${by}`)),
      expect.stringMatching(new RegExp(`Opschorting beëindigd.*door ${by}`)),
      expect.stringMatching(new RegExp(`Verdaagd.*door ${by}`)),
    ]);
    await review(page, 'request-full');
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: resolve(shots, 'woo-request.png') });
    expect(await axeViolations(page)).toEqual([]);

    // The list: the open request with its deadline and light.
    await page.keyboard.press('Alt+3');
    const row = page.getByRole('row').filter({ hasText: caseNumber });
    await row.getByText('20 april 2026', { exact: true }).waitFor();
    await row.getByText('Op schema: nog 16 werkdagen').waitFor();
    await review(page, 'list');
    expect(await axeViolations(page)).toEqual([]);
  });

  it('no verdaging after extensionNoticeBy: offered while one sent in time can still be recorded, then not, saying why; the late remedy with dates', async () => {
    // Filed on Tue 31 March for a letter received on 2 March: the 4 weeks ended on 30 March.
    const { page } = await openOffline('2026-03-31');
    await page.goto(`${stack.appUrl}#/woo/new`).catch(() => undefined);
    await page.evaluate(() => (window.location.hash = '#/woo/new'));
    await page.getByRole('heading', { name: 'Eerst even nagaan' }).waitFor();
    await answerCheck(page);
    await page.getByRole('button', { name: 'Verder naar het Woo-verzoek' }).click();
    await fillRequest(page, 'Subsidiebesluiten voor buurthuizen');
    await page.getByRole('button', { name: 'Controleren en indienen' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Indienen' }).click();
    await page.getByText('Het Woo-verzoek is ingediend').waitFor();
    await expect.poll(() => decideByText(page)).toBe('maandag 30 maart 2026');
    await page.getByText('Te laat: 1 dag over de termijn').waitFor();
    // The body is late: the remedy with its dates (notice of default from 31 March; appeal two weeks
    // after it arrives, at the earliest on 15 April; no dwangsom).
    const remedy = page.getByTestId('late-remedy');
    await remedy.getByText(/vanaf 31 maart 2026 .* in gebreke stellen/).waitFor();
    await remedy.getByText(/op zijn vroegst 15 april 2026/).waitFor();
    // Judged by the step's own date (issue 12 point 8): a verdaging sent by 30 March can still be
    // recorded today, and its dialog says until when.
    const extend = await takeStep(page, 'Verdagen (2 weken)');
    await extend.getByText(/uiterlijk op 30 maart 2026/).waitFor();
    await extend.getByRole('button', { name: 'Annuleren' }).click();
    await extend.waitFor({ state: 'detached' });
    // Once a later step is recorded (taken into handling today), it is no longer offered, and the screen says why.
    const handle = await takeStep(page, 'In behandeling nemen');
    await handle.getByRole('button', { name: 'In behandeling nemen' }).click();
    await handle.waitFor({ state: 'detached' });
    await expect.poll(() => page.getByRole('button', { name: 'Verdagen (2 weken)' }).count()).toBe(0);
    await page.getByText('Verdagen kan niet meer: de verdaging moest uiterlijk op 30 maart 2026 zijn meegedeeld (Woo art. 4.4 lid 2).').waitFor();
    await review(page, 'overdue');
  });
  it('routes elsewhere: a printed referral note (Woo art. 4.2), an AVG access request, and filing for an existing case', async () => {
    const { page } = await openOffline('2026-03-03');
    await capturePrints(page);
    await page.evaluate(() => (window.location.hash = '#/woo/new'));
    await page.getByRole('heading', { name: 'Eerst even nagaan' }).waitFor();

    // Another body holds the information: pick it from the directory, print the note, record it.
    await choose(page, /ander bestuursorgaan/, 'Ja');
    const picker = page.getByRole('combobox', { name: 'Bestuursorgaan dat de informatie heeft' });
    await picker.fill('pv27');
    await page.getByRole('option', { name: /Provincie Noord-Holland/ }).click();
    await page.getByRole('button', { name: /Taal van de verwijsbrief/ }).click();
    await page.getByRole('option', { name: 'Türkçe' }).click();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Verwijsbrief afdrukken' }).click();
    const note = await lastPrinted(page);
    expect(note).toContain('<html lang="tr" dir="ltr">');
    expect(note).toContain('Provincie Noord-Holland');
    expect(note).toContain('4.2');
    await page.getByRole('button', { name: 'Doorverwijzing vastleggen' }).click();
    await page.getByRole('heading', { name: 'Doorverwijzing vastgelegd' }).waitFor();
    await page.getByText(/^Zaaknummer: OC-2026-/).waitFor();

    // Own personal data: an AVG access request with its one-month term.
    await page.getByRole('button', { name: 'Nieuw verzoek van een bezoeker' }).click();
    await choose(page, /eigen persoonsgegevens/, 'Ja');
    await page.getByRole('textbox', { name: /Vraag van de bezoeker/ }).fill('Welke gegevens heeft de gemeente over mij?');
    await page.getByRole('button', { name: 'Vastleggen als AVG-verzoek' }).click();
    await page.getByRole('heading', { name: 'Vastgelegd als AVG-verzoek' }).waitFor();
    const caseHref = await page.getByRole('link', { name: 'Naar de zaak' }).getAttribute('href');
    const caseId = decodeURIComponent(caseHref!.split('/').at(-1)!);

    // From that case (as the case screen's button does): the form starts from what the intake knows.
    await page.evaluate((id) => (window.location.hash = `#/woo/new?case=${id}`), caseId);
    const filingHeading = page.getByRole('heading', { level: 1, name: /Woo-verzoek indienen voor zaak OC-2026-/ });
    await filingHeading.waitFor();
    const caseNumber = (await filingHeading.textContent())!.replace('Woo-verzoek indienen voor zaak ', '');
    await answerCheck(page);
    await page.getByRole('button', { name: 'Verder naar het Woo-verzoek' }).click();
    await expect.poll(() => page.getByRole('textbox', { name: /Onderwerp/ }).inputValue()).toBe('Welke gegevens heeft de gemeente over mij?');
    // Nothing to send the decision to yet: the form says so at the field and focuses it.
    await page.getByRole('button', { name: 'Controleren en indienen' }).click();
    await page.getByText('Kies het bestuursorgaan waaraan het verzoek gericht is.').waitFor();
    await page.getByText('Vul een e-mailadres in, of kies een andere manier om het besluit te ontvangen.').waitFor();
    expect(await axeViolations(page)).toEqual([]);

    // Completed, it is filed for that existing case (offline: stored here, waiting for the hub).
    const body = page.getByRole('combobox', { name: 'Bestuursorgaan' });
    await body.fill('college');
    await page.getByRole('option', { name: /College van burgemeester en wethouders van Voorbeeldstad/ }).click();
    await page.getByRole('textbox', { name: /E-mailadres/ }).fill('bezoeker@example.org');
    await page.getByRole('button', { name: 'Controleren en indienen' }).click();
    await page.getByRole('dialog', { name: /Klopt dit/ }).getByRole('button', { name: 'Indienen' }).click();
    await page.getByText('Het Woo-verzoek is ingediend').waitFor();
    await page.getByRole('heading', { level: 1, name: `Woo-verzoek ${caseNumber}` }).waitFor();
    await page.keyboard.press('Alt+3');
    await page.getByRole('row').filter({ hasText: caseNumber }).waitFor();
  });
});
