import { describe, expect, it, vi } from 'vitest';
import { createPolicyReader, parseRegQueryOutput, policyToConfig } from './registry';

// As printed by `reg query "HKLM\SOFTWARE\Policies\Open Loket"` on Windows 11.
const OUTPUT = [
  '',
  'HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Open Loket',
  '    HubUrl    REG_SZ    https://hub.gemeente.nl',
  '    Centre    REG_SZ    Openbaarheidscentrum  Stadhuis',
  '    Workstation    REG_EXPAND_SZ    K7Q',
  '    AllowUnencryptedSecrets    REG_DWORD    0x1',
  '    Binary    REG_BINARY    0102',
  '',
  'HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Open Loket\\Sub',
  '',
].join('\r\n');

describe('Windows policy registry key', () => {
  it('parses reg query output: strings, expandable strings and DWORDs', () => {
    expect(parseRegQueryOutput(OUTPUT)).toEqual({
      HubUrl: 'https://hub.gemeente.nl',
      Centre: 'Openbaarheidscentrum  Stadhuis',
      Workstation: 'K7Q',
      AllowUnencryptedSecrets: 1,
    });
  });

  it('maps value names to settings, the opt-in DWORD to a boolean, and ignores other values', () => {
    expect(policyToConfig({ HubUrl: 'https://hub.gemeente.nl', AllowUnencryptedSecrets: 0, Other: 'x' })).toEqual({
      hubUrl: 'https://hub.gemeente.nl',
      allowUnencryptedSecrets: false,
    });
    // A wrongly typed value is passed on, so validation names it instead of ignoring it.
    expect(policyToConfig({ AllowUnencryptedSecrets: 'yes' })).toEqual({ allowUnencryptedSecrets: 'yes' });
  });

  it('runs reg.exe by absolute path in the 64-bit view and reads its output', async () => {
    const run = vi.fn(async () => ({ code: 0, stdout: OUTPUT }));
    const read = createPolicyReader({ SystemRoot: 'C:\\Windows' }, run);
    await expect(read()).resolves.toMatchObject({ HubUrl: 'https://hub.gemeente.nl' });
    const [file, args] = run.mock.calls[0] as unknown as [string, string[]];
    expect(file.replace(/\//g, '\\')).toBe('C:\\Windows\\System32\\reg.exe');
    expect(args).toEqual(['query', 'HKLM\\SOFTWARE\\Policies\\Open Loket', '/reg:64']);
  });

  it('answers null when the key does not exist (reg.exe exits with 1)', async () => {
    const read = createPolicyReader({}, async () => ({ code: 1, stdout: '' }));
    await expect(read()).resolves.toBeNull();
  });

  it('reads a REG_MULTI_SZ host list (reg.exe joins its items with a literal \\0)', () => {
    const output = [
      'HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Open Loket',
      '    ExternalHosts    REG_MULTI_SZ    www.utrecht.nl\\0*.provincie-utrecht.nl',
      '    Empty    REG_MULTI_SZ    ',
    ].join('\r\n');
    expect(parseRegQueryOutput(output)).toEqual({ ExternalHosts: ['www.utrecht.nl', '*.provincie-utrecht.nl'], Empty: [] });
    expect(policyToConfig(parseRegQueryOutput(output))).toEqual({ externalHosts: ['www.utrecht.nl', '*.provincie-utrecht.nl'] });
  });

  it('also takes the host list as a REG_SZ separated by semicolons', () => {
    expect(policyToConfig({ ExternalHosts: ' www.utrecht.nl; *.provincie-utrecht.nl ;' })).toEqual({
      externalHosts: ['www.utrecht.nl', '*.provincie-utrecht.nl'],
    });
    // A DWORD is passed on as it is, so validation reports it instead of it being ignored.
    expect(policyToConfig({ ExternalHosts: 1 })).toEqual({ externalHosts: 1 });
  });
});
