// `npm run screenshots`: captures the screens at 1280×800 into docs/screenshots/ (after a build).
import { resolve } from 'node:path';
import { startStack } from '../e2e/support/stack';

const out = (name: string) => resolve(import.meta.dirname, '../../docs/screenshots', name);
const stack = await startStack({ demoDocuments: true });
try {
  const { page } = await stack.openApp();
  await page.getByRole('heading', { level: 1 }).waitFor();
  await page.screenshot({ path: out('shell-nl.png') });
  await page.getByRole('button', { name: /Taal/ }).click();
  await page.getByRole('option', { name: 'English' }).click();
  await page.getByRole('navigation', { name: 'Main navigation' }).waitFor();
  await page.mouse.move(0, 0);
  await page.screenshot({ path: out('shell-en.png') });
  await page.getByRole('button', { name: /Language/ }).click();
  await page.getByRole('option', { name: 'Nederlands' }).click();
  await page.keyboard.press('Alt+2');
  await page.getByRole('heading', { level: 2, name: /in de catalogus/ }).waitFor({ timeout: 20_000 });
  await page.getByRole('searchbox').fill('woo');
  await page.getByRole('heading', { level: 2, name: /gevonden/ }).waitFor();
  await page.screenshot({ path: out('search.png') });
  console.log('Screenshots written to docs/screenshots/');
} finally {
  await stack.close();
}
