import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { AMSTERDAM_TIME_ZONE } from '../../../shared/calendar/amsterdam';
import { parseIsoDate, type IsoDate } from '../../../shared/calendar/isoDate';

/**
 * The one way the UI shows dates, times and numbers: in the UI language's conventions, and
 * always on the desk's clock (Europe/Amsterdam) whatever time zone the machine is set to.
 * Instants (timestamps) and calendar dates (IsoDate, e.g. a legal deadline) are different things:
 * a calendar date has no time zone and is formatted as that day, never shifted.
 */
export function uiLocale(language: string | undefined): string {
  return language === 'en' ? 'en-GB' : 'nl-NL';
}

export interface Formatters {
  locale: string;
  /** 14:05 */
  time(value: string | Date): string;
  /** ma 3 mrt */
  day(value: string | Date): string;
  /** 3 maart 2026 (the day of an instant) */
  date(value: string | Date): string;
  /** 3 maart 2026 14:05 */
  dateTime(value: string | Date): string;
  /** 3 mrt 2026 14:05 */
  shortDateTime(value: string | Date): string;
  /** A calendar date as that day: 30 maart 2026, or maandag 30 maart 2026 with `weekday`. */
  calendarDate(iso: IsoDate, options?: { weekday?: boolean }): string;
  number(value: number): string;
}

export function formatters(language: string | undefined): Formatters {
  const locale = uiLocale(language);
  const zone = { timeZone: AMSTERDAM_TIME_ZONE } as const;
  const time = new Intl.DateTimeFormat(locale, { ...zone, hour: '2-digit', minute: '2-digit' });
  const day = new Intl.DateTimeFormat(locale, { ...zone, weekday: 'short', day: 'numeric', month: 'short' });
  const dateTime = new Intl.DateTimeFormat(locale, { ...zone, day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit' });
  const shortDateTime = new Intl.DateTimeFormat(locale, { ...zone, day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' });
  const date = new Intl.DateTimeFormat(locale, { ...zone, day: 'numeric', month: 'long', year: 'numeric' });
  // A calendar date is formatted at UTC midnight in UTC, so no zone can move it to another day.
  const calendar = new Intl.DateTimeFormat(locale, { timeZone: 'UTC', day: 'numeric', month: 'long', year: 'numeric' });
  const calendarWeekday = new Intl.DateTimeFormat(locale, { timeZone: 'UTC', weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });
  const number = new Intl.NumberFormat(locale);
  return {
    locale,
    time: (value) => time.format(new Date(value)),
    day: (value) => day.format(new Date(value)),
    date: (value) => date.format(new Date(value)),
    dateTime: (value) => dateTime.format(new Date(value)),
    shortDateTime: (value) => shortDateTime.format(new Date(value)),
    calendarDate(iso, options = {}) {
      const parts = parseIsoDate(iso);
      if (!parts) return iso;
      return (options.weekday ? calendarWeekday : calendar).format(Date.UTC(parts.year, parts.month - 1, parts.day));
    },
    number: (value) => number.format(value),
  };
}

/** The formatters for the current UI language. */
export function useFormatters(): Formatters {
  const { i18n } = useTranslation();
  const language = i18n.resolvedLanguage;
  return useMemo(() => formatters(language), [language]);
}

/** 75 → '01:15'; an hour or more → '1:02:05'. */
export function formatDuration(totalSeconds: number): string {
  const s = Math.max(0, Math.floor(totalSeconds));
  const hours = Math.floor(s / 3600);
  const mm = String(Math.floor((s % 3600) / 60)).padStart(2, '0');
  const ss = String(s % 60).padStart(2, '0');
  return hours ? `${hours}:${mm}:${ss}` : `${mm}:${ss}`;
}
