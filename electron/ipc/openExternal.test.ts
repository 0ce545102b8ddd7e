import { describe, expect, it, vi } from 'vitest';
import { IpcInputError } from './common';
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
