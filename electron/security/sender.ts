import { isAppUrl } from './origin';

/**
 * Whether an IPC message may be acted on: only frames showing our own bundle may call the host.
 * Anything else (a frame that navigated away, a data: print document, a frame that is already
 * gone and reports no URL) is refused, so a compromised or foreign page cannot reach the
 * capabilities even if it somehow obtained ipcRenderer.
 */
export function isTrustedSender(frameUrl: unknown): boolean {
  return isAppUrl(frameUrl);
}
