import { describe, expect, it, vi } from 'vitest';
import { createPrintDocumentLoader, isAllowedPrintRequest, toHtmlDataUrl } from './printWindow';
import type { PrintWindowLike } from './printWindow';

function fakeWindow(load: () => Promise<void> = async () => {}) {
  let destroyed = false;
  const window = {
    webContents: {
      loadURL: vi.fn(load),
      print: vi.fn((_options: unknown, callback: (success: boolean, reason: string) => void) => callback(true, '')),
      printToPDF: vi.fn(async () => new Uint8Array([1, 2, 3])),
    },
    isDestroyed: () => destroyed,
    destroy: vi.fn(() => {
      destroyed = true;
    }),
  } satisfies PrintWindowLike;
  return window;
}

describe('print window', () => {
  it('loads the HTML as a base64 data URL that round-trips every character', () => {
    const html = '<p>Zaak “12” – €5 – ĳ – <script>x</script></p>';
    const url = toHtmlDataUrl(html);
    expect(url.startsWith('data:text/html;charset=utf-8;base64,')).toBe(true);
    expect(Buffer.from(url.split(',')[1] ?? '', 'base64').toString('utf8')).toBe(html);
  });

  it('lets the print session load only data: URLs', () => {
    expect(isAllowedPrintRequest('data:image/png;base64,AAAA')).toBe(true);
    expect(isAllowedPrintRequest('https://tracker.example/pixel.gif')).toBe(false);
    expect(isAllowedPrintRequest('http://127.0.0.1:8787/sync/pull')).toBe(false);
    expect(isAllowedPrintRequest('file:///etc/passwd')).toBe(false);
    expect(isAllowedPrintRequest('app://loket/index.html')).toBe(false);
  });

  it('prints and renders PDFs from the loaded window, then destroys it once', async () => {
    const window = fakeWindow();
    const load = createPrintDocumentLoader({ openWindow: () => window });
    const document = await load('<p>hi</p>');
    expect(window.webContents.loadURL).toHaveBeenCalledWith(toHtmlDataUrl('<p>hi</p>'));
    await expect(document.print()).resolves.toEqual({ success: true, failureReason: '' });
    expect(window.webContents.print.mock.calls[0]?.[0]).toEqual({ silent: false, printBackground: true });
    await expect(document.toPdf()).resolves.toEqual(new Uint8Array([1, 2, 3]));
    document.close();
    document.close();
    expect(window.destroy).toHaveBeenCalledOnce();
  });

  it('destroys the window when loading fails', async () => {
    const window = fakeWindow(async () => {
      throw new Error('ERR_ABORTED');
    });
    const load = createPrintDocumentLoader({ openWindow: () => window });
    await expect(load('<p>x</p>')).rejects.toThrow('ERR_ABORTED');
    expect(window.destroy).toHaveBeenCalledOnce();
  });

  it('gives up on a document that never finishes loading', async () => {
    const window = fakeWindow(() => new Promise(() => {}));
    const load = createPrintDocumentLoader({ openWindow: () => window, loadTimeoutMs: 10 });
    await expect(load('<p>x</p>')).rejects.toThrow(/did not load in time/);
    expect(window.destroy).toHaveBeenCalledOnce();
  });
});
