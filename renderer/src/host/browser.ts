import type {
  AppInfo,
  HostApi,
  ManagedConfigState,
  MenuCommand,
  PrintRequest,
  PrintResult,
  SaveFileRequest,
  SaveFileResult,
} from '../../../shared/host';
import { withPrintPolicy } from '../../../shared/security/csp';

const SECRET_PREFIX = 'loket.secret.';

function isHttpUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return (parsed.protocol === 'http:' || parsed.protocol === 'https:') && !parsed.username && !parsed.password;
  } catch {
    return false;
  }
}

/** Prints a self-contained HTML document through a hidden, script-less iframe. */
function printHtml(request: PrintRequest): Promise<PrintResult> {
  return new Promise((resolve) => {
    const frame = document.createElement('iframe');
    frame.setAttribute('sandbox', 'allow-modals allow-same-origin');
    frame.setAttribute('aria-hidden', 'true');
    frame.tabIndex = -1;
    frame.style.cssText = 'position:fixed;width:0;height:0;border:0;visibility:hidden';
    // The document carries its own restrictive CSP, as in Electron (shared/security/csp.ts).
    frame.srcdoc = withPrintPolicy(request.html);
    frame.onload = () => {
      const win = frame.contentWindow;
      if (!win) {
        frame.remove();
        resolve({ ok: false });
        return;
      }
      win.document.title = request.title;
      win.focus();
      win.print();
      // print() blocks until the dialog closes in Chromium; remove afterwards.
      setTimeout(() => frame.remove(), 0);
      resolve({ ok: true });
    };
    document.body.appendChild(frame);
  });
}

function saveFile(request: SaveFileRequest): Promise<SaveFileResult> {
  const part: BlobPart = typeof request.data === 'string' ? request.data : new Uint8Array(request.data);
  const url = URL.createObjectURL(new Blob([part], { type: request.mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = request.suggestedName;
  link.rel = 'noopener';
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return Promise.resolve({ ok: true });
}

/** Browser implementations of menu commands arrive as a DOM event dispatched by the shortcut layer. */
export const MENU_EVENT = 'loket:menu-command';

/** The browser host serves ./config.json beside index.html; a static deployment may ship one. */
async function readHubUrl(): Promise<string | undefined> {
  try {
    const response = await fetch('./config.json', { cache: 'no-store' });
    if (!response.ok) return undefined;
    const config = (await response.json()) as { hubUrl?: unknown };
    return typeof config.hubUrl === 'string' && isHttpUrl(config.hubUrl) ? config.hubUrl : undefined;
  } catch {
    return undefined;
  }
}

export function createBrowserHost(version: string): HostApi {
  let info: Promise<AppInfo> | undefined;
  let hub: Promise<string | undefined> | undefined;
  const hubUrl = () => (hub ??= readHubUrl());
  return {
    info: () =>
      (info ??= hubUrl().then((url) => ({
        host: 'browser' as const,
        name: 'Open Loket',
        version,
        platform: navigator.platform || 'web',
        ...(url ? { hubUrl: url } : {}),
      }))),
    // The browser host (development, tests, a static web deployment) is never centrally
    // managed: its hub comes from ./config.json, which the serving side writes (LOKET_HUB_URL).
    managedConfig: () => hubUrl().then((url): ManagedConfigState => ({ status: 'unmanaged', ...(url ? { hubUrl: url } : {}) })),
    print: printHtml,
    saveFile,
    openLink(url) {
      if (!isHttpUrl(url)) return Promise.resolve(false);
      window.open(url, '_blank', 'noopener,noreferrer');
      return Promise.resolve(true);
    },
    secureStore: {
      // The browser host has no OS keychain: secrets stay in localStorage and isEncrypted() says so.
      set: (key, value) => Promise.resolve(localStorage.setItem(SECRET_PREFIX + key, value)),
      get: (key) => Promise.resolve(localStorage.getItem(SECRET_PREFIX + key)),
      delete: (key) => Promise.resolve(localStorage.removeItem(SECRET_PREFIX + key)),
      isEncrypted: () => Promise.resolve(false),
    },
    onMenuCommand(listener: (command: MenuCommand) => void) {
      const handler = (event: Event) => listener((event as CustomEvent<MenuCommand>).detail);
      window.addEventListener(MENU_EVENT, handler);
      return () => window.removeEventListener(MENU_EVENT, handler);
    },
  };
}
