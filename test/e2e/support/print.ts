import type { Page } from 'playwright-core';

/** Records the HTML handed to the browser host's print frame, so a test can look at the document. */
export async function capturePrints(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __printed: string[] };
    w.__printed = [];
    new MutationObserver((records) => {
      for (const record of records) {
        record.addedNodes.forEach((node) => {
          if (node instanceof HTMLIFrameElement && node.srcdoc) w.__printed.push(node.srcdoc);
        });
      }
    }).observe(document.body, { childList: true });
  });
}

/** The last document printed since capturePrints, waiting for one. */
export async function lastPrinted(page: Page): Promise<string> {
  await page.waitForFunction(() => (window as unknown as { __printed: string[] }).__printed.length > 0);
  return page.evaluate(() => (window as unknown as { __printed: string[] }).__printed.pop()!);
}
