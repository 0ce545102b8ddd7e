import { mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { TextFile } from './secureStoreService';

function isNotFound(error: unknown): boolean {
  return (error as { code?: unknown } | null)?.code === 'ENOENT';
}

/**
 * A small text file replaced atomically (write a sibling, then rename over the original), so a
 * crash mid-write leaves either the old or the new content, never half a JSON document. Created
 * with mode 0600: other accounts on a shared desk PC cannot read it.
 */
export function createAtomicTextFile(filePath: string): TextFile {
  return {
    async read() {
      try {
        return await readFile(filePath, 'utf8');
      } catch (error) {
        if (isNotFound(error)) return null;
        throw error;
      }
    },
    async write(text) {
      await mkdir(dirname(filePath), { recursive: true });
      const temporary = `${filePath}.${process.pid}.tmp`;
      try {
        await writeFile(temporary, text, { encoding: 'utf8', mode: 0o600 });
        await rename(temporary, filePath);
      } catch (error) {
        await rm(temporary, { force: true });
        throw error;
      }
    },
  };
}

/** A file's text, or null when it does not exist (for optional files such as the managed config). */
export async function readOptionalText(filePath: string): Promise<string | null> {
  try {
    return await readFile(filePath, 'utf8');
  } catch (error) {
    if (isNotFound(error)) return null;
    throw error;
  }
}

/** Owner and mode bits (POSIX), to check that a configuration file is admin-owned. */
export async function fileOwner(filePath: string): Promise<{ uid: number; mode: number }> {
  const { uid, mode } = await stat(filePath);
  return { uid, mode };
}
