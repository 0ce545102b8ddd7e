import { basename, extname, isAbsolute } from 'node:path';
import { z } from 'zod';
import type { SaveFileResult } from '../../shared/host';
import type { FileFilter, SaveTargetContext } from './common';
import { IpcRefusedError, WINDOWS_RESERVED, fileNameSchema, parseInput, utf8Length } from './common';

/** Exports (CSV, JSON, a case file) are small; anything larger is a bug or abuse. */
export const MAX_SAVE_BYTES = 25 * 1024 * 1024;

/**
 * The only kinds of file the app writes, by MIME type. The extension is derived from the type –
 * never taken from the renderer – so a compromised page cannot drop a .lnk, .bat or .desktop
 * file into the user's folders.
 */
export const SAVE_TYPES: Readonly<Record<string, { extension: string; filterName: string }>> = Object.freeze({
  'application/json': { extension: 'json', filterName: 'JSON' },
  'text/csv': { extension: 'csv', filterName: 'CSV' },
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': { extension: 'xlsx', filterName: 'Excel' },
  'application/pdf': { extension: 'pdf', filterName: 'PDF' },
});

export type SaveFileContext = SaveTargetContext;

const inputSchema = z.object({
  suggestedName: fileNameSchema,
  mimeType: z.string().refine((type) => Object.hasOwn(SAVE_TYPES, type), `must be one of ${Object.keys(SAVE_TYPES).join(', ')}`),
  data: z.union([
    z.string().refine((text) => utf8Length(text) <= MAX_SAVE_BYTES, `must be at most ${MAX_SAVE_BYTES} bytes`),
    z.instanceof(Uint8Array).refine((bytes) => bytes.byteLength <= MAX_SAVE_BYTES, `must be at most ${MAX_SAVE_BYTES} bytes`),
  ]),
});

/** The dialog offers exactly this one type: no "all files" filter. */
export function filtersFor(mimeType: string): FileFilter[] {
  const type = SAVE_TYPES[mimeType];
  return type ? [{ name: type.filterName, extensions: [type.extension] }] : [];
}

/** The suggested name with the extension of its type (kept when it already ends in it). */
export function withExtension(name: string, extension: string): string {
  return extname(name).toLowerCase() === `.${extension}` ? name : `${name}.${extension}`;
}

/**
 * Checks the path the save dialog returned before anything is written: absolute, no control
 * characters, no Windows device name, and the extension of the type. A path without an extension
 * gets it (GTK dialogs do not add it); one with another extension is refused, because the user
 * (or something driving the dialog) chose to write a different kind of file.
 */
export function checkChosenPath(filePath: string, extension: string): string {
  // eslint-disable-next-line no-control-regex
  if (!isAbsolute(filePath) || /[\u0000-\u001f\u007f]/.test(filePath)) {
    throw new IpcRefusedError('saveFile: refused: the chosen location is not a plain absolute path');
  }
  const name = basename(filePath);
  if (WINDOWS_RESERVED.test(name)) throw new IpcRefusedError('saveFile: refused: the chosen name is a Windows device name');
  const chosen = extname(name).toLowerCase();
  if (chosen === '') return `${filePath}.${extension}`;
  if (chosen !== `.${extension}`) throw new IpcRefusedError(`saveFile: refused: the file must end in .${extension}`);
  return filePath;
}

/**
 * Asks the user where to save, then writes. The path comes from the operating system's dialog,
 * never from the renderer: the renderer only suggests a name.
 */
export async function handleSaveFile(input: unknown, ctx: SaveFileContext): Promise<SaveFileResult> {
  const request = parseInput(inputSchema, input, 'saveFile');
  const type = SAVE_TYPES[request.mimeType]!;
  const chosen = await ctx.chooseSavePath({
    defaultFileName: withExtension(request.suggestedName, type.extension),
    filters: filtersFor(request.mimeType),
  });
  if (chosen === null) return { ok: false, cancelled: true };
  const filePath = checkChosenPath(chosen, type.extension);
  await ctx.writeFile(filePath, request.data);
  return { ok: true, savedTo: filePath };
}
