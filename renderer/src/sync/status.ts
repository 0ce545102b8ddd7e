import { useSyncExternalStore } from 'react';
import type { SyncErrorKind } from './engine';

export type SyncPhase = 'idle' | 'syncing' | 'error' | 'disabled';

export interface SyncStatus {
  phase: SyncPhase;
  /** When the last round completed without error (ISO). */
  lastSuccessAt?: string;
  errorKind?: SyncErrorKind;
  errorMessage?: string;
  /** When the next attempt runs after an error (ISO): back-off with jitter. */
  retryAt?: string;
}

let current: SyncStatus = { phase: 'idle' };
const listeners = new Set<() => void>();

export function setSyncStatus(next: SyncStatus): void {
  current = next;
  for (const listener of listeners) listener();
}

export function getSyncStatus(): SyncStatus {
  return current;
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useSyncStatus(): SyncStatus {
  return useSyncExternalStore(subscribe, getSyncStatus);
}
