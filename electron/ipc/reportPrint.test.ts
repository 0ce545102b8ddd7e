import { describe, expect, it, vi } from 'vitest';
import { IPC_CHANNELS } from '../../shared/host';
import { computeIndicators } from '../../shared/indicators/indicators';
import { indicatorReportHtml } from '../../shared/indicators/report';
import { withPrintPolicy } from '../../shared/security/csp';
import { createHostBridge } from '../bridge';
import { MAX_PRINT_HTML_BYTES, handlePrint, type PrintDocument } from './print';

/**
 * The indicator report printed on the Electron host (issue 10 point 4): HostApi.print in the
 * renderer is the preload bridge, which invokes the print channel; the main process renders the
 * page in a hidden script-less window and opens the system print dialog (or writes a PDF).
 */
const indicators = computeIndicators(
  {
    cases: [],
    contacts: [{ caseId: 'a', channel: 'balie', startedAt: '2026-03-02T09:00:00.000Z', outcome: 'answered' }],
    tasks: [],
    woo: [{ receivedOn: '2026-01-05', decideBy: '2026-02-02', decidedOn: '2026-01-30', suspensions: 0, extended: false }],
    notFound: [],
    callbackActions: [],
  },
  { from: '2026-01-01', to: '2026-12-31' },
);
const html = indicatorReportHtml(indicators, (key) => key, { lang: 'nl', centreName: 'Openbaarheidscentrum Zuid', periodText: '2026', number: String });

function electronHost() {
  const document = { print: vi.fn(async () => ({ success: true, failureReason: '' })), toPdf: vi.fn(async () => new Uint8Array([0x25, 0x50, 0x44, 0x46])), close: vi.fn() } satisfies PrintDocument;
  const ctx = {
    loadDocument: vi.fn(async (_html: string) => document),
    chooseSavePath: vi.fn(async (_request: unknown) => '/home/coordinator/Kengetallen 2026.pdf'),
    writeFile: vi.fn(async () => {}),
  };
  // What ipcMain does with the print channel (register.ts), without Electron.
  const invoke = vi.fn(async (channel: string, ...args: unknown[]) => {
    expect(channel).toBe(IPC_CHANNELS.print);
    return handlePrint(args[0], ctx);
  });
  const host = createHostBridge(invoke, () => {}, () => {});
  return { host, ctx, document, invoke };
}

describe('the indicator report through the Electron host', () => {
  it('reaches the print window as the report page with the print policy in front, and opens the print dialog', async () => {
    const { host, ctx, document, invoke } = electronHost();
    await expect(host.print({ html, title: 'Kengetallen 2026', target: 'printer' })).resolves.toEqual({ ok: true });
    expect(invoke).toHaveBeenCalledWith(IPC_CHANNELS.print, { html, title: 'Kengetallen 2026', target: 'printer' });
    expect(ctx.loadDocument).toHaveBeenCalledWith(withPrintPolicy(html));
    const loaded = ctx.loadDocument.mock.calls[0]![0];
    expect(loaded).toContain('<h1>report.title</h1>');
    expect(loaded).toContain('@page { size: A4;');
    expect(document.print).toHaveBeenCalledOnce();
    expect(document.close).toHaveBeenCalledOnce();
    // A year's report is far inside what the print channel accepts.
    expect(new TextEncoder().encode(html).length).toBeLessThan(MAX_PRINT_HTML_BYTES / 10);
  });

  it('can be saved as a PDF under the report title', async () => {
    const { host, ctx, document } = electronHost();
    await expect(host.print({ html, title: 'Kengetallen 2026', target: 'pdf' })).resolves.toEqual({ ok: true, savedTo: '/home/coordinator/Kengetallen 2026.pdf' });
    expect(ctx.chooseSavePath).toHaveBeenCalledWith(expect.objectContaining({ defaultFileName: 'Kengetallen 2026.pdf' }));
    expect(document.toPdf).toHaveBeenCalledOnce();
    expect(ctx.writeFile).toHaveBeenCalledWith('/home/coordinator/Kengetallen 2026.pdf', expect.any(Uint8Array));
  });
});
