import { act, cleanup, render, renderHook, screen } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ManagedConfigState } from '../../../../shared/host';
import { i18n, i18nReady } from '../../i18n';
import { host } from '../../host';
import { loadManagedConfig, resetManagedConfigCache } from './managedConfig';
import { SetupScreen, useSetupScreen } from './SetupScreen';
import { ReleaseStatus } from './ReleaseStatus';

beforeAll(async () => {
  await i18nReady;
  await i18n.changeLanguage('en');
});

beforeEach(() => {
  resetManagedConfigCache();
  vi.spyOn(host, 'info').mockResolvedValue({ host: 'electron', name: 'Open Loket', version: '0.1.0', platform: 'linux' });
});

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

describe('first-run screen', () => {
  it('says where IT must put the configuration when it is missing', () => {
    render(<SetupScreen state={{ status: 'missing', locations: ['C:\\ProgramData\\Open Loket\\config.json', 'HKLM\\SOFTWARE\\Policies\\Open Loket'] }} />);
    expect(screen.getByRole('heading', { level: 1, name: 'Open Loket has not been set up on this computer yet' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'No settings were found. Open Loket looked in:' })).toBeTruthy();
    expect(screen.getByText('C:\\ProgramData\\Open Loket\\config.json')).toBeTruthy();
    expect(screen.getByText('HKLM\\SOFTWARE\\Policies\\Open Loket')).toBeTruthy();
    expect(screen.getByText(/"hubUrl": "https:\/\/hub\.gemeente\.nl"/)).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('lists what is wrong with an invalid configuration, as an alert', () => {
    render(<SetupScreen state={{ status: 'invalid', sources: ['/etc/open-loket/config.json'], problems: ['hubUrl: must start with https://', 'workstation: is missing'] }} />);
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('The settings were found but are not valid:');
    expect(alert.textContent).toContain('hubUrl: must start with https://');
    expect(alert.textContent).toContain('workstation: is missing');
    expect(alert.textContent).toContain('Read from: /etc/open-loket/config.json');
  });

  it('shows the running version', async () => {
    render(<SetupScreen state={{ status: 'missing', locations: ['/etc/open-loket/config.json'] }} />);
    expect(await screen.findByText('Version 0.1.0')).toBeTruthy();
  });

  it.each<[string, ManagedConfigState, boolean]>([
    ['missing', { status: 'missing', locations: ['/etc/open-loket/config.json'] }, true],
    ['invalid', { status: 'invalid', sources: [], problems: ['centre: is missing'] }, true],
    ['managed', { status: 'managed', sources: [], config: { hubUrl: 'https://hub.gemeente.nl', centre: 'Stadhuis', workstation: 'K7Q', allowUnencryptedSecrets: false } }, false],
    ['unmanaged (development, browser host)', { status: 'unmanaged', hubUrl: 'http://127.0.0.1:8787' }, false],
  ])('replaces the workspace when the configuration is %s: %s', async (_name, state, shown) => {
    vi.spyOn(host, 'managedConfig').mockResolvedValue(state);
    const { result } = renderHook(() => useSetupScreen());
    // Let the host's answer arrive and the hook re-render with it.
    await act(async () => {
      await loadManagedConfig();
    });
    expect(host.managedConfig).toHaveBeenCalledOnce();
    expect(result.current !== null).toBe(shown);
  });

  it('shows nothing while the host has not answered', () => {
    vi.spyOn(host, 'managedConfig').mockReturnValue(new Promise(() => {}));
    const { result } = renderHook(() => useSetupScreen());
    expect(result.current).toBeNull();
  });
});

describe('version and update notice', () => {
  it('shows the version, and no notice when the hub requires nothing newer', async () => {
    vi.spyOn(host, 'info').mockResolvedValue({ host: 'electron', name: 'Open Loket', version: '0.2.0', platform: 'win32', hubUrl: 'https://hub.gemeente.nl' });
    vi.stubGlobal('fetch', vi.fn(async () => new Response(JSON.stringify({ minimumDeskVersion: '0.2.0' }))));
    render(<ReleaseStatus />);
    expect(await screen.findByText('Version 0.2.0')).toBeTruthy();
    expect(screen.queryByText(/or newer is required/)).toBeNull();
  });

  it('tells staff to contact IT when the hub requires a newer version', async () => {
    vi.spyOn(host, 'info').mockResolvedValue({ host: 'electron', name: 'Open Loket', version: '0.1.0', platform: 'win32', hubUrl: 'https://hub.gemeente.nl' });
    const fetchMock = vi.fn(async () => new Response(JSON.stringify({ status: 'ok', minimumDeskVersion: '0.3.0' })));
    vi.stubGlobal('fetch', fetchMock);
    render(<ReleaseStatus />);
    expect(await screen.findByText('Version 0.3.0 or newer is required: ask IT to update Open Loket')).toBeTruthy();
    expect(screen.getByText('Version 0.1.0')).toBeTruthy();
    expect(fetchMock).toHaveBeenCalledWith('https://hub.gemeente.nl/health', { cache: 'no-store' });
  });

  it('does not ask a hub when none is configured', async () => {
    const fetchMock = vi.fn();
    vi.stubGlobal('fetch', fetchMock);
    render(<ReleaseStatus />);
    expect(await screen.findByText('Version 0.1.0')).toBeTruthy();
    expect(fetchMock).not.toHaveBeenCalled();
  });
});
