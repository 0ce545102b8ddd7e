import { describe, expect, it, vi } from 'vitest';
import { afterAllArtifactBuild as hook } from './signDeb.mjs';

const ARTIFACTS = ['/r/open-loket_0.1.0_amd64.deb', '/r/open-loket-0.1.0-x64.msi', '/r/latest-linux.yml'];

describe('.deb signing hook', () => {
  it('writes a detached signature for each .deb with the configured key, and returns them', async () => {
    const run = vi.fn(async () => {});
    const result = await hook({ artifactPaths: ARTIFACTS }, { env: { LOKET_DEB_SIGNING_KEY: '0123456789ABCDEF' }, run, warn: vi.fn() });
    expect(result).toEqual(['/r/open-loket_0.1.0_amd64.deb.asc']);
    expect(run).toHaveBeenCalledExactlyOnceWith([
      '--batch', '--yes', '--local-user', '0123456789ABCDEF', '--armor', '--detach-sign',
      '--output', '/r/open-loket_0.1.0_amd64.deb.asc', '/r/open-loket_0.1.0_amd64.deb',
    ]);
  });

  it('fails a release without a key', async () => {
    await expect(hook({ artifactPaths: ARTIFACTS }, { env: { LOKET_RELEASE: '1' }, run: vi.fn(), warn: vi.fn() })).rejects.toThrow(
      /LOKET_DEB_SIGNING_KEY is not set/,
    );
  });

  it('warns on a development build without a key, and signs nothing', async () => {
    const run = vi.fn();
    const warn = vi.fn();
    await expect(hook({ artifactPaths: ARTIFACTS }, { env: {}, run, warn })).resolves.toEqual([]);
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/unsigned/));
    expect(run).not.toHaveBeenCalled();
  });

  it('refuses a key value that could be read as a gpg option', async () => {
    await expect(hook({ artifactPaths: ARTIFACTS }, { env: { LOKET_DEB_SIGNING_KEY: '--homedir=/tmp/x' }, run: vi.fn(), warn: vi.fn() })).rejects.toThrow(
      /key id, fingerprint or e-mail/,
    );
  });

  it('does nothing without a .deb (a Windows build)', async () => {
    const run = vi.fn();
    await expect(hook({ artifactPaths: ['/r/x.msi'] }, { env: { LOKET_RELEASE: '1' }, run, warn: vi.fn() })).resolves.toEqual([]);
    expect(run).not.toHaveBeenCalled();
  });
});
