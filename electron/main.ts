import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { BrowserWindow, Menu, app, dialog, ipcMain, powerMonitor, protocol, safeStorage, session, shell } from 'electron';
import type { SaveDialogOptions, WebPreferences } from 'electron';
import { IPC_CHANNELS } from '../shared/host';
import type { MenuCommand } from '../shared/host';
import { readShellConfig } from './config';
import { loadManagedConfig } from './deploy/managedConfig';
import { createPolicyReader } from './deploy/registry';
import { startupRefusal } from './deploy/startupPolicy';
import type { FileFilter } from './ipc/common';
import { createChannelHandlers, registerIpcHandlers } from './ipc/register';
import { buildMenuTemplate } from './menu';
import { lockOnSystemEvents } from './systemLock';
import { createAppProtocolHandler, installAppProtocol, registerAppScheme } from './protocol';
import { openSecureWindow } from './secureWindow';
import { DEFAULT_EXTERNAL_HOSTS, combineExternalHosts, parseAllowedExternalUrl } from './security/externalUrl';
import { createNavigationGuard } from './security/navigation';
import { APP_ENTRY_URL } from './security/origin';
import { installAppCertificateRefusal, installSessionDeviceRefusals, installWebContentsDeviceRefusals } from './security/devices';
import { installPermissionHandlers } from './security/permissions';
import { createAtomicTextFile, fileOwner, readOptionalText } from './services/files';
import { installWebContentsGuards } from './services/guards';
import { createPrintDocumentLoader, isAllowedPrintRequest } from './services/printWindow';
import { createSecureStoreService } from './services/secureStoreService';
import { APP_TITLE, PRINT_PARTITION, createMainWindowOptions, createPrintWindowOptions } from './window';

/**
 * App lifecycle and wiring only. Every decision (window options, CSP, navigation, permissions,
 * IPC validation, menu) lives in a module that is unit-tested without Electron; this file
 * passes Electron's objects into them.
 */

const log = (message: string): void => console.warn(`[open-loket] ${message}`);

// First of all: an installed build refuses remote debugging and --no-sandbox (no fuse covers
// these Chromium switches), before any window or session exists.
const refusal = startupRefusal({
  packaged: app.isPackaged,
  platform: process.platform,
  args: process.argv.slice(1),
  hasSwitch: (name) => app.commandLine.hasSwitch(name),
});
if (refusal) {
  console.error(`[open-loket] ${refusal}`);
  // Allowed before 'ready'; on Linux it prints to stderr instead of showing a window.
  dialog.showErrorBox(APP_TITLE, refusal);
  app.exit(2);
}

// Both must happen before 'ready': sandbox every renderer regardless of its options, and make
// app:// a standard, secure scheme.
app.enableSandbox();
registerAppScheme(protocol);

let mainWindow: BrowserWindow | null = null;

/**
 * The hosts links may open on: the built-in sources until start() has read the managed
 * configuration, then those plus IT's `externalHosts`. No window exists before that, so nothing
 * can ask for a link earlier; until then the short list applies (fail closed).
 */
let externalHosts: readonly string[] = DEFAULT_EXTERNAL_HOSTS;

/**
 * The app's only call of shell.openExternal. Both callers (the window-open handler and the
 * openExternal IPC handler) validate first; the URL is checked here again so this sink is safe
 * on its own, whatever a future caller does.
 */
async function openInBrowser(url: string): Promise<void> {
  const allowed = parseAllowedExternalUrl(url, externalHosts);
  if (!allowed) throw new Error('refused to open a URL outside the external allow-list');
  await shell.openExternal(allowed.href);
}

// Replaced in start() once the configured hosts are known, before the first window is opened.
let navigationGuard = createNavigationGuard({ openInBrowser, allowList: externalHosts, log });

// Guards go on every web contents at creation, before it can navigate anywhere.
app.on('web-contents-created', (_event, contents) => {
  installWebContentsGuards(contents, navigationGuard);
  installWebContentsDeviceRefusals(contents);
});
app.on('session-created', (created) => {
  installPermissionHandlers(created);
  installSessionDeviceRefusals(created);
});
installAppCertificateRefusal(app);

if (refusal) {
  // app.exit() above ends the process; nothing else may start in the meantime.
} else if (!app.requestSingleInstanceLock()) {
  // Another Open Loket is running; it receives 'second-instance' and comes to the front.
  app.quit();
} else {
  app.on('second-instance', focusMainWindow);
  app.on('window-all-closed', () => app.quit());
  app.whenReady().then(start).catch(fail);
}

function focusMainWindow(): void {
  if (!mainWindow) return;
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.show();
  mainWindow.focus();
}

function fail(error: unknown): void {
  const message = error instanceof Error ? error.message : String(error);
  log(`start-up failed: ${error instanceof Error ? (error.stack ?? message) : message}`);
  dialog.showErrorBox(`${APP_TITLE} kan niet starten`, message);
  app.exit(1);
}

function sendMenuCommand(command: MenuCommand): void {
  mainWindow?.webContents.send(IPC_CHANNELS.menuCommand, command);
}

function showAbout(): void {
  const options = {
    type: 'info' as const,
    title: `Over ${APP_TITLE}`,
    message: APP_TITLE,
    detail: `Versie ${app.getVersion()}\nLicentie: EUPL-1.2`,
    buttons: ['OK'],
  };
  void (mainWindow ? dialog.showMessageBox(mainWindow, options) : dialog.showMessageBox(options));
}

async function chooseSavePath(request: { defaultFileName: string; filters: FileFilter[] }): Promise<string | null> {
  const options: SaveDialogOptions = {
    defaultPath: join(app.getPath('documents'), request.defaultFileName),
    filters: request.filters,
    properties: ['showOverwriteConfirmation', 'createDirectory'],
  };
  const result = mainWindow ? await dialog.showSaveDialog(mainWindow, options) : await dialog.showSaveDialog(options);
  return result.canceled || result.filePath === '' ? null : result.filePath;
}

async function start(): Promise<void> {
  const packaged = app.isPackaged;
  // An installed build reads the machine's managed configuration; without it, it connects to no
  // hub and the renderer shows the first-run screen (config.ts).
  const managed = packaged
    ? await loadManagedConfig({
        platform: process.platform,
        env: process.env,
        readFile: readOptionalText,
        statFile: fileOwner,
        ...(process.platform === 'win32' ? { readPolicy: createPolicyReader(process.env) } : {}),
      })
    : undefined;
  if (managed && managed.status !== 'managed') log(`managed configuration ${managed.status}: ${JSON.stringify(managed)}`);
  const config = readShellConfig(process.env, { packaged, ...(managed ? { managed } : {}) });
  const devTools = !packaged;
  // A malformed entry already made the configuration invalid (shared/deploy/managedConfig.ts), so
  // only validated hosts get here; an invalid or missing configuration adds none.
  externalHosts = combineExternalHosts(config.managed.status === 'managed' ? config.managed.config.externalHosts : undefined);
  navigationGuard = createNavigationGuard({ openInBrowser, allowList: externalHosts, log });

  installPermissionHandlers(session.defaultSession);
  installSessionDeviceRefusals(session.defaultSession);
  const printSession = session.fromPartition(PRINT_PARTITION);
  installPermissionHandlers(printSession);
  installSessionDeviceRefusals(printSession);
  printSession.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !isAllowedPrintRequest(details.url) }));

  installAppProtocol(
    protocol,
    createAppProtocolHandler({
      root: join(import.meta.dirname, '../renderer'),
      csp: config.csp,
      readFile: (filePath) => readFile(filePath),
      log,
    }),
  );

  const secureStore = createSecureStoreService({
    cipher: safeStorage,
    file: createAtomicTextFile(join(app.getPath('userData'), 'secure-store.json')),
    platform: process.platform,
    // Without OS encryption, secrets are refused unless IT opted in (a developer may opt in with
    // LOKET_ALLOW_UNENCRYPTED_SECRETS=1 on an unpackaged build).
    allowUnencrypted:
      config.managed.status === 'managed'
        ? config.managed.config.allowUnencryptedSecrets
        : !packaged && process.env.LOKET_ALLOW_UNENCRYPTED_SECRETS === '1',
    log,
  });
  const saveTarget = { chooseSavePath, writeFile: (filePath: string, data: Uint8Array | string) => writeFile(filePath, data) };

  registerIpcHandlers(
    ipcMain,
    createChannelHandlers({
      info: {
        name: APP_TITLE,
        version: app.getVersion(),
        platform: process.platform,
        ...(config.hubOrigins[0] ? { hubUrl: config.hubOrigins[0] } : {}),
      },
      managedConfig: { state: config.managed },
      print: {
        ...saveTarget,
        loadDocument: createPrintDocumentLoader({
          openWindow: () => openSecureWindow(BrowserWindow, createPrintWindowOptions()),
        }),
      },
      saveFile: saveTarget,
      openExternal: { openInBrowser, allowList: externalHosts, log },
      secureStore,
    }),
    { log },
  );

  Menu.setApplicationMenu(Menu.buildFromTemplate(buildMenuTemplate({ send: sendMenuCommand, showAbout }, { devTools })));
  // Suspend or the OS screen lock locks the desk too (issue 9), through the same command as the menu.
  lockOnSystemEvents(powerMonitor, sendMenuCommand);

  const windowOptions = createMainWindowOptions({ preloadPath: join(import.meta.dirname, '../preload/preload.cjs'), devTools });
  const window = openSecureWindow(BrowserWindow, windowOptions);
  mainWindow = window;
  window.once('ready-to-show', () => window.show());
  window.on('closed', () => {
    mainWindow = null;
  });
  if (config.smokeTest) reportForSmokeTest(window, windowOptions.webPreferences ?? {});
  await window.loadURL(APP_ENTRY_URL);
}

/**
 * LOKET_SMOKE_TEST=1 (test/electron/run.mjs; development builds only, config.ts): once the page has loaded, print one JSON line with
 * what the running page can actually see (globals, the bridge, the CSP header it was served
 * with) plus the web preferences the window was configured with, then quit.
 */
const SMOKE_PROBE = `(async () => {
  const response = await fetch(location.href);
  return JSON.stringify({
    origin: location.origin,
    isSecureContext,
    loketKeys: Object.keys(window.loket || {}).sort(),
    secureStoreKeys: Object.keys((window.loket && window.loket.secureStore) || {}).sort(),
    managed: window.loket ? await window.loket.managedConfig() : null,
    nodeGlobals: ['require', 'process', 'module', 'Buffer', 'ipcRenderer'].filter((name) => name in window),
    csp: response.headers.get('content-security-policy'),
  });
})()`;

function reportForSmokeTest(window: BrowserWindow, configuredPreferences: WebPreferences): void {
  const contents = window.webContents;
  contents.once('did-fail-load', (_event, code, description) => {
    process.stdout.write(`LOKET_SMOKE_FAIL ${code} ${description}\n`);
    app.exit(1);
  });
  contents.once('did-finish-load', () => {
    contents
      .executeJavaScript(SMOKE_PROBE)
      .then((page: string) => {
        const { preload: _preload, ...preferences } = configuredPreferences;
        const report = { url: contents.getURL(), title: window.getTitle(), configuredPreferences: preferences, page: JSON.parse(page) as unknown };
        process.stdout.write(`LOKET_SMOKE ${JSON.stringify(report)}\n`);
        app.exit(0);
      })
      .catch((error: unknown) => {
        process.stdout.write(`LOKET_SMOKE_FAIL ${String(error)}\n`);
        app.exit(1);
      });
  });
}
