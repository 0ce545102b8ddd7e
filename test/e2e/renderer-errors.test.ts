/**
 * The e2e harness fails a test when the renderer reports an error it did not expect: an uncaught
 * error or a console.error in any page opened through the stack (see support/stack.ts).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startStack, type Stack } from './support/stack';

let stack: Stack;
beforeAll(async () => {
  stack = await startStack();
});
afterAll(async () => {
  await stack?.close();
});

/** Throws from a timer and logs a console.error, and waits until the browser has reported both. */
async function misbehave(page: Page) {
  const context = page.context();
  await Promise.all([
    context.waitForEvent('weberror'),
    context.waitForEvent('console', (message) => message.type() === 'error'),
    page.evaluate(() => {
      setTimeout(() => {
        throw new Error('x');
      });
      console.error('something went wrong in the renderer');
    }),
  ]);
}

describe('renderer errors in e2e tests', () => {
  it('records uncaught page errors and console.error messages; assertNoErrors lists them', async () => {
    const { context, page } = await stack.openApp();
    expect(() => stack.assertNoErrors()).not.toThrow();
    await misbehave(page);
    expect(() => stack.assertNoErrors()).toThrow(
      /^The renderer reported 2 error\(s\):\n- console\.error: something went wrong in the renderer.*\n- uncaught error in the page: Error: x\n/s,
    );
    // Taken: this test provoked them, so they do not fail it at the end.
    expect(stack.takeErrors(context)).toHaveLength(2);
    expect(() => stack.assertNoErrors()).not.toThrow();
  });

  // The page throws and the test does not look: the check when the test finishes fails it.
  it.fails('fails a test whose page threw, without the test asking', async () => {
    const { page } = await stack.openApp();
    await misbehave(page);
  });
});
