import { useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';

/** Dates and times in the UI language's conventions, always on the workstation's clock. */
export function useFormatters() {
  const { i18n } = useTranslation();
  const locale = i18n.resolvedLanguage === 'en' ? 'en-GB' : 'nl-NL';
  const time = new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit' });
  const day = new Intl.DateTimeFormat(locale, { weekday: 'short', day: 'numeric', month: 'short' });
  const dateTime = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit' });
  const date = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric' });
  return {
    time: (value: string | Date) => time.format(new Date(value)),
    day: (value: string | Date) => day.format(new Date(value)),
    date: (value: string | Date) => date.format(new Date(value)),
    dateTime: (value: string | Date) => dateTime.format(new Date(value)),
    number: (value: number) => value.toLocaleString(locale),
  };
}

/** 75 → '01:15'; an hour or more → '1:02:05'. */
export function formatDuration(totalSeconds: number): string {
  const s = Math.max(0, Math.floor(totalSeconds));
  const hours = Math.floor(s / 3600);
  const mm = String(Math.floor((s % 3600) / 60)).padStart(2, '0');
  const ss = String(s % 60).padStart(2, '0');
  return hours ? `${hours}:${mm}:${ss}` : `${mm}:${ss}`;
}

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
