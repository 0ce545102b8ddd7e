import { useSyncExternalStore } from 'react';
import { amsterdamDate, amsterdamInstant, todayInAmsterdam } from '../../../shared/calendar/amsterdam';
import { addDays, type IsoDate } from '../../../shared/calendar/isoDate';

/**
 * Day boundaries on the desk's clock (Europe/Amsterdam), whatever the machine's time zone:
 * "today's callbacks" means the same calendar day on every workstation.
 */
export function startOfDay(instant: Date): Date {
  return amsterdamInstant(amsterdamDate(instant), '00:00');
}

/** The last millisecond of the instant's calendar day (23 or 25 hours long on DST days). */
export function endOfDay(instant: Date): Date {
  return new Date(amsterdamInstant(addDays(amsterdamDate(instant), 1), '00:00').getTime() - 1);
}

export function sameDay(a: Date, b: Date): boolean {
  return amsterdamDate(a) === amsterdamDate(b);
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

// The calendar day changes at most once a minute's check; one shared timer for every component.
const dayListeners = new Set<() => void>();
let currentDay = '';
let dayTimer: ReturnType<typeof setInterval> | undefined;

function subscribeDay(listener: () => void) {
  dayListeners.add(listener);
  dayTimer ??= setInterval(() => {
    const next = todayInAmsterdam();
    if (next !== currentDay) {
      currentDay = next;
      for (const l of dayListeners) l();
    }
  }, 60_000);
  return () => {
    dayListeners.delete(listener);
    if (dayListeners.size === 0 && dayTimer) {
      clearInterval(dayTimer);
      dayTimer = undefined;
    }
  };
}

/** Today's date on the desk's clock; re-renders after midnight so days-left counts stay right. */
export function useToday(): IsoDate {
  return useSyncExternalStore(subscribeDay, () => {
    currentDay = todayInAmsterdam();
    return currentDay;
  });
}
