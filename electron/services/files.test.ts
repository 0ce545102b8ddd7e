import { mkdir, mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAtomicTextFile } from './files';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'loket-files-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('atomic text file', () => {
  it('reads null before the first write', async () => {
    expect(await createAtomicTextFile(join(dir, 'store.json')).read()).toBeNull();
  });

  it('writes, replaces and leaves no temporary files behind', async () => {
    const file = createAtomicTextFile(join(dir, 'nested', 'store.json'));
    await file.write('one');
    await file.write('two');
    expect(await file.read()).toBe('two');
    expect(await readdir(join(dir, 'nested'))).toEqual(['store.json']);
  });

  it.skipIf(process.platform === 'win32')('creates the file readable by its owner only', async () => {
    const path = join(dir, 'store.json');
    await createAtomicTextFile(path).write('secret');
    expect((await stat(path)).mode & 0o077).toBe(0);
  });

  it('rethrows errors other than a missing file', async () => {
    const path = join(dir, 'a-directory');
    await mkdir(path);
    await expect(createAtomicTextFile(path).read()).rejects.toThrow(/EISDIR/);
  });
});
