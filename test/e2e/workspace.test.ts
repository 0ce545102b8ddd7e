/**
 * The features together: a contact logged at the desk reaches the hub (also after being saved
 * offline), its case leads to a Woo request, and the start screen shows the Woo panel.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { logPhoneContactByKeyboard, makePhoneDesk, TYPICAL_CALL } from './intakeJourney';
import { startStack, type Stack } from './support/stack';

let stack: Stack;
beforeAll(async () => {
  stack = await startStack();
});
afterAll(async () => {
  await stack?.close();
});

async function hubCaseNumbers(): Promise<string[]> {
  const response = await stack.hubFetch('/sync/pull?protocol=2&since=0&limit=1000');
  const body = (await response.json()) as { changes: Array<{ entity: string; data: { number?: string } | null }> };
  return body.changes.filter((change) => change.entity === 'cases').map((change) => change.data?.number ?? '');
}

/** The Woo requests on the hub, each with the number of its case (looked up in the same pull). */
async function hubWooRequests(): Promise<Array<{ caseNumber: string | undefined; subject: string; status: string }>> {
  const response = await stack.hubFetch('/sync/pull?protocol=2&since=0&limit=1000');
  const body = (await response.json()) as { changes: Array<{ entity: string; id: string; data: Record<string, unknown> | null }> };
  const numbers = new Map(body.changes.filter((c) => c.entity === 'cases').map((c) => [c.id, c.data?.['number'] as string | undefined]));
  return body.changes
    .filter((change) => change.entity === 'wooRequests' && change.data)
    .map((change) => ({
      caseNumber: numbers.get(change.data!['caseId'] as string),
      subject: change.data!['subject'] as string,
      status: change.data!['status'] as string,
    }));
}

async function choose(page: Page, group: RegExp, option: string) {
  await page.getByRole('radiogroup', { name: group }).getByText(option, { exact: true }).click();
  await expect.poll(() => page.getByRole('radiogroup', { name: group }).getByRole('radio', { name: option, exact: true }).isChecked()).toBe(true);
}

async function waitForAllSent(page: Page) {
  await page.getByRole('status').filter({ hasText: 'Alles verzonden' }).waitFor({ timeout: 20_000 });
}

describe('desk and hub together', () => {
  it('sends a saved contact to the hub', async () => {
    const { page } = await stack.openApp();
    await makePhoneDesk(page);
    const { caseNumber } = await logPhoneContactByKeyboard(page);
    await waitForAllSent(page);
    expect(await hubCaseNumbers()).toContain(caseNumber);
  });

  it('keeps a contact saved offline waiting, and sends it when the network is back', async () => {
    const { context, page } = await stack.openApp();
    await makePhoneDesk(page);
    await context.setOffline(true);
    const { caseNumber } = await logPhoneContactByKeyboard(page);
    // Case, contact and callback task wait in the outbox.
    await page.getByRole('status').filter({ hasText: '3 wijzigingen wachten op verzending' }).waitFor();
    expect(await hubCaseNumbers()).not.toContain(caseNumber);
    await context.setOffline(false);
    await waitForAllSent(page);
    expect(await hubCaseNumbers()).toContain(caseNumber);
  });

  it('files a Woo request from the case screen: shown as filed, and stored on the hub under that case; the start screen has the Woo panel', async () => {
    const { page } = await stack.openApp();
    await page.getByRole('region', { name: 'Woo-verzoeken: actie nodig deze week' }).waitFor();
    await makePhoneDesk(page);
    const { caseNumber } = await logPhoneContactByKeyboard(page);
    await page.keyboard.press('Alt+4');
    await page.getByRole('link', { name: caseNumber }).click();
    await page.getByRole('heading', { level: 1, name: new RegExp(caseNumber) }).waitFor();
    await page.getByRole('link', { name: 'Woo-verzoek indienen' }).click();
    await page.getByRole('heading', { level: 1, name: `Woo-verzoek indienen voor zaak ${caseNumber}` }).waitFor();

    // The check, then the form: the subject comes from the contact; the body and an address are added.
    await choose(page, /eigen persoonsgegevens/, 'Nee');
    await choose(page, /al openbaar/, 'Nee');
    await choose(page, /ander bestuursorgaan/, 'Nee');
    await page.getByRole('button', { name: 'Verder naar het Woo-verzoek' }).click();
    await expect.poll(() => page.getByRole('textbox', { name: /Onderwerp/ }).inputValue()).toBe(TYPICAL_CALL.question);
    const picker = page.getByRole('combobox', { name: 'Bestuursorgaan' });
    await picker.fill('college');
    await page.getByRole('option', { name: /College van burgemeester en wethouders van Voorbeeldstad/ }).click();
    await expect.poll(() => picker.inputValue()).toBe('College van burgemeester en wethouders van Voorbeeldstad');
    await page.getByRole('textbox', { name: /E-mailadres/ }).fill('bezoeker@example.org');
    await page.getByRole('button', { name: 'Controleren en indienen' }).click();
    await page.getByRole('dialog', { name: /Klopt dit/ }).getByRole('button', { name: 'Indienen' }).click();

    // Filed: on screen, under the case's own number ...
    await page.getByText('Het Woo-verzoek is ingediend').waitFor();
    await page.getByRole('heading', { level: 1, name: `Woo-verzoek ${caseNumber}` }).waitFor();
    // ... and on the hub.
    await waitForAllSent(page);
    expect(await hubWooRequests()).toContainEqual({ caseNumber, subject: TYPICAL_CALL.question, status: 'ontvangen' });
  });
});
