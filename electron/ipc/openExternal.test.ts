import { describe, expect, it, vi } from 'vitest';
import { IpcInputError } from './common';
import { loadManagedConfig } from '../deploy/managedConfig';
import { combineExternalHosts } from '../security/externalUrl';
import { handleOpenExternal } from './openExternal';

function context(allowList?: readonly string[]) {
  return { openInBrowser: vi.fn(async (_url: string) => {}), log: vi.fn(), ...(allowList ? { allowList } : {}) };
}

describe('openExternal handler', () => {
  it('opens an allow-listed https link and reports true', async () => {
    const ctx = context();
    await expect(handleOpenExternal('https://open.overheid.nl/documenten/1', ctx)).resolves.toBe(true);
    expect(ctx.openInBrowser).toHaveBeenCalledWith('https://open.overheid.nl/documenten/1');
  });

  it('passes the normalised URL, not the raw input', async () => {
    const ctx = context();
    await handleOpenExternal('HTTPS://WETTEN.OVERHEID.NL/BWBR0045754', ctx);
    expect(ctx.openInBrowser).toHaveBeenCalledWith('https://wetten.overheid.nl/BWBR0045754');
  });

  it.each([
    'javascript:alert(1)',
    'file:///etc/passwd',
    'file://server/share/x.exe',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'ms-settings:',
    'https://example.com/',
    'https://user:pw@open.overheid.nl/',
    'not a url',
    '',
  ])('refuses %j without opening anything', async (url) => {
    const ctx = context();
    await expect(handleOpenExternal(url, ctx)).resolves.toBe(false);
    expect(ctx.openInBrowser).not.toHaveBeenCalled();
    expect(ctx.log).toHaveBeenCalledOnce();
    // The log names scheme and host only.
    expect(String(ctx.log.mock.calls[0]?.[0])).not.toContain('alert');
  });

  it.each([undefined, null, 42, { url: 'https://open.overheid.nl/' }, ['https://open.overheid.nl/']])(
    'rejects a non-string (%j) as invalid input',
    async (input) => {
      const ctx = context();
      await expect(handleOpenExternal(input, ctx)).rejects.toBeInstanceOf(IpcInputError);
      expect(ctx.openInBrowser).not.toHaveBeenCalled();
    },
  );

  it('rejects an oversized URL before looking at it', async () => {
    const ctx = context();
    await expect(handleOpenExternal(`https://open.overheid.nl/${'a'.repeat(5000)}`, ctx)).rejects.toThrow(/openExternal: invalid input/);
  });

  it('uses the configured allow-list', async () => {
    const ctx = context(['www.gemeente.nl']);
    await expect(handleOpenExternal('https://open.overheid.nl/', ctx)).resolves.toBe(false);
    await expect(handleOpenExternal('https://www.gemeente.nl/', ctx)).resolves.toBe(true);
  });
});

describe('openExternal with the hosts IT added in the managed configuration', () => {
  // The path main.ts takes: load the file, combine its externalHosts with the built-in sources.
  async function allowListFrom(config: Record<string, unknown>): Promise<readonly string[]> {
    const text = JSON.stringify({ hubUrl: 'https://hub.gemeente.nl', centre: 'Stadhuis', workstation: 'K7Q', ...config });
    const state = await loadManagedConfig({
      platform: 'linux',
      env: {},
      readFile: async (path) => (path === '/etc/open-loket/config.json' ? text : null),
      statFile: async () => ({ uid: 0, mode: 0o100644 }),
    });
    if (state.status !== 'managed') throw new Error(`expected a managed configuration, got ${JSON.stringify(state)}`);
    return combineExternalHosts(state.config.externalHosts);
  }

  it('opens a link on an added host and on its subdomains when given as a pattern', async () => {
    const ctx = context(await allowListFrom({ externalHosts: ['www.utrecht.nl', '*.provincie-utrecht.nl'] }));
    await expect(handleOpenExternal('https://www.utrecht.nl/woo/besluit-2024-17.pdf', ctx)).resolves.toBe(true);
    await expect(handleOpenExternal('https://woo.provincie-utrecht.nl/document/9', ctx)).resolves.toBe(true);
    expect(ctx.openInBrowser).toHaveBeenCalledWith('https://www.utrecht.nl/woo/besluit-2024-17.pdf');
    expect(ctx.openInBrowser).toHaveBeenCalledWith('https://woo.provincie-utrecht.nl/document/9');
  });

  it('keeps the built-in sources and refuses unlisted hosts, plain http and the bare pattern domain', async () => {
    const ctx = context(await allowListFrom({ externalHosts: ['www.utrecht.nl', '*.provincie-utrecht.nl'] }));
    await expect(handleOpenExternal('https://open.overheid.nl/documenten/1', ctx)).resolves.toBe(true);
    await expect(handleOpenExternal('https://www.amersfoort.nl/woo', ctx)).resolves.toBe(false);
    await expect(handleOpenExternal('https://utrecht.nl/woo', ctx)).resolves.toBe(false);
    await expect(handleOpenExternal('http://www.utrecht.nl/woo', ctx)).resolves.toBe(false);
    await expect(handleOpenExternal('https://provincie-utrecht.nl/', ctx)).resolves.toBe(false);
    await expect(handleOpenExternal('https://www.utrecht.nl.evil.example/', ctx)).resolves.toBe(false);
    expect(ctx.openInBrowser).toHaveBeenCalledTimes(1);
  });

  it('refuses a municipality site when IT added nothing', async () => {
    const ctx = context(await allowListFrom({}));
    await expect(handleOpenExternal('https://www.utrecht.nl/woo', ctx)).resolves.toBe(false);
    expect(ctx.openInBrowser).not.toHaveBeenCalled();
  });

  it('never widens the list with a malformed entry, whichever way it arrives', () => {
    expect(() => combineExternalHosts(['www.utrecht.nl', '*'])).toThrow('Invalid external host pattern: "*"');
    expect(combineExternalHosts(['open.overheid.nl', 'www.utrecht.nl'])).toEqual([
      'open.overheid.nl',
      'wetten.overheid.nl',
      'zoek.officielebekendmakingen.nl',
      'woogle.wooverheid.nl',
      'autoriteitpersoonsgegevens.nl',
      'www.autoriteitpersoonsgegevens.nl',
      'www.utrecht.nl',
    ]);
  });
});
