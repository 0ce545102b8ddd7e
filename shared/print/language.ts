/**
 * Languages of the documents a visitor takes home. Wider than the UI languages (nl, en): the
 * desk serves people who read Turkish, Arabic, Polish or Ukrainian better than Dutch.
 */
import { parseIsoDate, type IsoDate } from '../calendar/isoDate';

export const RECEIPT_LANGUAGES = ['nl', 'en', 'tr', 'ar', 'pl', 'uk'] as const;
export type ReceiptLanguage = (typeof RECEIPT_LANGUAGES)[number];

export function isReceiptLanguage(value: unknown): value is ReceiptLanguage {
  return (RECEIPT_LANGUAGES as readonly unknown[]).includes(value);
}

export function receiptDirection(lng: ReceiptLanguage): 'ltr' | 'rtl' {
  return lng === 'ar' ? 'rtl' : 'ltr';
}

/** ISO 639-2/B, as the case stores the visitor's language (Klantinteracties `taal`). */
const FROM_ISO_639_2: Record<string, ReceiptLanguage> = { dut: 'nl', eng: 'en', tur: 'tr', ara: 'ar', pol: 'pl', ukr: 'uk' };

export function receiptLanguageFor(visitorLanguage: string | undefined): ReceiptLanguage | undefined {
  return visitorLanguage ? FROM_ISO_639_2[visitorLanguage] : undefined;
}

/** Translates a key of the `receipt` namespace; the caller passes i18next's getFixedT(lng, 'receipt'). */
export type Translate = (key: string, values?: Record<string, string>) => string;

const LOCALES: Record<ReceiptLanguage, string> = { nl: 'nl-NL', en: 'en-GB', tr: 'tr-TR', ar: 'ar', pl: 'pl-PL', uk: 'uk-UA' };

/**
 * '7 april 2026' in the document's language. Digits are pinned to Latin in every language, so the
 * date reads the same as in the Dutch letters the visitor will receive and across ICU versions.
 */
export function formatReceiptDate(date: IsoDate, lng: ReceiptLanguage, options: { weekday?: boolean } = {}): string {
  const parts = parseIsoDate(date);
  if (!parts) throw new RangeError(`Not a valid calendar date (YYYY-MM-DD): ${JSON.stringify(date)}`);
  return new Intl.DateTimeFormat(LOCALES[lng], {
    ...(options.weekday ? { weekday: 'long' } : {}),
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
    numberingSystem: 'latn',
  }).format(Date.UTC(parts.year, parts.month - 1, parts.day));
}
