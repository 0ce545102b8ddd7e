/**
 * What the renderer needs from the program hosting it. Implemented by the Electron preload
 * (window.loket, over named IPC channels) and by the browser host (plain web APIs). The renderer
 * selects one implementation at start and never checks which one it has beyond `info().host`.
 */

export type HostKind = 'electron' | 'browser';

export interface AppInfo {
  host: HostKind;
  name: string;
  version: string;
  platform: string;
  /** The sync hub this workstation talks to; absent when none is configured (local only). */
  hubUrl?: string;
}

export interface PrintRequest {
  /** A complete, self-contained HTML document. Callers escape visitor-entered text. */
  html: string;
  /** Used as the document title and as the suggested PDF file name. */
  title: string;
  /** 'printer' opens the print dialog; 'pdf' saves a PDF (Electron) or prints (browser). */
  target: 'printer' | 'pdf';
}

export interface PrintResult {
  ok: boolean;
  /** Where a PDF was saved, when the host knows. */
  savedTo?: string;
  cancelled?: boolean;
  /** Another document is being printed; the host prints one at a time. */
  busy?: boolean;
}

export interface SaveFileRequest {
  suggestedName: string;
  mimeType: string;
  /** Text content (CSV, JSON) or bytes. */
  data: string | Uint8Array;
}

export interface SaveFileResult {
  ok: boolean;
  savedTo?: string;
  cancelled?: boolean;
}

/** Commands the application menu (or a host shortcut) can send to the renderer. */
export const MENU_COMMANDS = [
  'new-contact',
  'go-contact',
  'go-search',
  'go-woo',
  'go-cases',
  'go-overview',
  'go-settings',
  'lock',
] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];

export interface SecureStore {
  /** Stores a secret (e.g. the hub refresh token) encrypted by the OS where the host can. */
  set(key: string, value: string): Promise<void>;
  get(key: string): Promise<string | null>;
  delete(key: string): Promise<void>;
  /** False when the host can only keep the secret unencrypted (browser host). */
  isEncrypted(): Promise<boolean>;
}

/** The settings a municipality's IT department sets per machine (shared/deploy/managedConfig.ts). */
export interface ManagedConfig {
  /** The hub's https origin; the only origin the renderer may connect to. */
  hubUrl: string;
  /** The centre this desk belongs to, as the municipality names it. */
  centre: string;
  /** This workstation's station code (2-4 characters, used in case numbers). */
  workstation: string;
  /** An administrator accepted storing secrets without OS encryption (Linux without a keyring). */
  allowUnencryptedSecrets: boolean;
  /** Extra https hosts (or "*.domain" patterns) the desk may open links to, besides the built-in sources. */
  externalHosts?: string[];
}

/**
 * Where this desk's configuration comes from. A packaged desktop build is 'managed' or, until IT
 * has configured the machine, 'missing' / 'invalid' (the renderer then shows the first-run
 * screen). A development build and the browser host are 'unmanaged': they take the hub from
 * LOKET_HUB_URL / ./config.json as before.
 */
export type ManagedConfigState =
  | { status: 'managed'; config: ManagedConfig; /** the file and/or registry key read */ sources: string[] }
  | { status: 'unmanaged'; hubUrl?: string }
  | { status: 'missing'; /** where the host looked */ locations: string[] }
  | { status: 'invalid'; sources: string[]; /** "field: message", never the values */ problems: string[] };

export interface HostApi {
  info(): Promise<AppInfo>;
  /** The machine's managed configuration (see ManagedConfigState). */
  managedConfig(): Promise<ManagedConfigState>;
  print(request: PrintRequest): Promise<PrintResult>;
  saveFile(request: SaveFileRequest): Promise<SaveFileResult>;
  /**
   * Opens an http(s) URL in the system browser; other schemes are refused. (Not called
   * openExternal: that name belongs to Electron's shell sink, which only the main process calls.)
   */
  openLink(url: string): Promise<boolean>;
  secureStore: SecureStore;
  /** Subscribes to menu commands; returns the unsubscribe function. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
}

/** IPC channel names shared by preload and main. One channel per capability. */
export const IPC_CHANNELS = {
  info: 'loket:info',
  print: 'loket:print',
  saveFile: 'loket:save-file',
  openExternal: 'loket:open-external',
  secureSet: 'loket:secure-set',
  secureGet: 'loket:secure-get',
  secureDelete: 'loket:secure-delete',
  secureIsEncrypted: 'loket:secure-is-encrypted',
  menuCommand: 'loket:menu-command',
  managedConfig: 'loket:managed-config',
} as const;
