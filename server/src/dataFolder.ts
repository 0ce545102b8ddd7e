import { chmod, mkdir, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * The embedded PGlite folder holds every visitor's name and question (WAL files included), so
 * only the hub's own account may read it. main.ts also sets umask 077 before PGlite writes, so
 * files created later are private too.
 */
export class DataFolderError extends Error {
  override name = 'DataFolderError';
}

/**
 * Creates the folder 0700 when missing. An existing one is refused when other accounts can enter
 * it (the folder or any folder inside it has a group/other bit); otherwise its files lose any
 * group/other bits. (PGlite's file system layer creates files 0666 whatever the umask; inside a
 * 0700 folder nobody else can reach them, and tightening them is a second lock.)
 */
export async function preparePrivateFolder(dir: string, platform: NodeJS.Platform = process.platform): Promise<void> {
  // Windows has no POSIX modes; its ACLs are the installer's job (server/README.md).
  if (platform === 'win32') {
    await mkdir(dir, { recursive: true });
    return;
  }
  const existing = await stat(dir).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return undefined;
    throw error;
  });
  if (!existing) {
    await mkdir(dir, { recursive: true, mode: 0o700 });
    // mkdir's mode is filtered by the umask; say it exactly.
    await chmod(dir, 0o700);
    return;
  }
  if (!existing.isDirectory()) throw new DataFolderError(`${dir} is not a folder`);
  const open = await openToOthers(dir);
  if (open.length) {
    throw new DataFolderError(
      `the hub data folder ${dir} is readable by other accounts (${open.slice(0, 3).join(', ')}${open.length > 3 ? ', …' : ''}); ` +
        `it holds visitors' personal data. Fix it with: chmod -R go-rwx ${dir}`,
    );
  }
  await tightenFiles(dir);
}

/** Folders (this one and every one inside) that other accounts may enter or list. */
export async function openToOthers(dir: string): Promise<string[]> {
  const found: string[] = [];
  const walk = async (path: string): Promise<void> => {
    const info = await stat(path);
    if (!info.isDirectory()) return;
    if (info.mode & 0o077) found.push(`${path} (${(info.mode & 0o777).toString(8)})`);
    for (const entry of await readdir(path)) await walk(join(path, entry));
  };
  await walk(dir);
  return found;
}

/** Removes group/other bits from every file below `dir`. */
export async function tightenFiles(dir: string): Promise<void> {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) await tightenFiles(path);
    else if (entry.isFile()) {
      const mode = (await stat(path)).mode & 0o777;
      if (mode & 0o077) await chmod(path, mode & 0o700);
    }
  }
}
