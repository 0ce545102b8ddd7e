/** WCAG 2.1 A/AA (axe) on every state of the intake and the case screens, in Dutch and English. */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './support/axe';
import { startStack, type Stack } from './support/stack';
import { amsterdamAt, installClock } from './intakeJourney';

let stack: Stack;
beforeAll(async () => {
  stack = await startStack();
});
afterAll(async () => {
  await stack?.close();
});

const CASE_NUMBER = /OC-\d{4}-[0-9A-Z]{2,4}-\d{5,}/;

async function openIntake(page: Page) {
  await page.keyboard.press('Alt+N');
  await page.getByRole('textbox', { name: /Vraag van de bezoeker|The visitor's question/ }).waitFor();
}

describe('accessibility of the contact intake and cases (axe, WCAG 2.1 A/AA)', () => {
  it('the intake: empty, with validation errors, with details, callback and case search open', async () => {
    const { page } = await stack.openApp();
    await openIntake(page);
    expect(await axeViolations(page), 'empty intake').toEqual([]);

    await page.getByText('Telefoon', { exact: true }).click();
    await page.getByRole('timer').waitFor();
    await page.keyboard.press('Control+Enter');
    await page.getByText('Vul de vraag van de bezoeker in.').waitFor();
    expect(await axeViolations(page), 'errors shown').toEqual([]);

    await page.getByRole('textbox', { name: 'Vraag van de bezoeker' }).fill('Vraag');
    await page.keyboard.press('Alt+T');
    await page.keyboard.type('06-12');
    await page.getByRole('button', { name: /Gegevens bezoeker/ }).click();
    await page.getByRole('textbox', { name: 'E-mailadres' }).fill('geen-adres');
    await page.getByText('Een bestaande zaak', { exact: true }).click();
    await page.getByText('Ander moment', { exact: true }).click();
    await page.keyboard.press('Control+Enter');
    await page.getByText(/Dit telefoonnummer is te kort/).waitFor();
    await page.getByText('Dit is geen geldig e-mailadres. Voorbeeld: naam@voorbeeld.nl.').waitFor();
    expect(await axeViolations(page), 'details, callback, case search, errors').toEqual([]);

    // The topic list open.
    await page.getByRole('button', { name: /Onderwerp/ }).click();
    await page.getByRole('listbox').waitFor();
    expect(await axeViolations(page), 'topic list open').toEqual([]);
    await page.keyboard.press('Escape');

    // The discard confirmation.
    await page.getByRole('button', { name: 'Concept weggooien' }).click();
    await page.getByRole('alertdialog', { name: 'Concept weggooien?' }).waitFor();
    expect(await axeViolations(page), 'discard dialog').toEqual([]);
    await page.getByRole('button', { name: 'Terug naar het formulier' }).click();
  });

  it('the start screen with a due and an overdue callback and the save confirmation; the workstation dialog', async () => {
    const { page } = await stack.openApp();
    await installClock(page, amsterdamAt(9));
    for (const due of ['Binnen 2 uur', 'Vandaag 16:00']) {
      await openIntake(page);
      await page.getByRole('textbox', { name: 'Vraag van de bezoeker' }).fill(`Terugbellen: ${due}`);
      await page.keyboard.press('Alt+T');
      await page.keyboard.type('0201234567');
      await page.getByText(due, { exact: true }).click();
      await page.keyboard.press('Control+Enter');
      await page.getByRole('status').filter({ hasText: 'Contact opgeslagen' }).waitFor();
    }
    await page.clock.fastForward('03:00:00');
    await page.getByRole('region', { name: /Terugbellen en taken vandaag/ }).getByText('Te laat').first().waitFor();
    expect(await axeViolations(page), 'start screen').toEqual([]);

    await page.getByRole('button', { name: 'Werkplek instellen' }).click();
    await page.getByRole('dialog', { name: 'Instellingen van deze werkplek' }).waitFor();
    expect(await axeViolations(page), 'workstation dialog').toEqual([]);
    await page.getByRole('button', { name: 'Annuleren' }).click();
  });

  it('the case screen with its timeline and the case list, in Dutch and in English', async () => {
    const { page } = await stack.openApp();
    await openIntake(page);
    await page.getByRole('textbox', { name: 'Vraag van de bezoeker' }).fill('Ik wil het besluit over de kapvergunning Parklaan inzien');
    await page.getByRole('button', { name: /Gegevens bezoeker/ }).click();
    await page.getByRole('textbox', { name: 'Naam' }).fill('Anna Nowak');
    await page.getByRole('button', { name: /Voorkeurstaal/ }).click();
    await page.getByRole('option', { name: 'Pools' }).click();
    await page.getByText('Tolk nodig', { exact: true }).click();
    await page.keyboard.press('Alt+T');
    await page.keyboard.type('+48 123 456 789');
    await page.keyboard.press('Control+Enter');
    const notice = page.getByRole('status').filter({ hasText: 'Contact opgeslagen' });
    await notice.waitFor();
    const caseNumber = CASE_NUMBER.exec((await notice.textContent()) ?? '')![0];
    await notice.getByRole('link', { name: 'Zaak openen' }).click();
    await page.getByRole('heading', { level: 1, name: `Zaak ${caseNumber}` }).waitFor();
    await page.getByText('Tolk nodig').waitFor();
    await page.getByText('Pools').waitFor();
    expect(await axeViolations(page), 'case screen').toEqual([]);

    await page.getByRole('button', { name: /Taal/ }).click();
    await page.getByRole('option', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: `Case ${caseNumber}` }).waitFor();
    await page.getByText('Needs an interpreter').waitFor();
    await page.getByRole('region', { name: 'Timeline' }).getByText('Contact by Desk').waitFor();
    expect(await axeViolations(page), 'case screen (en)').toEqual([]);

    await page.keyboard.press('Alt+4');
    await page.getByRole('searchbox', { name: 'Find a case' }).fill('nowak');
    await page.getByRole('link', { name: caseNumber }).waitFor();
    expect(await axeViolations(page), 'case list (en)').toEqual([]);

    await page.keyboard.press('Alt+N');
    await page.getByRole('textbox', { name: "The visitor's question" }).waitFor();
    await page.getByRole('button', { name: /Visitor details/ }).click();
    await page.getByRole('button', { name: 'Save' }).waitFor();
    expect(await axeViolations(page), 'intake (en)').toEqual([]);
  });
});
