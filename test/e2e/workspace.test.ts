/**
 * The features together: a contact logged at the desk reaches the hub (also after being saved
 * offline), its case leads to a Woo request, and the start screen shows the Woo panel.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { logPhoneContactByKeyboard, makePhoneDesk } from './intakeJourney';
import { startStack, type Stack } from './support/stack';

let stack: Stack;
beforeAll(async () => {
  stack = await startStack();
});
afterAll(async () => {
  await stack?.close();
});

async function hubCaseNumbers(): Promise<string[]> {
  const response = await fetch(`${stack.hubUrl}/sync/pull?since=0&limit=1000`);
  const body = (await response.json()) as { changes: Array<{ entity: string; data: { number?: string } | null }> };
  return body.changes.filter((change) => change.entity === 'cases').map((change) => change.data?.number ?? '');
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

  it('files a Woo request from the case screen, and shows the Woo panel on the start screen', async () => {
    const { page } = await stack.openApp();
    await page.getByRole('region', { name: 'Woo-verzoeken: actie nodig deze week' }).waitFor();
    await makePhoneDesk(page);
    const { caseNumber } = await logPhoneContactByKeyboard(page);
    await page.keyboard.press('Alt+4');
    await page.getByRole('link', { name: caseNumber }).click();
    await page.getByRole('heading', { level: 1, name: new RegExp(caseNumber) }).waitFor();
    await page.getByRole('link', { name: 'Woo-verzoek indienen' }).click();
    await page.getByRole('heading', { level: 1, name: `Woo-verzoek indienen voor zaak ${caseNumber}` }).waitFor();
  });
});
