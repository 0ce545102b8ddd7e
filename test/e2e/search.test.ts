import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './support/axe';
import { startStack, type Stack } from './support/stack';

let stack: Stack;
beforeAll(async () => {
  stack = await startStack({ demoDocuments: true });
});
afterAll(async () => {
  await stack?.close();
});

describe('document search (is it perhaps already public?)', () => {
  it('brings the hub catalogue down, finds a document by words, and offers a Woo request when nothing is found', async () => {
    const { page } = await stack.openApp();
    await page.keyboard.press('Alt+2');
    await page.getByRole('heading', { level: 1, name: 'Zoeken in openbare documenten' }).waitFor();
    // 5 documents from the example Woo dossier in data/ + 6 hand-written demo documents.
    await page.getByRole('heading', { level: 2, name: '11 documenten in de catalogus' }).waitFor({ timeout: 20_000 });

    const field = page.getByRole('searchbox', { name: /Zoek op woorden/ });
    await field.fill('stationsplein raadsvoorstel');
    await page.getByRole('heading', { level: 2, name: '1 document gevonden' }).waitFor();
    const result = page.getByRole('listitem', { name: 'Raadsvoorstel herinrichting Stationsplein' });
    await expect(result.textContent()).resolves.toContain('Categorie 2c: vergaderstukken decentrale overheden');
    expect(await axeViolations(page)).toEqual([]);

    await field.fill('zwembad atlantis');
    await page.getByText('Geen document gevonden voor ‘zwembad atlantis’.', { exact: false }).waitFor();
    await page.getByRole('link', { name: 'Woo-verzoek indienen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Woo-verzoek indienen' }).waitFor();
    // The words typed are kept for when staff come back.
    await page.keyboard.press('Alt+2');
    await expect(page.getByRole('searchbox', { name: /Zoek op woorden/ }).inputValue()).resolves.toBe('zwembad atlantis');
  });
});
