import type { WebContents } from 'electron';
import type { NavigationGuard } from '../security/navigation';

/**
 * Attaches the navigation policy to a web contents. main.ts calls this from
 * app.on('web-contents-created'), so every window – the main one, print windows, anything a
 * future change adds – gets it before it can load anything.
 */
export function installWebContentsGuards(
  contents: Pick<WebContents, 'on' | 'setWindowOpenHandler'>,
  guard: NavigationGuard,
): void {
  contents.on('will-navigate', (event) => guard.onWillNavigate(event, event.url));
  contents.on('will-redirect', (event) => guard.onWillNavigate(event, event.url));
  contents.setWindowOpenHandler((details) => guard.windowOpenHandler(details));
  // <webview> is disabled (webviewTag: false); refusing the attach covers a page that tries anyway.
  contents.on('will-attach-webview', (event) => event.preventDefault());
}
