import { describe, expect, it, vi } from 'vitest';
import { IPC_CHANNELS, MENU_COMMANDS } from '../shared/host';
import type { HostApi, MenuCommand } from '../shared/host';
import { createHostBridge, isMenuCommand } from './bridge';
import type { IpcListener } from './bridge';

function setup(reply: unknown = undefined) {
  const invoke = vi.fn(async (_channel: string, ..._args: unknown[]) => reply);
  const listeners = new Map<string, Set<IpcListener>>();
  const on = vi.fn((channel: string, listener: IpcListener) => {
    if (!listeners.has(channel)) listeners.set(channel, new Set());
    listeners.get(channel)?.add(listener);
  });
  const off = vi.fn((channel: string, listener: IpcListener) => {
    listeners.get(channel)?.delete(listener);
  });
  const emit = (channel: string, event: unknown, ...args: unknown[]) => {
    for (const listener of listeners.get(channel) ?? []) listener(event, ...args);
  };
  return { bridge: createHostBridge(invoke, on, off), invoke, on, off, emit, listeners };
}

describe('host bridge (window.loket)', () => {
  it('exposes exactly the HostApi members, frozen', () => {
    const { bridge } = setup();
    expect(Object.keys(bridge).sort()).toEqual(['info', 'managedConfig', 'onMenuCommand', 'openLink', 'print', 'saveFile', 'secureStore']);
    expect(Object.keys(bridge.secureStore).sort()).toEqual(['delete', 'get', 'isEncrypted', 'set']);
    expect(Object.isFrozen(bridge)).toBe(true);
    expect(Object.isFrozen(bridge.secureStore)).toBe(true);
    // Compile-time: it implements the contract.
    const api: HostApi = bridge;
    expect(api).toBe(bridge);
  });

  it('does not expose ipcRenderer or a generic invoke', () => {
    const { bridge } = setup();
    const members = Object.values(bridge).concat(Object.values(bridge.secureStore));
    expect(members.every((member) => typeof member === 'function' || member === bridge.secureStore)).toBe(true);
    expect(bridge).not.toHaveProperty('invoke');
    expect(bridge).not.toHaveProperty('send');
    expect(bridge).not.toHaveProperty('ipcRenderer');
  });

  it('sends each call on its own named channel', async () => {
    const { bridge, invoke } = setup();
    await bridge.info();
    await bridge.managedConfig();
    await bridge.print({ html: '<p>x</p>', title: 'x', target: 'printer' });
    await bridge.saveFile({ suggestedName: 'a.csv', mimeType: 'text/csv', data: 'x' });
    await bridge.openLink('https://open.overheid.nl/');
    await bridge.secureStore.set('hub.refreshToken', 'v');
    await bridge.secureStore.get('hub.refreshToken');
    await bridge.secureStore.delete('hub.refreshToken');
    await bridge.secureStore.isEncrypted();
    expect(invoke.mock.calls).toEqual([
      [IPC_CHANNELS.info],
      [IPC_CHANNELS.managedConfig],
      [IPC_CHANNELS.print, { html: '<p>x</p>', title: 'x', target: 'printer' }],
      [IPC_CHANNELS.saveFile, { suggestedName: 'a.csv', mimeType: 'text/csv', data: 'x' }],
      [IPC_CHANNELS.openExternal, 'https://open.overheid.nl/'],
      [IPC_CHANNELS.secureSet, { key: 'hub.refreshToken', value: 'v' }],
      [IPC_CHANNELS.secureGet, { key: 'hub.refreshToken' }],
      [IPC_CHANNELS.secureDelete, { key: 'hub.refreshToken' }],
      [IPC_CHANNELS.secureIsEncrypted],
    ]);
  });

  it('returns what main answers', async () => {
    const info = { host: 'electron', name: 'Open Loket', version: '0.1.0', platform: 'linux' };
    await expect(setup(info).bridge.info()).resolves.toEqual(info);
    await expect(setup('secret').bridge.secureStore.get('k')).resolves.toBe('secret');
    const missing = { status: 'missing', locations: ['/etc/open-loket/config.json'] };
    await expect(setup(missing).bridge.managedConfig()).resolves.toEqual(missing);
    await expect(setup(true).bridge.openLink('https://open.overheid.nl/')).resolves.toBe(true);
    await expect(setup('yes').bridge.openLink('https://open.overheid.nl/')).resolves.toBe(false);
  });

  it('propagates rejections from main', async () => {
    const { bridge, invoke } = setup();
    invoke.mockRejectedValueOnce(new Error("Error invoking remote method 'loket:print': print: invalid input"));
    await expect(bridge.print({ html: '', title: '', target: 'pdf' })).rejects.toThrow(/invalid input/);
  });
});

describe('onMenuCommand', () => {
  it('delivers known commands without the IPC event', () => {
    const { bridge, emit } = setup();
    const received: unknown[][] = [];
    bridge.onMenuCommand((...args: unknown[]) => received.push(args));
    const event = { sender: { send: () => {} }, senderFrame: {} };
    emit(IPC_CHANNELS.menuCommand, event, 'go-woo');
    emit(IPC_CHANNELS.menuCommand, event, 'lock', 'extra');
    expect(received).toEqual([['go-woo'], ['lock']]);
  });

  it('drops unknown or malformed commands', () => {
    const { bridge, emit } = setup();
    const listener = vi.fn();
    bridge.onMenuCommand(listener);
    for (const bad of ['rm -rf', '', 42, null, { command: 'lock' }, undefined]) emit(IPC_CHANNELS.menuCommand, {}, bad);
    expect(listener).not.toHaveBeenCalled();
  });

  it('unsubscribes the same wrapper it subscribed, once', () => {
    const { bridge, on, off, listeners } = setup();
    const unsubscribe = bridge.onMenuCommand(() => {});
    expect(on).toHaveBeenCalledWith(IPC_CHANNELS.menuCommand, expect.any(Function));
    unsubscribe();
    unsubscribe();
    expect(off).toHaveBeenCalledOnce();
    expect(off.mock.calls[0]?.[1]).toBe(on.mock.calls[0]?.[1]);
    expect(listeners.get(IPC_CHANNELS.menuCommand)?.size).toBe(0);
  });

  it('keeps independent subscriptions apart', () => {
    const { bridge, emit } = setup();
    const first = vi.fn();
    const second = vi.fn();
    const stopFirst = bridge.onMenuCommand(first);
    bridge.onMenuCommand(second);
    stopFirst();
    emit(IPC_CHANNELS.menuCommand, {}, 'new-contact');
    expect(first).not.toHaveBeenCalled();
    expect(second).toHaveBeenCalledWith('new-contact');
  });

  it('refuses a non-function listener', () => {
    const { bridge } = setup();
    expect(() => bridge.onMenuCommand('alert' as unknown as (command: MenuCommand) => void)).toThrow(TypeError);
  });

  it('knows every command of the contract', () => {
    expect(MENU_COMMANDS.every(isMenuCommand)).toBe(true);
    expect(isMenuCommand('toString')).toBe(false);
  });
});
