import type { BrowserWindowConstructorOptions } from 'electron';

export type BrowserWindowConstructor<W> = new (options: BrowserWindowConstructorOptions) => W;

/**
 * The only place the app constructs a BrowserWindow. Whatever options a caller passes, the
 * security-relevant web preferences are overwritten here with literal safe values, so no caller
 * (and no future refactor of window.ts) can open a window with Node.js, without the sandbox or
 * without context isolation. Writing them as literals at the construction site also lets
 * Electronegativity, which reads the object passed to `new BrowserWindow`, verify them.
 *
 * The constructor is a parameter so this is unit-tested with a fake; main.ts passes Electron's.
 */
export function openSecureWindow<W>(
  BrowserWindow: BrowserWindowConstructor<W>,
  options: BrowserWindowConstructorOptions,
): W {
  return new BrowserWindow({
    ...options,
    webPreferences: {
      ...options.webPreferences,
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
      disableBlinkFeatures: 'Auxclick',
    },
  });
}
