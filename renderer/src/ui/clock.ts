import { useSyncExternalStore } from 'react';

export function startOfDay(date: Date): Date {
  return new Date(date.getFullYear(), date.getMonth(), date.getDate());
}

export function endOfDay(date: Date): Date {
  return new Date(date.getFullYear(), date.getMonth(), date.getDate(), 23, 59, 59, 999);
}

export function sameDay(a: Date, b: Date): boolean {
  return a.getFullYear() === b.getFullYear() && a.getMonth() === b.getMonth() && a.getDate() === b.getDate();
}

// One shared clock per interval, so a list of twenty rows does not start twenty timers.
interface Clock {
  now: number;
  listeners: Set<() => void>;
  timer?: ReturnType<typeof setInterval>;
  subscribe: (listener: () => void) => () => void;
  snapshot: () => number;
}
const clocks = new Map<number, Clock>();

function clock(intervalMs: number): Clock {
  const existing = clocks.get(intervalMs);
  if (existing) return existing;
  // subscribe and snapshot must be stable functions: React resubscribes when they change.
  const entry: Clock = {
    now: Date.now(),
    listeners: new Set(),
    subscribe(listener) {
      entry.listeners.add(listener);
      entry.timer ??= setInterval(() => {
        entry.now = Date.now();
        for (const l of entry.listeners) l();
      }, intervalMs);
      return () => {
        entry.listeners.delete(listener);
        if (entry.listeners.size === 0 && entry.timer) {
          clearInterval(entry.timer);
          entry.timer = undefined;
        }
      };
    },
    snapshot: () => entry.now,
  };
  clocks.set(intervalMs, entry);
  return entry;
}

/** The current time, refreshed every `intervalMs` while anything shows it. */
export function useNow(intervalMs = 30_000): Date {
  const entry = clock(intervalMs);
  // A screen opened after a quiet spell must not show the time the last timer left behind.
  if (entry.listeners.size === 0) entry.now = Date.now();
  const now = useSyncExternalStore(entry.subscribe, entry.snapshot);
  return new Date(now);
}
