import type { HostApi } from '../../../shared/host';

declare global {
  interface Window {
    /** Set by electron/preload.ts through contextBridge; absent in the browser host. */
    loket?: HostApi;
  }
}

export function electronHost(): HostApi | undefined {
  return typeof window !== 'undefined' ? window.loket : undefined;
}
