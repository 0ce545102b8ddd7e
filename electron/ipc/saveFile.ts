import { extname } from 'node:path';
import { z } from 'zod';
import type { SaveFileResult } from '../../shared/host';
import type { FileFilter, SaveTargetContext } from './common';
import { fileNameSchema, parseInput, utf8Length } from './common';

/** Exports (CSV, JSON, a case file) are small; anything larger is a bug or abuse. */
export const MAX_SAVE_BYTES = 25 * 1024 * 1024;

export type SaveFileContext = SaveTargetContext;

const inputSchema = z.object({
  suggestedName: fileNameSchema,
  mimeType: z.string().max(127).regex(/^[a-z0-9][a-z0-9!#$&^_.+-]*\/[a-z0-9][a-z0-9!#$&^_.+-]*$/i, 'must be a MIME type'),
  data: z.union([
    z.string().refine((text) => utf8Length(text) <= MAX_SAVE_BYTES, `must be at most ${MAX_SAVE_BYTES} bytes`),
    z.instanceof(Uint8Array).refine((bytes) => bytes.byteLength <= MAX_SAVE_BYTES, `must be at most ${MAX_SAVE_BYTES} bytes`),
  ]),
});

export function filtersFor(fileName: string): FileFilter[] {
  const extension = extname(fileName).slice(1).toLowerCase();
  const all: FileFilter = { name: 'Alle bestanden', extensions: ['*'] };
  return /^[a-z0-9]{1,10}$/.test(extension) ? [{ name: extension.toUpperCase(), extensions: [extension] }, all] : [all];
}

/**
 * Asks the user where to save, then writes. The path comes from the operating system's dialog,
 * never from the renderer: the renderer only suggests a name.
 */
export async function handleSaveFile(input: unknown, ctx: SaveFileContext): Promise<SaveFileResult> {
  const request = parseInput(inputSchema, input, 'saveFile');
  const filePath = await ctx.chooseSavePath({
    defaultFileName: request.suggestedName,
    filters: filtersFor(request.suggestedName),
  });
  if (filePath === null) return { ok: false, cancelled: true };
  await ctx.writeFile(filePath, request.data);
  return { ok: true, savedTo: filePath };
}
