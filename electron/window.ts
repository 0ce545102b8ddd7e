import { isAbsolute } from 'node:path';
import type { BrowserWindowConstructorOptions, WebPreferences } from 'electron';

/**
 * BrowserWindow options for the two kinds of window the app opens. Pure, so the security
 * settings are asserted by unit tests; electron/secureWindow.ts pins the same flags again at
 * the one place windows are constructed.
 */

export const APP_TITLE = 'Open Loket';

/** In-memory session (no "persist:" prefix) for print documents, isolated from the app's data. */
export const PRINT_PARTITION = 'loket-print';

export const MAIN_WINDOW_SIZE = Object.freeze({ width: 1280, height: 800, minWidth: 960, minHeight: 600 });

/**
 * The renderer gets no Node.js and runs in Chromium's sandbox; it reaches the host only through
 * the preload's contextBridge object. Each line restates a default on purpose: a future Electron
 * changing a default, or someone adding a flag, must not silently weaken the window.
 */
export const SECURE_WEB_PREFERENCES = Object.freeze({
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  experimentalFeatures: false,
  webviewTag: false,
  navigateOnDragDrop: false,
  // Defence in depth: middle-click link opening already goes through the window-open handler
  // (which denies it), and the renderer has no use for the auxclick event.
  disableBlinkFeatures: 'Auxclick',
  // Linux builds download Hunspell dictionaries from Google's CDN; visitor data is typed here.
  spellcheck: false,
  safeDialogs: true,
} satisfies WebPreferences);

export interface MainWindowInput {
  /** Absolute path of out/preload/preload.cjs; Electron ignores relative preload paths. */
  preloadPath: string;
  /** Developer tools in unpackaged builds only. */
  devTools: boolean;
}

export function createMainWindowOptions(input: MainWindowInput): BrowserWindowConstructorOptions {
  if (!isAbsolute(input.preloadPath)) {
    throw new Error(`The preload path must be absolute: ${input.preloadPath}`);
  }
  return {
    ...MAIN_WINDOW_SIZE,
    title: APP_TITLE,
    // Shown on 'ready-to-show', so the user never sees an empty white frame.
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: {
      ...SECURE_WEB_PREFERENCES,
      preload: input.preloadPath,
      devTools: input.devTools,
    },
  };
}

/**
 * The hidden window that renders a document for printing or PDF. JavaScript is off, there is no
 * preload, and it lives in its own in-memory session whose network requests are cancelled
 * (see electron/services/printWindow.ts), so printed HTML cannot run code or reach the network.
 */
export function createPrintWindowOptions(): BrowserWindowConstructorOptions {
  return {
    show: false,
    width: 794, // A4 at 96 dpi, so the layout matches the printed page
    height: 1123,
    title: APP_TITLE,
    webPreferences: {
      ...SECURE_WEB_PREFERENCES,
      javascript: false,
      devTools: false,
      partition: PRINT_PARTITION,
    },
  };
}
