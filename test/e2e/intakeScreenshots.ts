/**
 * Screenshots of the contact intake and the case screens at 1280×800, as a person sees them:
 * `npx tsx test/e2e/intakeScreenshots.ts` after a build; written to docs/screenshots/.
 */
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { startStack } from './support/stack';
import { amsterdamAt, installClock } from './intakeJourney';

const out = (name: string) => resolve(import.meta.dirname, '../../docs/screenshots', name);
const question = (page: Page) => page.getByRole('textbox', { name: 'Vraag van de bezoeker' });

/** The same screen in English, then back to Dutch. */
async function inEnglish(page: Page, name: string) {
  await page.getByRole('button', { name: /Taal/ }).click();
  await page.getByRole('option', { name: 'English' }).click();
  await page.getByRole('navigation', { name: 'Main navigation' }).waitFor();
  await page.mouse.move(0, 0);
  await page.screenshot({ path: out(name) });
  await page.getByRole('button', { name: /Language/ }).click();
  await page.getByRole('option', { name: 'Nederlands' }).click();
  await page.getByRole('navigation', { name: 'Hoofdnavigatie' }).waitFor();
}

const stack = await startStack();
try {
  const { page } = await stack.openApp();
  // 09:00 on the workstation's clock (Europe/Amsterdam), so the callbacks fall today.
  await page.evaluate(() => localStorage.setItem('loket.workstation', JSON.stringify({ defaultChannel: 'telefoon' })));
  await installClock(page, amsterdamAt(9));

  // An earlier call with a callback "within 2 hours" (it will be overdue), and one for 16:00.
  for (const [text, due, phone] of [
    ['Vraagt of het raadsbesluit over de nieuwe fietsenstalling al gepubliceerd is.', 'Binnen 2 uur', '020-1234567'],
    ['Wil weten wanneer de bouwtekeningen van Kerkweg 12 ingezien kunnen worden.', 'Vandaag 16:00', '06-98765432'],
  ] as const) {
    await page.keyboard.press('Alt+N');
    await question(page).fill(text);
    await page.keyboard.press('Alt+T');
    await page.keyboard.type(phone);
    await page.getByText(due, { exact: true }).click();
    await page.keyboard.press('Control+Enter');
    await page.getByRole('status').filter({ hasText: 'Contact opgeslagen' }).waitFor();
  }
  await page.clock.fastForward('03:00:00');

  // The intake in phone mode: timer running, question typed, topic chosen, callback planned.
  await page.keyboard.press('Alt+N');
  await question(page).waitFor();
  await page.keyboard.type('Mijn container is niet geleegd. Wanneer komt de vuilniswagen nog langs in de Dorpsstraat?');
  await page.keyboard.press('Tab');
  await page.keyboard.press('a');
  await page.keyboard.press('Alt+T');
  await page.keyboard.type('06-12345678');
  await page.clock.runFor(83_000);
  await page.mouse.move(0, 0);
  await page.screenshot({ path: out('intake-phone.png') });

  // Visitor details expanded.
  await page.getByRole('button', { name: /Gegevens bezoeker/ }).click();
  await page.getByRole('textbox', { name: 'Naam' }).fill('Olena Kovalenko');
  await page.getByRole('button', { name: /Voorkeurstaal/ }).click();
  await page.getByRole('option', { name: 'Oekraïens' }).click();
  await page.getByText('Tolk nodig', { exact: true }).click();
  await page.getByRole('button', { name: /Gegevens bezoeker/ }).scrollIntoViewIfNeeded();
  // Only the content area scrolls (the top bar stays).
  await page.locator('main').evaluate((main) => main.scrollBy(0, 260));
  await page.mouse.move(0, 0);
  await page.screenshot({ path: out('intake-details.png') });

  // Validation: a malformed e-mail address and phone number, the first invalid field focused.
  await page.getByRole('textbox', { name: 'E-mailadres' }).fill('olena@voorbeeld');
  await page.getByRole('textbox', { name: 'Terugbellen op nummer' }).fill('06-1234567a');
  await page.keyboard.press('Control+Enter');
  await page.getByText(/Een telefoonnummer bevat alleen cijfers/).waitFor();
  await page.mouse.move(0, 0);
  await page.screenshot({ path: out('intake-validation.png') });

  // Fixed and saved: the start screen with the confirmation, a due and an overdue callback.
  await page.getByRole('textbox', { name: 'Terugbellen op nummer' }).fill('06-12345678');
  await page.getByRole('textbox', { name: 'E-mailadres' }).fill('olena@voorbeeld.nl');
  await page.keyboard.press('Control+Enter');
  const notice = page.getByRole('status').filter({ hasText: 'Contact opgeslagen' });
  await notice.waitFor();
  await page.getByRole('region', { name: /Terugbellen en taken vandaag/ }).getByText('Te laat').first().waitFor();
  await page.mouse.move(0, 0);
  await page.screenshot({ path: out('intake-start.png') });
  await inEnglish(page, 'intake-start-en.png');

  // The case with its timeline: add a follow-up first, so it has two contacts and a task.
  const caseNumber = /OC-\d{4}-[0-9A-Z]{2,4}-\d{5,}/.exec((await notice.textContent()) ?? '')![0];
  await notice.getByRole('link', { name: 'Zaak openen' }).click();
  await page.getByRole('heading', { level: 1, name: `Zaak ${caseNumber}` }).waitFor();
  await page.getByRole('link', { name: 'Contact toevoegen' }).click();
  await question(page).fill('Belt opnieuw: container is nog steeds niet geleegd. Melding doorgezet naar de afvaldienst.');
  await page.getByRole('button', { name: /Uitkomst/ }).click();
  await page.getByRole('option', { name: 'Doorverwezen' }).click();
  await page.clock.runFor(154_000);
  await page.keyboard.press('Control+Enter');
  await page.getByRole('status').filter({ hasText: `Contact opgeslagen in zaak ${caseNumber}` }).getByRole('link', { name: 'Zaak openen' }).click();
  await page.getByRole('region', { name: 'Tijdlijn' }).getByRole('listitem').nth(2).waitFor();
  await page.mouse.move(0, 0);
  await page.screenshot({ path: out('case-timeline.png') });
  await inEnglish(page, 'case-timeline-en.png');

  // The Zaken area with a search.
  await page.keyboard.press('Alt+4');
  await page.getByRole('searchbox', { name: 'Zoek een zaak' }).fill('kovalenko');
  await page.getByRole('link', { name: caseNumber }).waitFor();
  await page.mouse.move(0, 0);
  await page.screenshot({ path: out('case-list.png') });

  // The intake in English, scrolled to its end: the case search above the save bar.
  await page.keyboard.press('Alt+N');
  await question(page).fill('Asks whether the council decision on the new bicycle shed has been published.');
  await page.getByText('Een bestaande zaak', { exact: true }).click();
  await page.locator('main').evaluate((main) => main.scrollTo(0, main.scrollHeight));
  await page.mouse.move(0, 0);
  await page.screenshot({ path: out('intake-case-nl.png') });
  await inEnglish(page, 'intake-case-en.png');
  console.log('Screenshots written to docs/screenshots/ (intake-*.png, case-*.png)');
} finally {
  await stack.close();
}
