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

/** Unicode FIRST STRONG ISOLATE and POP DIRECTIONAL ISOLATE. */
export const FSI = '\u2068';
export const PDI = '\u2069';
const NBSP = '\u00a0';

/**
 * A value to insert into a translated sentence, isolated from its surroundings: a case number
 * starting with a digit or a name in Arabic script keeps its own order and does not reorder the
 * words around it in right-to-left (or left-to-right) text.
 */
export function isolate(value: string): string {
  return `${FSI}${value}${PDI}`;
}

/**
 * `t` with every interpolated value isolated (see {@link isolate}). A value that ends in an
 * abbreviation's full stop (pl "2026 r.", uk "2026 р.") at the end of a sentence takes no second
 * full stop: "do 1 czerwca 2026 r." – never "r..".
 */
export function isolatingTranslate(t: Translate): Translate {
  return (key, values) =>
    values ? t(key, Object.fromEntries(Object.entries(values).map(([k, v]) => [k, isolate(v)]))).replaceAll(`.${PDI}.`, `.${PDI}`) : t(key);
}

/** The weekday of a date in the document's language ('maandag'), for a sentence's own grammar. */
export function formatReceiptWeekday(date: IsoDate, lng: ReceiptLanguage): string {
  const parts = parseIsoDate(date);
  if (!parts) throw new RangeError(`Not a valid calendar date (YYYY-MM-DD): ${JSON.stringify(date)}`);
  return new Intl.DateTimeFormat(LOCALES[lng], { weekday: 'long', timeZone: 'UTC' }).format(Date.UTC(parts.year, parts.month - 1, parts.day));
}

/**
 * '7 april 2026' in the document's language. Digits are pinned to Latin in every language, so the
 * date reads the same as in the Dutch letters the visitor will receive and across ICU versions.
 */
export function formatReceiptDate(date: IsoDate, lng: ReceiptLanguage, options: { weekday?: boolean } = {}): string {
  const parts = parseIsoDate(date);
  if (!parts) throw new RangeError(`Not a valid calendar date (YYYY-MM-DD): ${JSON.stringify(date)}`);
  const text = new Intl.DateTimeFormat(LOCALES[lng], {
    ...(options.weekday ? { weekday: 'long' } : {}),
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
    numberingSystem: 'latn',
  }).format(Date.UTC(parts.year, parts.month - 1, parts.day));
  // Polish writes the year with "r." (roku) after a full date; ICU leaves it out. Ukrainian ICU
  // writes "р." itself. Both keep the abbreviation on the year's line (no-break space), so a line
  // never starts with "r.".
  if (lng === 'pl') return /r\.$/.test(text) ? text.replace(/\s+r\.$/, `${NBSP}r.`) : `${text}${NBSP}r.`;
  if (lng === 'uk') return text.replace(/\s+р\.$/, `${NBSP}р.`);
  return text;
}
