import { isIsoDate, type IsoDate } from '../../../../shared/calendar/isoDate';
import { formatReceiptDate, isReceiptLanguage, type ReceiptLanguage } from '../../../../shared/print/language';
import { host } from '../../host';
import { i18n } from '../../i18n';
import type { PublishedDocument } from './documentIndex';
import { buildHandoutHtml, handoutTitle, type HandoutTranslate } from './handout';

/**
 * The hand-out in a visitor language (nl, en, tr, ar, pl, uk), as the printed answer: frame texts
 * from the `handout` namespace, dates in that language. The category's name exists only in the UI
 * languages; in the others it falls back to the Dutch name, which matches the Dutch document.
 */
export function handoutHtml(
  document: PublishedDocument,
  language: string,
  centreName: string | undefined,
  today: IsoDate,
): { html: string; title: string; language: ReceiptLanguage } {
  const lng: ReceiptLanguage = isReceiptLanguage(language) ? language : 'nl';
  const own = i18n.getFixedT(lng, 'handout');
  const t: HandoutTranslate = (key, values) => own(key, values ?? {});
  const search = i18n.getFixedT(lng, 'search');
  const categoryKey = `categories.${document.category}`;
  const categoryName = document.category && i18n.exists(categoryKey, { ns: 'search', lng }) ? search(categoryKey) : '';
  const html = buildHandoutHtml(
    {
      language: lng,
      document,
      ...(categoryName ? { categoryName: `${document.category} ${categoryName}` } : {}),
      // A catalogue date that is not a calendar date is left off rather than breaking the print.
      ...(isIsoDate(document.publishedOn) ? { publishedOn: formatReceiptDate(document.publishedOn, lng) } : {}),
      centreName: centreName ?? t('handout:centre'),
      printedOn: formatReceiptDate(today, lng),
    },
    t,
  );
  return { html, title: handoutTitle(document.title, t), language: lng };
}

/** Prints the hand-out; false when the print failed (a cancelled dialog is not a failure). */
export async function printHandout(document: PublishedDocument, language: string, centreName: string | undefined, today: IsoDate): Promise<boolean> {
  const { html, title } = handoutHtml(document, language, centreName, today);
  // The host's print is an IPC call in Electron and rejects when the main side throws.
  try {
    const result = await host.print({ html, title, target: 'printer' });
    return result.ok || Boolean(result.cancelled);
  } catch {
    return false;
  }
}
