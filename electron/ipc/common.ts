import { z } from 'zod';

/**
 * Shared pieces of the IPC handlers. A handler is `(input: unknown, ctx) => result`: input is
 * whatever the renderer sent (never trusted), ctx holds the Electron-backed functions, injected
 * so the handler's logic is tested with fakes.
 */

/** Bad input from the renderer. Its message is safe to send back: it names fields, never values. */
export class IpcInputError extends Error {
  override name = 'IpcInputError';
}

/**
 * A request the host refuses on purpose (policy, not a bug). Like IpcInputError its message is
 * passed to the renderer unchanged, so it must not contain data.
 */
export class IpcRefusedError extends Error {
  override name = 'IpcRefusedError';
}

export function parseInput<S extends z.ZodType>(schema: S, input: unknown, capability: string): z.output<S> {
  const result = schema.safeParse(input);
  if (!result.success) {
    throw new IpcInputError(`${capability}: invalid input: ${z.prettifyError(result.error)}`);
  }
  return result.data;
}

export const WINDOWS_RESERVED = /^(?:con|prn|aux|nul|com[0-9]|lpt[0-9])(?:\..*)?$/i;

/**
 * A suggested file name the renderer may propose for a save dialog: one plain name, no
 * directories, nothing Windows or Linux would treat specially. Refused rather than rewritten,
 * so a caller's mistake is visible.
 */
export const fileNameSchema = z
  .string()
  .min(1)
  .max(200)
  .refine((name) => !/[<>:"/\\|?*]/.test(name), 'must not contain < > : " / \\ | ? *')
  // eslint-disable-next-line no-control-regex
  .refine((name) => !/[\u0000-\u001f\u007f]/.test(name), 'must not contain control characters')
  .refine((name) => name.trim() === name && !name.endsWith('.'), 'must not start or end with a space or end with a dot')
  .refine((name) => !name.startsWith('.'), 'must not start with a dot')
  .refine((name) => !WINDOWS_RESERVED.test(name), 'is a reserved device name on Windows');

/** Turns free text (a document title) into a safe file name, for names the host derives itself. */
export function toSafeFileName(text: string, extension: string, fallback = 'document'): string {
  const cleaned = text
    // eslint-disable-next-line no-control-regex
    .replace(/[<>:"/\\|?*\u0000-\u001f\u007f]+/g, ' ')
    .replace(/\s+/g, ' ')
    // No leading dots or spaces (hidden files, "..") and no trailing ones (Windows drops them).
    .replace(/^[. ]+/, '')
    .slice(0, 120)
    .replace(/[. ]+$/, '');
  const base = cleaned === '' || WINDOWS_RESERVED.test(cleaned) ? fallback : cleaned;
  return `${base}${extension}`;
}

export function utf8Length(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}

export interface FileFilter {
  name: string;
  extensions: string[];
}

/** Save-dialog and file-writing functions shared by print (PDF) and saveFile. */
export interface SaveTargetContext {
  /** Shows the save dialog; resolves to the chosen absolute path, or null when cancelled. */
  chooseSavePath(request: { defaultFileName: string; filters: FileFilter[] }): Promise<string | null>;
  writeFile(filePath: string, data: Uint8Array | string): Promise<void>;
}
