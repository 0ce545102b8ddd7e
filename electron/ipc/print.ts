import { z } from 'zod';
import type { PrintResult } from '../../shared/host';
import { withPrintPolicy } from '../../shared/security/csp';
import type { SaveTargetContext } from './common';
import { parseInput, toSafeFileName, utf8Length } from './common';
import { checkChosenPath } from './saveFile';

/**
 * The print document is loaded as a base64 data: URL, and Chromium refuses URLs over 2 MiB;
 * 1 MB of HTML (about 1.4 MB encoded) stays well inside that and is far more than a letter,
 * case summary or receipt needs.
 */
export const MAX_PRINT_HTML_BYTES = 1_000_000;

/** A document rendered in a hidden, sandboxed, JavaScript-less window (services/printWindow.ts). */
export interface PrintDocument {
  /** Opens the system print dialog; resolves when the user printed or cancelled. */
  print(): Promise<{ success: boolean; failureReason: string }>;
  toPdf(): Promise<Uint8Array>;
  close(): void;
}

export interface PrintContext extends SaveTargetContext {
  loadDocument(html: string): Promise<PrintDocument>;
}

const inputSchema = z.object({
  html: z
    .string()
    .min(1)
    .refine((html) => utf8Length(html) <= MAX_PRINT_HTML_BYTES, `must be at most ${MAX_PRINT_HTML_BYTES} bytes`),
  title: z.string().max(300),
  target: z.enum(['printer', 'pdf']),
});

function isCancellation(failureReason: string): boolean {
  return /cancel/i.test(failureReason);
}

export async function handlePrint(input: unknown, ctx: PrintContext): Promise<PrintResult> {
  const request = parseInput(inputSchema, input, 'print');

  if (request.target === 'pdf') {
    // Ask first: a cancelled dialog should not cost a render.
    const chosen = await ctx.chooseSavePath({
      defaultFileName: toSafeFileName(request.title, '.pdf'),
      filters: [{ name: 'PDF', extensions: ['pdf'] }],
    });
    if (chosen === null) return { ok: false, cancelled: true };
    const filePath = checkChosenPath(chosen, 'pdf');
    const document = await ctx.loadDocument(withPrintPolicy(request.html));
    try {
      const pdf = await document.toPdf();
      await ctx.writeFile(filePath, pdf);
    } finally {
      document.close();
    }
    return { ok: true, savedTo: filePath };
  }

  const document = await ctx.loadDocument(withPrintPolicy(request.html));
  try {
    const outcome = await document.print();
    if (outcome.success) return { ok: true };
    return isCancellation(outcome.failureReason) ? { ok: false, cancelled: true } : { ok: false };
  } finally {
    document.close();
  }
}

/**
 * One print at a time: a second request while a print dialog is open or a PDF is being written
 * is answered with { ok: false, busy: true } instead of opening another hidden window. Keeps a
 * renderer (or a stuck key) from piling up windows and dialogs.
 */
export function oneAtATime(print: (input: unknown) => Promise<PrintResult>): (input: unknown) => Promise<PrintResult> {
  let busy = false;
  return async (input) => {
    if (busy) return { ok: false, busy: true };
    busy = true;
    try {
      return await print(input);
    } finally {
      busy = false;
    }
  };
}
