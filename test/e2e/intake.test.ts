import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStack, type Stack } from './support/stack';
import { amsterdamAt, installClock, logPhoneContactByKeyboard, makePhoneDesk, TYPICAL_CALL } from './intakeJourney';

let stack: Stack;
beforeAll(async () => {
  stack = await startStack();
});
afterAll(async () => {
  await stack?.close();
});

const activeName = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute('name') ?? document.activeElement?.tagName);
const CASE_NUMBER = /OC-\d{4}-[0-9A-Z]{2,4}-\d{5,}/;
const question = (page: Page) => page.getByRole('textbox', { name: 'Vraag van de bezoeker' });

describe('contact intake in Chromium', () => {
  it('opens from anywhere – Alt+N, the top-bar button, the menu command – with the cursor in the question', async () => {
    const { page } = await stack.openApp();
    await page.keyboard.press('Alt+4');
    await page.getByRole('heading', { level: 1, name: 'Zaken' }).waitFor();
    await page.keyboard.press('Alt+N');
    await question(page).waitFor();
    expect(await activeName(page)).toBe('question');
    expect(page.url()).toMatch(/#\/contact\/new$/);

    await page.keyboard.press('Alt+3');
    await page.getByRole('heading', { level: 1, name: 'Woo-verzoeken' }).waitFor();
    await page.getByRole('banner').getByRole('link', { name: /Nieuw contact/ }).click();
    await question(page).waitFor();
    expect(await activeName(page)).toBe('question');

    // The Electron menu item sends the 'new-contact' command; the browser host delivers it like this.
    await page.keyboard.press('Alt+2');
    await page.getByRole('heading', { level: 1, name: 'Zoeken' }).waitFor();
    await page.evaluate(() => window.dispatchEvent(new CustomEvent('loket:menu-command', { detail: 'new-contact' })));
    await question(page).waitFor();
    expect(await activeName(page)).toBe('question');

    // The contact start screen has the button in its header too.
    await page.keyboard.press('Alt+1');
    await page.getByRole('main').getByRole('link', { name: /Nieuw contact/ }).waitFor();
  });

  it('presets the channel from the workstation setting and can make another one the default', async () => {
    const { page } = await stack.openApp();
    await page.keyboard.press('Alt+N');
    await question(page).waitFor();
    expect(await page.getByRole('radio', { name: 'Balie' }).isChecked()).toBe(true);
    expect(await page.getByRole('timer').count()).toBe(0);
    await page.getByText('Telefoon', { exact: true }).click();
    await page.getByRole('timer').waitFor();
    // The button says what it does; the state is said separately once done.
    await page.getByRole('button', { name: 'Gesprek beëindigen' }).click();
    await page.getByText('Gesprek duurde', { exact: true }).waitFor();
    await page.getByRole('button', { name: 'Timer hervatten' }).click();
    await page.getByRole('button', { name: 'Telefoon standaard maken voor deze werkplek' }).click();
    await page.getByText('Dit is het standaardkanaal van deze werkplek.').waitFor();
    await page.getByRole('button', { name: 'Annuleren' }).click();
    await page.keyboard.press('Alt+N');
    await question(page).waitFor();
    expect(await page.getByRole('radio', { name: 'Telefoon' }).isChecked()).toBe(true);
  });

  it('logs a phone contact with a callback by keyboard only, in at most 6 presses besides the free text', async () => {
    // No mouse in this test at all: the journey and the checks after it use the keyboard only.
    const { page } = await stack.openApp();
    await makePhoneDesk(page);
    // 10:00 Amsterdam: the default callback is "today 16:00" (after 15:00 it moves to the next working day).
    await installClock(page, amsterdamAt(10));

    const result = await logPhoneContactByKeyboard(page);
    console.log(`Keyboard-only phone contact with callback: ${result.presses} presses besides the free text (${result.keys.join(', ')})`);
    expect(result.presses).toBeLessThanOrEqual(6);
    expect(result.caseNumber).toMatch(/^OC-\d{4}-[0-9A-Z]{3}-00001$/);

    // Saved as a phone contact on a new case, with the topic, the call's duration and a callback
    // task – checked by keyboard too: focus is on the confirmation, Tab reaches "Zaak openen".
    const tasks = page.getByRole('region', { name: /Terugbellen en taken vandaag/ });
    await tasks.getByRole('link', { name: result.caseNumber }).waitFor();
    await page.getByRole('region', { name: /Contacten vandaag/ }).getByText(/Terugbelverzoek/).waitFor();
    expect(await page.evaluate(() => document.activeElement?.textContent)).toContain(`Contact opgeslagen in nieuwe zaak ${result.caseNumber}`);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: `Zaak ${result.caseNumber}` }).waitFor();
    const details = page.getByRole('region', { name: 'Gegevens van de zaak' });
    await details.getByText('Afval en reiniging').waitFor();
    await details.getByText('06-12345678').waitFor();
    const timeline = page.getByRole('region', { name: 'Tijdlijn' }).getByRole('listitem');
    await timeline.nth(1).waitFor();
    expect(await timeline.count()).toBe(2);
    expect(await timeline.nth(0).textContent()).toMatch(/Taak: Terugbellen.*Team Openbaarheid.*Te verwerken/);
    expect(await timeline.nth(1).textContent()).toMatch(/Contact via Telefoon.*Terugbelverzoek.*duur \d\d:\d\d/);
    expect(await timeline.nth(1).textContent()).toContain(TYPICAL_CALL.question);

    // Exported in the Klantinteracties shapes for the municipality's contact register.
    await page.getByRole('button', { name: 'Exporteren (Klantinteracties)' }).focus();
    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    expect(download.suggestedFilename()).toBe(`${result.caseNumber}-klantinteracties.json`);
    const exported = JSON.parse(readFileSync((await download.path())!, 'utf8'));
    expect(exported).toMatchObject({
      zaaknummer: result.caseNumber,
      klantcontacten: [{ kanaal: 'telefoon', onderwerp: 'Afval en reiniging', inhoud: TYPICAL_CALL.question, indicatieContactGelukt: true, taal: 'dut', vertrouwelijk: false }],
      interneTaken: [{ gevraagdeHandeling: 'Terugbellen', toegewezenAanActoren: [{ naam: 'Team Openbaarheid' }], status: 'te_verwerken' }],
    });
    expect(exported.klantcontacten[0].plaatsgevondenOp).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
  });

  it('keeps unsaved input through a reload; the call timer keeps counting from its start', async () => {
    const { page } = await stack.openApp();
    await page.keyboard.press('Alt+N');
    await question(page).waitFor();
    await page.keyboard.type('Ik zoek het raadsbesluit over de nieuwe fietsenstalling');
    await page.getByText('Telefoon', { exact: true }).click();
    await page.getByRole('button', { name: /Gegevens bezoeker/ }).click();
    await page.getByRole('textbox', { name: 'Naam' }).fill('Fatma Yılmaz');
    await page.waitForTimeout(2100);
    const before = await page.getByRole('timer').textContent();

    await page.reload();
    await question(page).waitFor();
    expect(await question(page).inputValue()).toBe('Ik zoek het raadsbesluit over de nieuwe fietsenstalling');
    expect(await page.getByRole('textbox', { name: 'Naam' }).inputValue()).toBe('Fatma Yılmaz');
    expect(await page.getByRole('radio', { name: 'Telefoon' }).isChecked()).toBe(true);
    const after = await page.getByRole('timer').textContent();
    expect(after! >= before!).toBe(true);
    expect(before).not.toBe('00:00');

    // An accidental navigation away and back loses nothing either; the start screen says a draft waits.
    await page.keyboard.press('Alt+4');
    await page.keyboard.press('Alt+1');
    await page.getByText('Er staat een contact klaar dat nog niet is opgeslagen').waitFor();
    await page.getByRole('link', { name: 'Verder met dit contact' }).click();
    expect(await question(page).inputValue()).toBe('Ik zoek het raadsbesluit over de nieuwe fietsenstalling');
  });

  it('shows a Dutch message next to each invalid field, focuses the first one and keeps every character', async () => {
    const { page } = await stack.openApp();
    await page.keyboard.press('Alt+N');
    await question(page).waitFor();

    // Choosing a channel, moving between fields and searching a case scold nobody before a save.
    await page.getByText('Telefoon', { exact: true }).click();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.getByText('Een bestaande zaak', { exact: true }).click();
    await page.getByRole('searchbox', { name: 'Zaak zoeken' }).fill('fietsenstalling');
    await page.getByText('Balie', { exact: true }).click();
    await page.waitForTimeout(200);
    expect(await page.locator('.ui-error').allTextContents()).toEqual([]);
    await page.getByText('Een nieuwe zaak', { exact: true }).click();

    // Leaving a field one typed in says at once what is wrong with it, before any save; fixing it clears it.
    await page.getByRole('button', { name: /Gegevens bezoeker/ }).click();
    const email = page.getByRole('textbox', { name: 'E-mailadres' });
    await email.fill('naam@');
    expect(await page.locator('.ui-error').allTextContents()).toEqual([]);
    await page.keyboard.press('Tab');
    await page.getByText('Dit is geen geldig e-mailadres. Voorbeeld: naam@voorbeeld.nl.').waitFor();
    await email.fill('naam@voorbeeld.nl');
    await page.getByText('Dit is geen geldig e-mailadres.', { exact: false }).waitFor({ state: 'detached' });
    await email.fill('');
    await page.getByRole('button', { name: /Gegevens bezoeker/ }).click();

    // Nothing typed: the question is required.
    await page.keyboard.press('Control+Enter');
    await page.getByText('Vul de vraag van de bezoeker in.').waitFor();
    expect(await activeName(page)).toBe('question');
    // After the failed save, the error goes as soon as the field is fixed.
    await page.keyboard.type('W');
    await page.getByText('Vul de vraag van de bezoeker in.').waitFor({ state: 'detached' });

    // Too long: refused with a message and a counter, not cut off (a paste of 4,100 characters).
    const long = 'Lange vraag. '.repeat(316).slice(0, 4100);
    await question(page).fill(long);
    await page.getByText(/De vraag is te lang: maximaal 4\.000 tekens/).waitFor();
    await page.getByText('4.100 van 4.000 tekens').waitFor();
    expect((await question(page).inputValue()).length).toBe(4100);
    await question(page).fill('Waar vind ik de notulen van de commissie Ruimte?');

    // A malformed phone number and e-mail address in the collapsed details section.
    await page.getByRole('button', { name: /Gegevens bezoeker/ }).click();
    await page.getByRole('textbox', { name: 'Telefoonnummer' }).fill('06-1234567a');
    await page.getByRole('textbox', { name: 'E-mailadres' }).fill('jan@voorbeeld');
    await page.getByRole('button', { name: /Gegevens bezoeker/ }).click();
    await page.keyboard.press('Control+Enter');
    await page.getByText('Een telefoonnummer bevat alleen cijfers, spaties, streepjes en eventueel een + vooraan.').waitFor();
    await page.getByText('Dit is geen geldig e-mailadres. Voorbeeld: naam@voorbeeld.nl.').waitFor();
    expect(await activeName(page)).toBe('visitor.phone');
    const phone = page.getByRole('textbox', { name: 'Telefoonnummer' });
    expect(await phone.getAttribute('aria-invalid')).toBe('true');
    // The message is tied to the field, so a screen reader reads it with the field.
    const describedBy = (await phone.getAttribute('aria-describedby')) ?? '';
    const description = await page.evaluate((ids) => ids.split(' ').map((id) => document.getElementById(id)?.textContent).join(' '), describedBy);
    expect(description).toContain('Een telefoonnummer bevat alleen cijfers');
    expect(await phone.inputValue()).toBe('06-1234567a');

    await phone.fill('06-123');
    await page.keyboard.press('Control+Enter');
    await page.getByText(/Dit telefoonnummer is te kort/).waitFor();
    await phone.fill('+31 6 12345678');
    await page.getByRole('textbox', { name: 'E-mailadres' }).fill('jan@voorbeeld.nl');
    await page.keyboard.press('Control+Enter');
    await page.getByText(/Contact opgeslagen in nieuwe zaak/).waitFor();
  });

  it('confirms with the case number and can undo the save, putting the contact back in the form', async () => {
    const { page } = await stack.openApp();
    await page.keyboard.press('Alt+N');
    await question(page).fill('Per ongeluk opgeslagen vraag over parkeervergunningen');
    await page.keyboard.press('Control+Enter');
    const notice = page.getByRole('status').filter({ hasText: 'Contact opgeslagen in nieuwe zaak' });
    await notice.waitFor();
    const caseNumber = CASE_NUMBER.exec((await notice.textContent()) ?? '')![0];
    const caseHref = await notice.getByRole('link', { name: 'Zaak openen' }).getAttribute('href');

    await notice.getByRole('button', { name: 'Ongedaan maken' }).click();
    await page.getByText(`Opslaan is ongedaan gemaakt (zaak ${caseNumber})`).waitFor();
    expect(await question(page).inputValue()).toBe('Per ongeluk opgeslagen vraag over parkeervergunningen');

    await page.goto(new URL(caseHref!, stack.appUrl).toString());
    await page.getByRole('heading', { level: 1, name: 'Zaak niet gevonden' }).waitFor();
    // Nor in today's list (other workstations' contacts, synced through the hub, may be there).
    await page.keyboard.press('Alt+1');
    const today = page.getByRole('region', { name: /Contacten vandaag/ });
    await today.waitFor();
    await page.waitForTimeout(300);
    expect(await today.getByText(caseNumber).count()).toBe(0);
  });

  it('offers undo only for a few seconds', async () => {
    const { page } = await stack.openApp();
    await page.clock.install();
    await page.keyboard.press('Alt+N');
    await question(page).fill('Een vraag die blijft');
    await page.keyboard.press('Control+Enter');
    const notice = page.getByRole('status').filter({ hasText: 'Contact opgeslagen' });
    await notice.getByRole('button', { name: 'Ongedaan maken' }).waitFor();
    await page.clock.runFor(11_000);
    await notice.getByRole('button', { name: 'Ongedaan maken' }).waitFor({ state: 'detached' });
    await notice.getByRole('link', { name: 'Zaak openen' }).waitFor();

    // Going to another area and back: the confirmation is gone.
    await page.keyboard.press('Alt+4');
    await page.getByRole('heading', { level: 1, name: 'Zaken' }).waitFor();
    await page.keyboard.press('Alt+1');
    await page.getByRole('region', { name: /Contacten vandaag/ }).waitFor();
    expect(await page.getByRole('status').filter({ hasText: 'Contact opgeslagen' }).count()).toBe(0);
  });

  it('adds a contact to an existing case found by name, phone or number; the timeline shows both, newest first', async () => {
    const { page } = await stack.openApp();
    await page.keyboard.press('Alt+N');
    await question(page).fill('Wanneer beslist de raad over het bestemmingsplan Noord?');
    await page.getByRole('button', { name: /Gegevens bezoeker/ }).click();
    await page.getByRole('textbox', { name: 'Naam' }).fill('Piet de Vries');
    await page.getByRole('textbox', { name: 'Telefoonnummer' }).fill('020-1234567');
    await page.getByRole('button', { name: /Onderwerp/ }).click();
    await page.getByRole('option', { name: 'Gemeenteraad en besluiten' }).click();
    await page.keyboard.press('Control+Enter');
    const first = page.getByRole('status').filter({ hasText: 'Contact opgeslagen in nieuwe zaak' });
    await first.waitFor();
    const caseNumber = CASE_NUMBER.exec((await first.textContent()) ?? '')![0];

    await page.keyboard.press('Alt+N');
    await question(page).fill('Belt terug: de raad beslist op 12 juni');
    await page.getByText('Een bestaande zaak', { exact: true }).click();
    const search = page.getByRole('searchbox', { name: 'Zaak zoeken' });
    for (const query of ['de vri', '0201234567', '+31 20 123', caseNumber, caseNumber.slice(-5)]) {
      await search.fill(query);
      await page.getByRole('grid', { name: `Zaken voor ‘${query}’` }).getByRole('row', { name: caseNumber }).waitFor();
    }
    await search.fill('vries');
    await page.getByRole('row', { name: caseNumber }).click();
    await page.getByText('Gekoppeld aan:').waitFor();
    // The follow-up takes the case's topic.
    await page.getByRole('button', { name: /Onderwerp/ }).filter({ hasText: 'Gemeenteraad en besluiten' }).waitFor();
    await page.keyboard.press('Control+Enter');
    await page.getByRole('status').filter({ hasText: `Contact opgeslagen in zaak ${caseNumber}` }).waitFor();
    // The start screen names the topic on both rows, never "Zonder onderwerp".
    const today = page.getByRole('region', { name: /Contacten vandaag/ });
    const rows = today.getByRole('listitem').filter({ has: page.getByRole('link', { name: caseNumber }) });
    await expect.poll(() => rows.locator('.contact-topic').allTextContents()).toEqual(['Gemeenteraad en besluiten', 'Gemeenteraad en besluiten']);

    await page.getByRole('link', { name: 'Zaak openen' }).click();
    await page.getByRole('heading', { level: 1, name: `Zaak ${caseNumber}` }).waitFor();
    const entries = page.getByRole('region', { name: 'Tijdlijn' }).getByRole('listitem');
    await entries.nth(1).waitFor();
    expect(await entries.count()).toBe(2);
    expect(await entries.nth(0).textContent()).toContain('Belt terug: de raad beslist op 12 juni');
    expect(await entries.nth(1).textContent()).toContain('bestemmingsplan Noord');
    await page.getByText('Piet de Vries').waitFor();

    // "Contact toevoegen" on the case screen opens the intake already attached to it.
    await page.getByRole('link', { name: 'Contact toevoegen' }).click();
    await page.getByText('Gekoppeld aan:').waitFor();
    expect(await page.getByRole('radio', { name: 'Een bestaande zaak' }).isChecked()).toBe(true);

    // The Zaken area lists it and finds it with the same search.
    await page.keyboard.press('Alt+4');
    await page.getByRole('searchbox', { name: 'Zoek een zaak' }).fill('bestemmingsplan');
    await page.getByRole('link', { name: caseNumber }).waitFor();
    await page.getByRole('searchbox', { name: 'Zoek een zaak' }).fill('bestaatniet');
    await page.getByText('Geen zaken gevonden voor ‘bestaatniet’.', { exact: false }).waitFor();
  });

  it('shows today’s callbacks, makes overdue ones stand out in words, and marks them done', async () => {
    const { page } = await stack.openApp();
    await installClock(page, amsterdamAt(9));
    await page.keyboard.press('Alt+N');
    await question(page).fill('Graag teruggebeld over de kapvergunning');
    await page.getByRole('button', { name: /Gegevens bezoeker/ }).click();
    await page.getByRole('textbox', { name: 'Naam' }).fill('Joost de Vries');
    await page.keyboard.press('Alt+T');
    await page.keyboard.type('0612345678');
    await page.getByText('Binnen 2 uur', { exact: true }).click();
    await page.keyboard.press('Control+Enter');
    const notice = page.getByRole('status').filter({ hasText: 'Contact opgeslagen' });
    await notice.waitFor();
    const caseNumber = CASE_NUMBER.exec((await notice.textContent()) ?? '')![0];

    // Other tests' workstations share the hub, so their tasks may be listed too: use ours.
    const tasks = page.getByRole('region', { name: /Terugbellen en taken vandaag/ });
    const row = tasks.getByRole('listitem').filter({ hasText: caseNumber });
    await row.getByText('Uiterlijk', { exact: true }).waitFor();
    const inTwoHours = await page.evaluate(() => new Date(Date.now() + 2 * 3600_000).toLocaleTimeString('nl-NL', { hour: '2-digit', minute: '2-digit' }));
    expect(await row.textContent()).toContain(inTwoHours);
    // A card to act on: whom to call, the question in a line, the number as a tel: link.
    await row.getByText('Joost de Vries', { exact: true }).waitFor();
    await row.getByText('Graag teruggebeld over de kapvergunning').waitFor();
    expect(await row.getByRole('link', { name: '0612345678' }).getAttribute('href')).toBe('tel:0612345678');

    await page.clock.fastForward('03:00:00');
    await row.getByText('Te laat').waitFor();
    await tasks.getByText(/\d+ te laat/).waitFor();
    expect(await row.evaluate((el) => getComputedStyle(el).borderLeftWidth)).toBe('8px');

    // The action word is translated like everything else.
    await page.getByRole('button', { name: /Taal/ }).click();
    await page.getByRole('option', { name: 'English' }).click();
    await page
      .getByRole('region', { name: /Callbacks and tasks today/ })
      .getByRole('listitem')
      .filter({ hasText: caseNumber })
      .getByRole('button', { name: `Done: Call back ${caseNumber}` })
      .waitFor();
    await page.getByRole('button', { name: /Language/ }).click();
    await page.getByRole('option', { name: 'Nederlands' }).click();

    await row.getByRole('button', { name: `Verwerkt: Terugbellen ${caseNumber}` }).click();
    await row.waitFor({ state: 'detached' });
    await page.getByRole('status').filter({ hasText: `Terugbellen ${caseNumber} is verwerkt.` }).waitFor({ state: 'attached' });

    // The case keeps the task, now done, and can reopen it.
    await page.getByRole('region', { name: /Contacten vandaag/ }).getByRole('link', { name: caseNumber }).click();
    const task = page.getByRole('region', { name: 'Tijdlijn' }).getByRole('listitem').filter({ hasText: 'Taak: Terugbellen' });
    await task.getByText('Verwerkt', { exact: true }).waitFor();
    await task.getByRole('button', { name: 'Opnieuw openen: Terugbellen' }).waitFor();
  });
});
