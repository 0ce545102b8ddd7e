import { describe, expect, it, vi } from 'vitest';
import { loadManagedConfig, managedConfigPath, ownershipProblem } from './managedConfig';
import type { ManagedConfigSources } from './managedConfig';

const VALID = JSON.stringify({ hubUrl: 'https://hub.gemeente.nl', centre: 'Stadhuis', workstation: 'K7Q' });
const ROOT_OWNED = { uid: 0, mode: 0o100644 };

function linux(files: Record<string, string>, owner = ROOT_OWNED): ManagedConfigSources {
  return {
    platform: 'linux',
    env: {},
    readFile: vi.fn(async (path: string) => files[path] ?? null),
    statFile: vi.fn(async () => owner),
  };
}

function windows(file: string | null, policy: Record<string, string | number | string[]> | null): ManagedConfigSources {
  return {
    platform: 'win32',
    env: { ProgramData: 'D:\\ProgramData' },
    readFile: vi.fn(async (path: string) => (path === 'D:\\ProgramData\\Open Loket\\config.json' ? file : null)),
    readPolicy: vi.fn(async () => policy),
  };
}

describe('where the managed configuration lives', () => {
  it('is machine-wide on every platform', () => {
    expect(managedConfigPath('linux', {})).toBe('/etc/open-loket/config.json');
    expect(managedConfigPath('win32', { ProgramData: 'C:\\ProgramData' })).toBe('C:\\ProgramData\\Open Loket\\config.json');
    expect(managedConfigPath('win32', {})).toBe('C:\\ProgramData\\Open Loket\\config.json');
    expect(managedConfigPath('darwin', {})).toBe('/Library/Application Support/Open Loket/config.json');
  });
});

describe('loading the managed configuration (Linux)', () => {
  it('reads /etc/open-loket/config.json', async () => {
    await expect(loadManagedConfig(linux({ '/etc/open-loket/config.json': VALID }))).resolves.toEqual({
      status: 'managed',
      sources: ['/etc/open-loket/config.json'],
      config: { hubUrl: 'https://hub.gemeente.nl', centre: 'Stadhuis', workstation: 'K7Q', allowUnencryptedSecrets: false },
    });
  });

  it('reports a missing file with the place it looked', async () => {
    await expect(loadManagedConfig(linux({}))).resolves.toEqual({ status: 'missing', locations: ['/etc/open-loket/config.json'] });
  });

  it('reports invalid settings by field', async () => {
    const text = JSON.stringify({ hubUrl: 'http://hub.gemeente.nl', centre: 'Stadhuis', workstation: 'K7Q' });
    await expect(loadManagedConfig(linux({ '/etc/open-loket/config.json': text }))).resolves.toEqual({
      status: 'invalid',
      sources: ['/etc/open-loket/config.json'],
      problems: ['hubUrl: must start with https://'],
    });
  });

  it.each([
    ['not JSON', '{hubUrl:', '/etc/open-loket/config.json: is not valid JSON'],
    ['a JSON list', '[]', '/etc/open-loket/config.json: must be a JSON object'],
  ])('reports a file that is %s', async (_name, text, problem) => {
    const state = await loadManagedConfig(linux({ '/etc/open-loket/config.json': text }));
    expect(state).toEqual({ status: 'invalid', sources: ['/etc/open-loket/config.json'], problems: [problem] });
  });

  it('refuses a file that someone other than root can change', async () => {
    const notRoot = await loadManagedConfig(linux({ '/etc/open-loket/config.json': VALID }, { uid: 1000, mode: 0o100644 }));
    expect(notRoot).toMatchObject({ status: 'invalid', problems: ['/etc/open-loket/config.json: the file must be owned by root'] });
    const worldWritable = await loadManagedConfig(linux({ '/etc/open-loket/config.json': VALID }, { uid: 0, mode: 0o100666 }));
    expect(worldWritable).toMatchObject({ status: 'invalid', problems: [expect.stringMatching(/not be writable by group or others/)] });
  });

  it('checks ownership and mode bits', () => {
    expect(ownershipProblem({ uid: 0, mode: 0o100644 })).toBeNull();
    expect(ownershipProblem({ uid: 0, mode: 0o100600 })).toBeNull();
    expect(ownershipProblem({ uid: 0, mode: 0o100664 })).toMatch(/writable/);
    expect(ownershipProblem({ uid: 0, mode: 0o100646 })).toMatch(/writable/);
    expect(ownershipProblem({ uid: 501, mode: 0o100644 })).toMatch(/owned by root/);
  });
});

describe('loading the managed configuration (Windows)', () => {
  it('reads %ProgramData%\\Open Loket\\config.json', async () => {
    const state = await loadManagedConfig(windows(VALID, null));
    expect(state).toMatchObject({ status: 'managed', sources: ['D:\\ProgramData\\Open Loket\\config.json'], config: { hubUrl: 'https://hub.gemeente.nl' } });
  });

  it('lets the policy registry key override the file, value by value', async () => {
    const state = await loadManagedConfig(windows(VALID, { HubUrl: 'https://hub2.gemeente.nl', AllowUnencryptedSecrets: 1 }));
    expect(state).toEqual({
      status: 'managed',
      sources: ['D:\\ProgramData\\Open Loket\\config.json', 'HKLM\\SOFTWARE\\Policies\\Open Loket'],
      config: { hubUrl: 'https://hub2.gemeente.nl', centre: 'Stadhuis', workstation: 'K7Q', allowUnencryptedSecrets: true },
    });
  });

  it('works from the policy key alone', async () => {
    const state = await loadManagedConfig(windows(null, { HubUrl: 'https://hub.gemeente.nl', Centre: 'Stadhuis', Workstation: 'AB' }));
    expect(state).toMatchObject({ status: 'managed', sources: ['HKLM\\SOFTWARE\\Policies\\Open Loket'], config: { workstation: 'AB' } });
  });

  it('reports missing with both places it looked', async () => {
    await expect(loadManagedConfig(windows(null, null))).resolves.toEqual({
      status: 'missing',
      locations: ['D:\\ProgramData\\Open Loket\\config.json', 'HKLM\\SOFTWARE\\Policies\\Open Loket'],
    });
    // A policy key without any of our values counts as not set.
    await expect(loadManagedConfig(windows(null, { Other: 'x' }))).resolves.toMatchObject({ status: 'missing' });
  });

  it('reports an incomplete policy key', async () => {
    const state = await loadManagedConfig(windows(null, { HubUrl: 'https://hub.gemeente.nl' }));
    expect(state).toEqual({
      status: 'invalid',
      sources: ['HKLM\\SOFTWARE\\Policies\\Open Loket'],
      problems: ['centre: is missing', 'workstation: is missing'],
    });
  });
});

describe('extra external hosts in the managed configuration', () => {
  const withHosts = (externalHosts: unknown) =>
    JSON.stringify({ hubUrl: 'https://hub.gemeente.nl', centre: 'Stadhuis', workstation: 'K7Q', externalHosts });

  it('reads externalHosts from /etc/open-loket/config.json', async () => {
    const state = await loadManagedConfig(linux({ '/etc/open-loket/config.json': withHosts(['www.utrecht.nl', '*.provincie-utrecht.nl']) }));
    expect(state).toMatchObject({ status: 'managed', config: { externalHosts: ['www.utrecht.nl', '*.provincie-utrecht.nl'] } });
  });

  it('refuses the whole file for one malformed entry, naming the entry', async () => {
    const state = await loadManagedConfig(linux({ '/etc/open-loket/config.json': withHosts(['www.utrecht.nl', 'https://www.provincie-utrecht.nl/woo']) }));
    expect(state).toEqual({
      status: 'invalid',
      sources: ['/etc/open-loket/config.json'],
      problems: ['externalHosts.1: must be a host name in lower case such as www.gemeente.nl, or *.gemeente.nl for its subdomains (no https://, path or port)'],
    });
  });

  it('takes the Windows policy value (REG_MULTI_SZ) over the file', async () => {
    const state = await loadManagedConfig(windows(withHosts(['www.oud.nl']), { ExternalHosts: ['www.utrecht.nl', '*.provincie-utrecht.nl'] }));
    expect(state).toMatchObject({ status: 'managed', config: { externalHosts: ['www.utrecht.nl', '*.provincie-utrecht.nl'] } });
  });

  it('refuses a malformed policy entry (;-separated REG_SZ) too', async () => {
    const state = await loadManagedConfig(windows(VALID, { ExternalHosts: 'www.utrecht.nl;*.nl' }));
    expect(state).toMatchObject({ status: 'invalid', problems: [expect.stringMatching(/^externalHosts\.1: must be a host name/)] });
  });
});
