import { describe, expect, it } from 'vitest';
import type { BrowserWindowConstructorOptions } from 'electron';
import { openSecureWindow } from './secureWindow';
import {
  APP_TITLE,
  MAIN_WINDOW_SIZE,
  PRINT_PARTITION,
  SECURE_WEB_PREFERENCES,
  createMainWindowOptions,
  createPrintWindowOptions,
} from './window';

const PRELOAD = '/opt/Open Loket/resources/app.asar/out/preload/preload.cjs';

const REQUIRED_PREFERENCES = {
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  experimentalFeatures: false,
  webviewTag: false,
  spellcheck: false,
};

describe('main window options', () => {
  const options = createMainWindowOptions({ preloadPath: PRELOAD, devTools: false });

  it('opens 1280×800 with a minimum size and the app title, hidden until ready', () => {
    expect(options).toMatchObject({ width: 1280, height: 800, title: 'Open Loket', show: false });
    expect(options.minWidth).toBeGreaterThan(0);
    expect(options.minHeight).toBeGreaterThan(0);
    expect(options.minWidth).toBeLessThanOrEqual(MAIN_WINDOW_SIZE.width);
    expect(options.minHeight).toBeLessThanOrEqual(MAIN_WINDOW_SIZE.height);
    expect(APP_TITLE).toBe('Open Loket');
  });

  it('isolates and sandboxes the renderer', () => {
    expect(options.webPreferences).toMatchObject(REQUIRED_PREFERENCES);
    expect(options.webPreferences?.preload).toBe(PRELOAD);
    expect(options.webPreferences?.devTools).toBe(false);
  });

  it('keeps developer tools for unpackaged builds only', () => {
    expect(createMainWindowOptions({ preloadPath: PRELOAD, devTools: true }).webPreferences?.devTools).toBe(true);
  });

  it('refuses a relative preload path (Electron would silently ignore it)', () => {
    expect(() => createMainWindowOptions({ preloadPath: 'out/preload/preload.cjs', devTools: false })).toThrow(/absolute/);
  });

  it('sets nothing that loosens the defaults', () => {
    const prefs = options.webPreferences ?? {};
    expect(prefs).not.toHaveProperty('enableBlinkFeatures');
    expect(prefs).not.toHaveProperty('additionalArguments');
    expect(prefs).not.toHaveProperty('session');
    expect(prefs).not.toHaveProperty('partition');
    expect(SECURE_WEB_PREFERENCES.disableBlinkFeatures).toBe('Auxclick');
    expect(Object.isFrozen(SECURE_WEB_PREFERENCES)).toBe(true);
  });
});

describe('print window options', () => {
  const options = createPrintWindowOptions();

  it('is hidden, without JavaScript or preload, in its own in-memory session', () => {
    expect(options.show).toBe(false);
    expect(options.webPreferences).toMatchObject({ ...REQUIRED_PREFERENCES, javascript: false, devTools: false });
    expect(options.webPreferences?.preload).toBeUndefined();
    expect(options.webPreferences?.partition).toBe(PRINT_PARTITION);
    expect(PRINT_PARTITION.startsWith('persist:')).toBe(false);
  });
});

describe('openSecureWindow', () => {
  class FakeWindow {
    constructor(readonly options: BrowserWindowConstructorOptions) {}
  }

  it('constructs the window with the options it was given', () => {
    const options = createMainWindowOptions({ preloadPath: PRELOAD, devTools: false });
    const window = openSecureWindow(FakeWindow, options);
    expect(window).toBeInstanceOf(FakeWindow);
    expect(window.options).toEqual({ ...options, webPreferences: { ...options.webPreferences } });
  });

  it('overrides any attempt to loosen the security preferences', () => {
    const window = openSecureWindow(FakeWindow, {
      width: 10,
      webPreferences: {
        preload: PRELOAD,
        contextIsolation: false,
        sandbox: false,
        nodeIntegration: true,
        nodeIntegrationInWorker: true,
        nodeIntegrationInSubFrames: true,
        webSecurity: false,
        allowRunningInsecureContent: true,
        experimentalFeatures: true,
        webviewTag: true,
        navigateOnDragDrop: true,
        disableBlinkFeatures: '',
      },
    });
    expect(window.options.width).toBe(10);
    const { spellcheck: _notPinned, ...pinned } = REQUIRED_PREFERENCES;
    expect(window.options.webPreferences).toMatchObject({
      ...pinned,
      navigateOnDragDrop: false,
      disableBlinkFeatures: 'Auxclick',
      preload: PRELOAD,
    });
  });

  it('secures a window created without any web preferences', () => {
    const window = openSecureWindow(FakeWindow, {});
    expect(window.options.webPreferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false });
  });
});
