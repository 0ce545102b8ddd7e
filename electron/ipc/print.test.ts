import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { PRINT_CONTENT_SECURITY_POLICY, withPrintPolicy } from '../../shared/security/csp';
import { IpcInputError, IpcRefusedError, toSafeFileName } from './common';
import type { FileFilter } from './common';
import { MAX_PRINT_HTML_BYTES, handlePrint, oneAtATime } from './print';
import type { PrintDocument } from './print';

const HTML = '<!doctype html><html><head><title>Ontvangstbevestiging</title></head><body><h1>Zaak 12</h1></body></html>';
const PDF = new Uint8Array([0x25, 0x50, 0x44, 0x46]);

function context(options: { savePath?: string | null; printOutcome?: { success: boolean; failureReason: string }; pdfFails?: boolean } = {}) {
  const document = {
    print: vi.fn(async () => options.printOutcome ?? { success: true, failureReason: '' }),
    toPdf: vi.fn(async () => {
      if (options.pdfFails) throw new Error('render failed');
      return PDF;
    }),
    close: vi.fn(),
  } satisfies PrintDocument;
  return {
    document,
    ctx: {
      loadDocument: vi.fn(async (_html: string) => document),
      chooseSavePath: vi.fn(async (_request: { defaultFileName: string; filters: FileFilter[] }) =>
        options.savePath === undefined ? '/home/medewerker/Ontvangstbevestiging.pdf' : options.savePath,
      ),
      writeFile: vi.fn(async () => {}),
    },
  };
}

describe('print handler: printer', () => {
  it('loads the document, opens the print dialog and closes the window', async () => {
    const { ctx, document } = context();
    await expect(handlePrint({ html: HTML, title: 'Ontvangstbevestiging', target: 'printer' }, ctx)).resolves.toEqual({ ok: true });
    expect(ctx.loadDocument).toHaveBeenCalledWith(withPrintPolicy(HTML));
    expect(document.print).toHaveBeenCalledOnce();
    expect(document.close).toHaveBeenCalledOnce();
    expect(ctx.chooseSavePath).not.toHaveBeenCalled();
  });

  it('reports a cancelled print dialog', async () => {
    const { ctx, document } = context({ printOutcome: { success: false, failureReason: 'Print job canceled' } });
    await expect(handlePrint({ html: HTML, title: 'x', target: 'printer' }, ctx)).resolves.toEqual({ ok: false, cancelled: true });
    expect(document.close).toHaveBeenCalledOnce();
  });

  it('reports a failed print job', async () => {
    const { ctx } = context({ printOutcome: { success: false, failureReason: 'Printer is out of paper' } });
    await expect(handlePrint({ html: HTML, title: 'x', target: 'printer' }, ctx)).resolves.toEqual({ ok: false });
  });
});

describe('print handler: the printed document’s own policy', () => {
  it.each(['printer', 'pdf'] as const)('loads the document with the print CSP in front (%s)', async (target) => {
    const { ctx } = context();
    await handlePrint({ html: HTML, title: 'x', target }, ctx);
    const loaded = String(ctx.loadDocument.mock.calls[0]?.[0]);
    expect(loaded.startsWith(`<!doctype html><meta http-equiv="Content-Security-Policy" content="${PRINT_CONTENT_SECURITY_POLICY}">`)).toBe(true);
    expect(loaded).toContain('<h1>Zaak 12</h1>');
  });
});

describe('print handler: one print at a time', () => {
  it('answers a second request while the first is open with busy, without opening a window', async () => {
    let finishFirst: (value: { success: boolean; failureReason: string }) => void = () => {};
    const { ctx, document } = context();
    document.print.mockImplementationOnce(() => new Promise((resolve) => (finishFirst = resolve)));
    const print = oneAtATime((input) => handlePrint(input, ctx));
    const first = print({ html: HTML, title: 'x', target: 'printer' });
    await vi.waitFor(() => expect(document.print).toHaveBeenCalledOnce());
    await expect(print({ html: HTML, title: 'y', target: 'printer' })).resolves.toEqual({ ok: false, busy: true });
    expect(ctx.loadDocument).toHaveBeenCalledOnce();
    finishFirst({ success: true, failureReason: '' });
    await expect(first).resolves.toEqual({ ok: true });
    // Free again afterwards, also after a failure.
    await expect(print({ html: HTML, title: 'z', target: 'printer' })).resolves.toEqual({ ok: true });
    await expect(print({ html: '', title: 'z', target: 'printer' })).rejects.toBeInstanceOf(IpcInputError);
    await expect(print({ html: HTML, title: 'z', target: 'printer' })).resolves.toEqual({ ok: true });
  });
});

describe('print handler: PDF', () => {
  it('refuses a chosen PDF path with another extension', async () => {
    const { ctx } = context({ savePath: '/home/medewerker/autostart.sh' });
    await expect(handlePrint({ html: HTML, title: 'x', target: 'pdf' }, ctx)).rejects.toBeInstanceOf(IpcRefusedError);
    expect(ctx.loadDocument).not.toHaveBeenCalled();
    expect(ctx.writeFile).not.toHaveBeenCalled();
  });

  it('asks for a file name first, then renders and writes the PDF', async () => {
    const { ctx, document } = context();
    await expect(handlePrint({ html: HTML, title: 'Ontvangstbevestiging zaak 12', target: 'pdf' }, ctx)).resolves.toEqual({
      ok: true,
      savedTo: '/home/medewerker/Ontvangstbevestiging.pdf',
    });
    expect(ctx.chooseSavePath).toHaveBeenCalledWith({
      defaultFileName: 'Ontvangstbevestiging zaak 12.pdf',
      filters: [{ name: 'PDF', extensions: ['pdf'] }],
    });
    expect(ctx.writeFile).toHaveBeenCalledWith('/home/medewerker/Ontvangstbevestiging.pdf', PDF);
    expect(document.close).toHaveBeenCalledOnce();
  });

  it('does not render when the save dialog is cancelled', async () => {
    const { ctx } = context({ savePath: null });
    await expect(handlePrint({ html: HTML, title: 'x', target: 'pdf' }, ctx)).resolves.toEqual({ ok: false, cancelled: true });
    expect(ctx.loadDocument).not.toHaveBeenCalled();
  });

  it('closes the hidden window even when rendering fails', async () => {
    const { ctx, document } = context({ pdfFails: true });
    await expect(handlePrint({ html: HTML, title: 'x', target: 'pdf' }, ctx)).rejects.toThrow('render failed');
    expect(document.close).toHaveBeenCalledOnce();
    expect(ctx.writeFile).not.toHaveBeenCalled();
  });

  it('derives a safe file name from the title: no path, no reserved characters', async () => {
    const { ctx } = context();
    await handlePrint({ html: HTML, title: '../../etc/passwd', target: 'pdf' }, ctx);
    expect(ctx.chooseSavePath.mock.calls[0]?.[0]).toMatchObject({ defaultFileName: 'etc passwd.pdf' });
  });

  it('derives a safe file name from any title (random titles rich in separators, dots and control characters)', async () => {
    const risky = fc.constantFrom('/', '\\', '..', '.', ' ', ':', '*', '?', '"', '<', '>', '|', '\u0000', '\u001f', '\u007f', '\n', 'C:', 'é', '名', '🙂');
    const titleArb = fc.array(fc.oneof(risky, fc.string({ maxLength: 8 })), { maxLength: 30 }).map((parts) => parts.join(''));
    await fc.assert(
      fc.asyncProperty(titleArb, async (title) => {
        const { ctx } = context();
        await handlePrint({ html: HTML, title, target: 'pdf' }, ctx);
        const name = ctx.chooseSavePath.mock.calls[0]![0].defaultFileName;
        expect(name.endsWith('.pdf')).toBe(true);
        const base = name.slice(0, -'.pdf'.length);
        expect(base.length).toBeGreaterThan(0);
        // eslint-disable-next-line no-control-regex
        expect(base).not.toMatch(/[<>:"/\\|?*\u0000-\u001f\u007f]/);
        expect(base).not.toMatch(/^[. ]|[. ]$/);
        expect(base.length).toBeLessThanOrEqual(120);
      }),
      { numRuns: 300 },
    );
  });
});

describe('print handler: invalid input', () => {
  it.each([
    ['no HTML', { html: '', title: 'x', target: 'printer' }],
    ['HTML that is not a string', { html: 42, title: 'x', target: 'printer' }],
    ['an unknown target', { html: HTML, title: 'x', target: 'fax' }],
    ['a missing title', { html: HTML, target: 'pdf' }],
    ['an over-long title', { html: HTML, title: 'x'.repeat(301), target: 'pdf' }],
    ['oversized HTML', { html: 'x'.repeat(MAX_PRINT_HTML_BYTES + 1), title: 'x', target: 'printer' }],
    ['oversized HTML counted in UTF-8 bytes', { html: '€'.repeat(MAX_PRINT_HTML_BYTES / 3 + 1), title: 'x', target: 'printer' }],
    ['a string instead of a request', HTML],
    ['nothing', undefined],
  ])('rejects %s without opening a window', async (_name, input) => {
    const { ctx } = context();
    await expect(handlePrint(input, ctx)).rejects.toBeInstanceOf(IpcInputError);
    expect(ctx.loadDocument).not.toHaveBeenCalled();
    expect(ctx.chooseSavePath).not.toHaveBeenCalled();
  });
});

describe('toSafeFileName', () => {
  it.each([
    ['Brief aan bezoeker', 'Brief aan bezoeker.pdf'],
    ['a/b\\c:d*e?f"g<h>i|j', 'a b c d e f g h i j.pdf'],
    ['..', 'document.pdf'],
    ['', 'document.pdf'],
    ['   ', 'document.pdf'],
    ['CON', 'document.pdf'],
    ['name. . .', 'name.pdf'],
    ['tab\tnew\nline', 'tab new line.pdf'],
  ])('%j → %j', (title, expected) => {
    expect(toSafeFileName(title, '.pdf')).toBe(expected);
  });

  it('caps the length', () => {
    expect(toSafeFileName('x'.repeat(500), '.pdf').length).toBeLessThanOrEqual(124);
  });
});
