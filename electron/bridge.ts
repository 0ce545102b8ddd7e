import { IPC_CHANNELS, MENU_COMMANDS } from '../shared/host';
import type {
  AppInfo,
  HostApi,
  ManagedConfigState,
  MenuCommand,
  PrintRequest,
  PrintResult,
  SaveFileRequest,
  SaveFileResult,
} from '../shared/host';

/**
 * Builds the one object the preload exposes as `window.loket`. Pure – ipcRenderer is passed in –
 * so it is unit-tested without Electron, and so preload.ts is three lines of wiring.
 *
 * Rules this enforces:
 * - the renderer never gets ipcRenderer, a generic invoke/send, or an IPC event object: each
 *   method calls one fixed channel from IPC_CHANNELS with its own arguments only;
 * - menu-command listeners receive only a known MenuCommand string;
 * - the object and its nested secureStore are frozen.
 *
 * Nothing here imports npm packages: the sandboxed preload can only `require('electron')`, so
 * everything else must be bundled, and main validates every input anyway.
 */

export type Invoke = (channel: string, ...args: unknown[]) => Promise<unknown>;
export type IpcListener = (event: unknown, ...args: unknown[]) => void;
export type Subscribe = (channel: string, listener: IpcListener) => void;

const MENU_COMMAND_SET: ReadonlySet<string> = new Set(MENU_COMMANDS);

export function isMenuCommand(value: unknown): value is MenuCommand {
  return typeof value === 'string' && MENU_COMMAND_SET.has(value);
}

export function createHostBridge(invoke: Invoke, on: Subscribe, off: Subscribe): HostApi {
  const secureStore = Object.freeze({
    async set(key: string, value: string): Promise<void> {
      await invoke(IPC_CHANNELS.secureSet, { key, value });
    },
    async get(key: string): Promise<string | null> {
      return (await invoke(IPC_CHANNELS.secureGet, { key })) as string | null;
    },
    async delete(key: string): Promise<void> {
      await invoke(IPC_CHANNELS.secureDelete, { key });
    },
    async isEncrypted(): Promise<boolean> {
      return (await invoke(IPC_CHANNELS.secureIsEncrypted)) as boolean;
    },
  });

  return Object.freeze({
    async info(): Promise<AppInfo> {
      return (await invoke(IPC_CHANNELS.info)) as AppInfo;
    },
    async managedConfig(): Promise<ManagedConfigState> {
      return (await invoke(IPC_CHANNELS.managedConfig)) as ManagedConfigState;
    },
    async print(request: PrintRequest): Promise<PrintResult> {
      return (await invoke(IPC_CHANNELS.print, request)) as PrintResult;
    },
    async saveFile(request: SaveFileRequest): Promise<SaveFileResult> {
      return (await invoke(IPC_CHANNELS.saveFile, request)) as SaveFileResult;
    },
    async openLink(url: string): Promise<boolean> {
      return (await invoke(IPC_CHANNELS.openExternal, url)) === true;
    },
    secureStore,
    onMenuCommand(listener: (command: MenuCommand) => void): () => void {
      if (typeof listener !== 'function') throw new TypeError('onMenuCommand expects a function');
      // The wrapper drops the IpcRendererEvent (it carries `sender`, i.e. ipcRenderer itself)
      // and anything that is not a known command.
      const wrapped: IpcListener = (_event, command) => {
        if (isMenuCommand(command)) listener(command);
      };
      on(IPC_CHANNELS.menuCommand, wrapped);
      let subscribed = true;
      return () => {
        if (!subscribed) return;
        subscribed = false;
        off(IPC_CHANNELS.menuCommand, wrapped);
      };
    },
  });
}
