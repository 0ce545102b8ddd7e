// `npm run screenshots`: captures the screens at 1280×800 into docs/screenshots/ (after a build).
import { resolve } from 'node:path';
import { startStack } from '../e2e/support/stack';

const out = (name: string) => resolve(import.meta.dirname, '../../docs/screenshots', name);
const stack = await startStack();
try {
  const { page } = await stack.openApp();
  await page.getByRole('heading', { level: 1 }).waitFor();
  await page.screenshot({ path: out('shell-nl.png') });
  await page.getByRole('button', { name: /Taal/ }).click();
  await page.getByRole('option', { name: 'English' }).click();
  await page.getByRole('navigation', { name: 'Main navigation' }).waitFor();
  await page.mouse.move(0, 0);
  await page.screenshot({ path: out('shell-en.png') });
  console.log('Screenshots written to docs/screenshots/');
} finally {
  await stack.close();
}
