import type { LoketDatabase } from '../db/database';
import { SyncError, syncOnce, type FetchLike } from './engine';
import { getSyncStatus, setSyncStatus } from './status';

export interface SyncSchedulerOptions {
  db: LoketDatabase;
  hubUrl: () => Promise<string | undefined>;
  fetch?: FetchLike;
  /** Regular round while idle. */
  intervalMs?: number;
  /** Wait after a local change before pushing, so a burst of edits goes in one push. */
  debounceMs?: number;
}

/**
 * Runs sync on start, when the network comes back, shortly after each local change and on a
 * timer. One round at a time; a trigger during a round schedules one more round after it.
 */
export function startSync(options: SyncSchedulerOptions): () => void {
  const { db, intervalMs = 30_000, debounceMs = 800 } = options;
  const fetchImpl: FetchLike = options.fetch ?? ((url, init) => fetch(url, init));
  let running = false;
  let again = false;
  let stopped = false;
  let debounce: ReturnType<typeof setTimeout> | undefined;

  async function round(): Promise<void> {
    if (stopped) return;
    if (running) {
      again = true;
      return;
    }
    const hubUrl = await options.hubUrl();
    if (!hubUrl) {
      setSyncStatus({ phase: 'disabled' });
      return;
    }
    if (!navigator.onLine) return;
    running = true;
    setSyncStatus({ ...getSyncStatus(), phase: 'syncing' });
    try {
      await syncOnce(db, hubUrl, fetchImpl);
      setSyncStatus({ phase: 'idle', lastSuccessAt: new Date().toISOString() });
    } catch (error) {
      const kind = error instanceof SyncError ? error.kind : 'invalid-response';
      setSyncStatus({
        phase: 'error',
        ...(getSyncStatus().lastSuccessAt ? { lastSuccessAt: getSyncStatus().lastSuccessAt } : {}),
        errorKind: kind,
        errorMessage: error instanceof Error ? error.message : String(error),
      });
    } finally {
      running = false;
    }
    if (again) {
      again = false;
      void round();
    }
  }

  const soon = () => {
    clearTimeout(debounce);
    debounce = setTimeout(() => void round(), debounceMs);
  };
  // Dexie hook: fires inside the writing transaction; the round itself starts after it.
  const onCreating = () => soon();
  db.outbox.hook('creating', onCreating);
  const onOnline = () => void round();
  window.addEventListener('online', onOnline);
  const timer = setInterval(() => void round(), intervalMs);
  void round();

  return () => {
    stopped = true;
    clearTimeout(debounce);
    clearInterval(timer);
    window.removeEventListener('online', onOnline);
    db.outbox.hook('creating').unsubscribe(onCreating);
  };
}
