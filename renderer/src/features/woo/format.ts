import { useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { makeIsoDate, parseIsoDate, type IsoDate } from '../../../../shared/calendar/isoDate';
import { useStationCode } from '../../workstation';
import { actorFor } from '../../workstation';

/** The local calendar day (the workstation's clock, Europe/Amsterdam at the desk). */
export function todayIso(now: Date = new Date()): IsoDate {
  return makeIsoDate(now.getFullYear(), now.getMonth() + 1, now.getDate());
}

// The day changes at most once a minute's check; one shared timer for every component showing it.
const listeners = new Set<() => void>();
let current = '';
let timer: ReturnType<typeof setInterval> | undefined;

function subscribe(listener: () => void) {
  listeners.add(listener);
  if (!timer) {
    timer = setInterval(() => {
      const next = todayIso();
      if (next !== current) {
        current = next;
        for (const l of listeners) l();
      }
    }, 60_000);
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0 && timer) {
      clearInterval(timer);
      timer = undefined;
    }
  };
}

/** Today's date; re-renders after midnight so days-left counts stay right on a screen left open. */
export function useToday(): IsoDate {
  return useSyncExternalStore(subscribe, () => {
    current = todayIso();
    return current;
  });
}

export function uiLocale(language: string | undefined): string {
  return language === 'en' ? 'en-GB' : 'nl-NL';
}

/** Formats IsoDates and timestamps in the UI language. */
export function useDateFormat() {
  const { i18n } = useTranslation();
  const locale = uiLocale(i18n.resolvedLanguage);
  return {
    locale,
    date(iso: IsoDate, options: { weekday?: boolean } = {}): string {
      const parts = parseIsoDate(iso);
      if (!parts) return iso;
      return new Intl.DateTimeFormat(locale, {
        ...(options.weekday ? { weekday: 'long' } : {}),
        day: 'numeric',
        month: 'long',
        year: 'numeric',
        timeZone: 'UTC',
      }).format(Date.UTC(parts.year, parts.month - 1, parts.day));
    },
    dateTime(isoTimestamp: string): string {
      return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' }).format(
        new Date(isoTimestamp),
      );
    },
  };
}

/**
 * Who an action is recorded as: the intake's convention (the workstation's station code until
 * staff sign in). Undefined while the station code loads, so nothing is recorded as 'onbekend'.
 */
export function useActor(): string | undefined {
  const station = useStationCode();
  return station ? actorFor(station) : undefined;
}
