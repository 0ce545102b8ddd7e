// @vitest-environment jsdom
/**
 * Desktop commands reach the shell in both hosts (issue 9, point 9). The renderer's useCommands
 * with the real browser host and with the real Electron preload bridge (electron/bridge.ts, over
 * a fake ipcRenderer): a menu command from the host, and the renderer's own shortcuts, each reach
 * the handler exactly once. (The shortcuts used to be re-dispatched as a DOM event only the
 * browser host listened to, so in Electron they did nothing.) Lives here because the renderer may
 * not import electron/.
 */
import { cleanup, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { IPC_CHANNELS, type HostApi, type MenuCommand } from '../../shared/host';
import { createHostBridge, type IpcListener } from '../../electron/bridge';

// renderer/src/host/index.ts reads the build-time version the renderer project defines.
vi.stubGlobal('__APP_VERSION__', 'test');
const { useCommands } = await import('../../renderer/src/app/commands');
const { createBrowserHost, MENU_EVENT } = await import('../../renderer/src/host/browser');

interface Harness {
  host: HostApi;
  /** Sends a menu command the way this host's menu does. */
  menu(command: MenuCommand): void;
}

function browserHarness(): Harness {
  return { host: createBrowserHost('test'), menu: (command) => window.dispatchEvent(new CustomEvent(MENU_EVENT, { detail: command })) };
}

function electronHarness(): Harness {
  const listeners = new Map<string, Set<IpcListener>>();
  const host = createHostBridge(
    async () => undefined,
    (channel, listener) => listeners.set(channel, (listeners.get(channel) ?? new Set()).add(listener)),
    (channel, listener) => listeners.get(channel)?.delete(listener),
  );
  // main.ts: mainWindow.webContents.send(IPC_CHANNELS.menuCommand, command)
  return { host, menu: (command) => listeners.get(IPC_CHANNELS.menuCommand)?.forEach((listener) => listener({ sender: 'main' }, command)) };
}

const key = (init: KeyboardEventInit) => window.dispatchEvent(new KeyboardEvent('keydown', { bubbles: true, cancelable: true, ...init }));

afterEach(cleanup);

describe.each([
  ['browser host', browserHarness],
  ['Electron host (preload bridge)', electronHarness],
])('menu commands in the %s', (_name, makeHarness) => {
  it('delivers the menu’s commands, once each', () => {
    const { host, menu } = makeHarness();
    const received: MenuCommand[] = [];
    renderHook(() => useCommands((command) => received.push(command), host));
    menu('go-woo');
    menu('lock');
    menu('new-contact');
    expect(received).toEqual(['go-woo', 'lock', 'new-contact']);
  });

  it('delivers Alt+1…6, Alt+N, Alt+L and Ctrl+L, once each, and takes them from the page', () => {
    const { host } = makeHarness();
    const received: MenuCommand[] = [];
    renderHook(() => useCommands((command) => received.push(command), host));
    for (let digit = 1; digit <= 6; digit++) key({ altKey: true, code: `Digit${digit}` });
    key({ altKey: true, code: 'KeyN' });
    key({ altKey: true, code: 'KeyL' });
    const ctrlL = new KeyboardEvent('keydown', { ctrlKey: true, code: 'KeyL', cancelable: true });
    window.dispatchEvent(ctrlL);
    expect(received).toEqual(['go-contact', 'go-search', 'go-woo', 'go-cases', 'go-overview', 'go-settings', 'new-contact', 'lock', 'lock']);
    expect(ctrlL.defaultPrevented).toBe(true);
    // Plain typing is not a command.
    key({ code: 'KeyL' });
    key({ altKey: true, shiftKey: true, code: 'Digit1' });
    expect(received).toHaveLength(9);
  });

  it('stops delivering when the shell unmounts', () => {
    const { host, menu } = makeHarness();
    const received: MenuCommand[] = [];
    const { unmount } = renderHook(() => useCommands((command) => received.push(command), host));
    unmount();
    menu('go-cases');
    key({ altKey: true, code: 'Digit4' });
    expect(received).toEqual([]);
  });
});
