import { DEFAULT_EXTERNAL_HOSTS, parseAllowedExternalUrl } from './externalUrl';
import { isAppUrl } from './origin';

/**
 * Navigation policy for every web contents the app creates. The window only ever shows our own
 * bundle: an in-page link, a redirect or a meta refresh that would take it elsewhere is
 * cancelled, and no second window is ever opened. Links meant for the outside world
 * (target=_blank, window.open) go to the system browser, but only when they pass the external
 * allow-list.
 */

export interface PreventableEvent {
  preventDefault(): void;
}

export interface NavigationGuardOptions {
  /** Opens an already-validated URL in the system browser (main.ts wraps shell.openExternal). */
  openInBrowser(url: string): Promise<unknown> | void;
  allowList?: readonly string[];
  log?: (message: string) => void;
}

export interface NavigationGuard {
  /** For `will-navigate` and `will-redirect`. */
  onWillNavigate(event: PreventableEvent, url: string): void;
  /** For `webContents.setWindowOpenHandler`: always denies. */
  windowOpenHandler(details: { url: string }): { action: 'deny' };
}

export function isAllowedNavigation(url: unknown): boolean {
  return isAppUrl(url);
}

/** Log lines carry only the scheme and host: full URLs can contain visitor data. */
export function describeUrlForLog(url: unknown): string {
  if (typeof url !== 'string') return '<not a string>';
  try {
    const parsed = new URL(url);
    return parsed.host ? `${parsed.protocol}//${parsed.host}` : parsed.protocol;
  } catch {
    return '<unparsable URL>';
  }
}

export function createNavigationGuard(options: NavigationGuardOptions): NavigationGuard {
  const allowList = options.allowList ?? DEFAULT_EXTERNAL_HOSTS;
  const log = options.log ?? (() => {});
  return {
    onWillNavigate(event, url) {
      if (isAllowedNavigation(url)) return;
      event.preventDefault();
      log(`navigation blocked: ${describeUrlForLog(url)}`);
    },
    windowOpenHandler(details) {
      const external = parseAllowedExternalUrl(details.url, allowList);
      if (external) {
        // Fire and forget: the handler must answer synchronously, and a failure to start the
        // browser must not turn into a new window.
        Promise.resolve()
          .then(() => options.openInBrowser(external.href))
          .catch((error: unknown) => log(`opening the browser failed: ${String(error)}`));
      } else {
        log(`window.open blocked: ${describeUrlForLog(details.url)}`);
      }
      return { action: 'deny' };
    },
  };
}
