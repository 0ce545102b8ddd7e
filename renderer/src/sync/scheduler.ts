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
  /** First wait after a failed round; doubles per failure up to maxBackoffMs, with jitter. */
  backoffMs?: number;
  maxBackoffMs?: number;
  random?: () => number;
}

/**
 * The wait before attempt `failures + 1`: exponential, capped, with "full jitter" (a random share
 * of it) so desks that lost the hub together do not all come back in the same second.
 */
export function backoffDelay(failures: number, baseMs: number, maxMs: number, random: () => number): number {
  const ceiling = Math.min(maxMs, baseMs * 2 ** Math.min(failures - 1, 30));
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}

/**
 * Runs sync on start, when the network comes back, shortly after each local change and on a
 * timer. One round at a time (the flag is set before the first await, issue 8 point 7); a trigger
 * during a round schedules one more round after it. After a failure, the next round waits with
 * exponential back-off and jitter; a local change or the network coming back does not cut it short
 * unless the failure was the network itself.
 */
export function startSync(options: SyncSchedulerOptions): () => void {
  const { db, intervalMs = 30_000, debounceMs = 800, backoffMs = 2_000, maxBackoffMs = 5 * 60_000, random = Math.random } = options;
  const fetchImpl: FetchLike = options.fetch ?? ((url, init) => fetch(url, init));
  let running = false;
  let again = false;
  let stopped = false;
  let failures = 0;
  let blockedUntil = 0;
  let debounce: ReturnType<typeof setTimeout> | undefined;
  let retry: ReturnType<typeof setTimeout> | undefined;

  async function round(force = false): Promise<void> {
    if (stopped) return;
    if (running) {
      again = true;
      return;
    }
    if (!force && Date.now() < blockedUntil) return;
    running = true;
    try {
      const hubUrl = await options.hubUrl();
      if (!hubUrl) {
        setSyncStatus({ phase: 'disabled' });
        return;
      }
      if (!navigator.onLine) return;
      setSyncStatus({ ...getSyncStatus(), phase: 'syncing' });
      await syncOnce(db, hubUrl, fetchImpl);
      failures = 0;
      blockedUntil = 0;
      setSyncStatus({ phase: 'idle', lastSuccessAt: new Date().toISOString() });
    } catch (error) {
      failures++;
      const delay = backoffDelay(failures, backoffMs, maxBackoffMs, random);
      blockedUntil = Date.now() + delay;
      clearTimeout(retry);
      retry = setTimeout(() => void round(true), delay);
      const kind = error instanceof SyncError ? error.kind : 'invalid-response';
      const last = getSyncStatus().lastSuccessAt;
      setSyncStatus({
        phase: 'error',
        ...(last ? { lastSuccessAt: last } : {}),
        errorKind: kind,
        errorMessage: error instanceof Error ? error.message : String(error),
        retryAt: new Date(blockedUntil).toISOString(),
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
  const onOnline = () => void round(true);
  window.addEventListener('online', onOnline);
  const timer = setInterval(() => void round(), intervalMs);
  void round();

  return () => {
    stopped = true;
    clearTimeout(debounce);
    clearTimeout(retry);
    clearInterval(timer);
    window.removeEventListener('online', onOnline);
    db.outbox.hook('creating').unsubscribe(onCreating);
  };
}
