import type { PrintDocument } from '../ipc/print';

/**
 * Renders print HTML in a hidden window (options: window.ts createPrintWindowOptions – sandboxed,
 * JavaScript off, own in-memory session). The window factory is injected, so the load / print /
 * close sequence is unit-tested with a fake window.
 */

export interface PrintWebContentsLike {
  loadURL(url: string): Promise<void>;
  print(options: { silent: boolean; printBackground: boolean }, callback: (success: boolean, failureReason: string) => void): void;
  printToPDF(options: { printBackground: boolean; pageSize: 'A4'; generateDocumentOutline: boolean }): Promise<Uint8Array>;
}

export interface PrintWindowLike {
  webContents: PrintWebContentsLike;
  isDestroyed(): boolean;
  destroy(): void;
}

/** Base64 keeps every byte of the document intact and the URL free of characters to escape. */
export function toHtmlDataUrl(html: string): string {
  return `data:text/html;charset=utf-8;base64,${Buffer.from(html, 'utf8').toString('base64')}`;
}

/**
 * The print session may load the document itself (a data: URL) and inline data: images – nothing
 * from the network or the disk, so printing a document cannot leak that it was printed, or read
 * local files through <img src="file:…">.
 */
export function isAllowedPrintRequest(url: string): boolean {
  return url.startsWith('data:');
}

export interface PrintDocumentLoaderOptions {
  openWindow(): PrintWindowLike;
  /** A document that does not finish loading in this time is abandoned. */
  loadTimeoutMs?: number;
}

export function createPrintDocumentLoader(options: PrintDocumentLoaderOptions): (html: string) => Promise<PrintDocument> {
  const timeoutMs = options.loadTimeoutMs ?? 30_000;
  return async (html) => {
    const window = options.openWindow();
    const close = (): void => {
      if (!window.isDestroyed()) window.destroy();
    };
    let timer: ReturnType<typeof setTimeout> | undefined;
    try {
      await Promise.race([
        window.webContents.loadURL(toHtmlDataUrl(html)),
        new Promise<never>((_resolve, reject) => {
          timer = setTimeout(() => reject(new Error('the print document did not load in time')), timeoutMs);
        }),
      ]);
    } catch (error) {
      close();
      throw error;
    } finally {
      clearTimeout(timer);
    }
    return {
      print: () =>
        new Promise((resolve) => {
          window.webContents.print({ silent: false, printBackground: true }, (success, failureReason) =>
            resolve({ success, failureReason }),
          );
        }),
      toPdf: () => window.webContents.printToPDF({ printBackground: true, pageSize: 'A4', generateDocumentOutline: false }),
      close,
    };
  };
}
