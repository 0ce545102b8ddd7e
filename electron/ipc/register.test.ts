import { describe, expect, it, vi } from 'vitest';
import { IPC_CHANNELS } from '../../shared/host';
import { IpcInputError } from './common';
import { IpcSenderError, createChannelHandlers, invokeGuarded, registerIpcHandlers } from './register';
import type { ChannelHandlers, HandlerContexts, InvokeEventLike } from './register';

const APP_EVENT: InvokeEventLike = { senderFrame: { url: 'app://loket/index.html' } };

function contexts(): HandlerContexts {
  return {
    info: { name: 'Open Loket', version: '0.1.0', platform: 'linux' },
    managedConfig: { state: { status: 'missing', locations: ['/etc/open-loket/config.json'] } },
    print: {
      loadDocument: vi.fn(),
      chooseSavePath: vi.fn(async () => null),
      writeFile: vi.fn(),
    },
    saveFile: { chooseSavePath: vi.fn(async () => null), writeFile: vi.fn() },
    openExternal: { openInBrowser: vi.fn(async () => {}) },
    secureStore: {
      set: vi.fn(async () => {}),
      get: vi.fn(async () => 'token'),
      delete: vi.fn(async () => {}),
      isEncrypted: vi.fn(async () => true),
    },
  };
}

/** A fake ipcMain that records handlers and lets tests invoke them like a renderer would. */
function fakeIpcMain() {
  const handlers = new Map<string, (event: InvokeEventLike, ...args: unknown[]) => unknown>();
  return {
    handlers,
    handle: vi.fn((channel: string, listener: (event: InvokeEventLike, ...args: unknown[]) => unknown) => {
      if (handlers.has(channel)) throw new Error(`duplicate handler for ${channel}`);
      handlers.set(channel, listener);
    }),
    async invoke(channel: string, event: InvokeEventLike, ...args: unknown[]): Promise<unknown> {
      const listener = handlers.get(channel);
      if (!listener) throw new Error(`No handler registered for '${channel}'`);
      return listener(event, ...args);
    },
  };
}

describe('IPC registration', () => {
  it('registers every invoke channel of the contract, once, and nothing for menu commands', () => {
    const ipcMain = fakeIpcMain();
    registerIpcHandlers(ipcMain, createChannelHandlers(contexts()));
    const expected = Object.values(IPC_CHANNELS).filter((channel) => channel !== IPC_CHANNELS.menuCommand);
    expect([...ipcMain.handlers.keys()].sort()).toEqual([...expected].sort());
  });

  it('routes each channel to its handler', async () => {
    const ctx = contexts();
    const ipcMain = fakeIpcMain();
    registerIpcHandlers(ipcMain, createChannelHandlers(ctx));
    await expect(ipcMain.invoke(IPC_CHANNELS.info, APP_EVENT)).resolves.toMatchObject({ host: 'electron' });
    await expect(ipcMain.invoke(IPC_CHANNELS.openExternal, APP_EVENT, 'https://open.overheid.nl/')).resolves.toBe(true);
    await expect(ipcMain.invoke(IPC_CHANNELS.secureGet, APP_EVENT, { key: 'k' })).resolves.toBe('token');
    await expect(ipcMain.invoke(IPC_CHANNELS.secureIsEncrypted, APP_EVENT)).resolves.toBe(true);
    await expect(ipcMain.invoke(IPC_CHANNELS.managedConfig, APP_EVENT)).resolves.toEqual({ status: 'missing', locations: ['/etc/open-loket/config.json'] });
    await expect(ipcMain.invoke(IPC_CHANNELS.secureSet, APP_EVENT, { key: 'k', value: 'v' })).resolves.toBeUndefined();
    await expect(ipcMain.invoke(IPC_CHANNELS.secureDelete, APP_EVENT, { key: 'k' })).resolves.toBeUndefined();
    await expect(
      ipcMain.invoke(IPC_CHANNELS.saveFile, APP_EVENT, { suggestedName: 'a.csv', mimeType: 'text/csv', data: 'x' }),
    ).resolves.toEqual({ ok: false, cancelled: true });
    await expect(ipcMain.invoke(IPC_CHANNELS.print, APP_EVENT, { html: '<p>x</p>', title: 't', target: 'pdf' })).resolves.toEqual({
      ok: false,
      cancelled: true,
    });
  });

  it.each([
    ['a foreign web page', { senderFrame: { url: 'https://evil.example/' } }],
    ['a file:// page', { senderFrame: { url: 'file:///tmp/x.html' } }],
    ['a print document', { senderFrame: { url: 'data:text/html;base64,AAAA' } }],
    ['another app:// host', { senderFrame: { url: 'app://other/index.html' } }],
    ['a destroyed frame', { senderFrame: null }],
    ['a frame without URL', { senderFrame: { url: '' } }],
  ])('refuses every channel when the sender is %s, without running the handler', async (_name, event) => {
    const ctx = contexts();
    const log = vi.fn();
    const ipcMain = fakeIpcMain();
    registerIpcHandlers(ipcMain, createChannelHandlers(ctx), { log });
    for (const channel of ipcMain.handlers.keys()) {
      await expect(ipcMain.invoke(channel, event, { key: 'k', value: 'v' })).rejects.toBeInstanceOf(IpcSenderError);
    }
    expect(ctx.secureStore.set).not.toHaveBeenCalled();
    expect(ctx.secureStore.get).not.toHaveBeenCalled();
    expect(ctx.openExternal.openInBrowser).not.toHaveBeenCalled();
    expect(log).toHaveBeenCalledTimes(ipcMain.handlers.size);
  });

  it('rejects extra arguments', async () => {
    const handler = vi.fn();
    await expect(invokeGuarded(IPC_CHANNELS.info, handler, APP_EVENT, [undefined, 'extra'])).rejects.toBeInstanceOf(IpcInputError);
    expect(handler).not.toHaveBeenCalled();
  });

  it('passes input errors through with their message', async () => {
    const ipcMain = fakeIpcMain();
    registerIpcHandlers(ipcMain, createChannelHandlers(contexts()));
    await expect(ipcMain.invoke(IPC_CHANNELS.openExternal, APP_EVENT, 42)).rejects.toThrow(/^openExternal: invalid input/);
    await expect(ipcMain.invoke(IPC_CHANNELS.print, APP_EVENT, { html: 1 })).rejects.toBeInstanceOf(IpcInputError);
  });

  it('replaces unexpected errors by a generic message and logs the details in main', async () => {
    const log = vi.fn();
    const failing = vi.fn(async () => {
      throw new Error('EACCES: permission denied, open /home/medewerker/.config/Open Loket/secure-store.json');
    });
    const error = await invokeGuarded(IPC_CHANNELS.secureSet, failing, APP_EVENT, [{}], { log }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toBe('loket:secure-set: the operation failed');
    expect(log).toHaveBeenCalledWith(expect.stringContaining('EACCES'));
  });

  it('uses the injected sender check', async () => {
    const handlers: ChannelHandlers = createChannelHandlers(contexts());
    const ipcMain = fakeIpcMain();
    const isTrustedSender = vi.fn(() => false);
    registerIpcHandlers(ipcMain, handlers, { isTrustedSender });
    await expect(ipcMain.invoke(IPC_CHANNELS.info, APP_EVENT)).rejects.toThrow(/sender not allowed/);
    expect(isTrustedSender).toHaveBeenCalledWith('app://loket/index.html');
  });
});
