import { answerIn, type Answer } from '../../../../shared/answers/answer';
import type { IsoDate } from '../../../../shared/calendar/isoDate';
import type { CentreSettings } from '../../../../shared/centre/settings';
import { answerPrintTitle, buildAnswerHtml } from '../../../../shared/print/answer';
import { isReceiptLanguage, type ReceiptLanguage, type Translate } from '../../../../shared/print/language';
import { host } from '../../host';
import { i18n } from '../../i18n';

/** The print frame's words in the visitor's language; the centre's contact lines come from the receipt texts. */
function printTranslator(lng: ReceiptLanguage): Translate {
  const own = i18n.getFixedT(lng, 'answerPrint');
  const receipt = i18n.getFixedT(lng, 'receipt');
  return (key, values) => (key.startsWith('centre.') ? receipt(key, values ?? {}) : own(key.replace(/^answerPrint:/, ''), values ?? {}));
}

/** The printed page for an answer in a visitor language (its translation where there is one). */
export function answerPrintHtml(answer: Answer, language: string, centre: CentreSettings | null, today: IsoDate): { html: string; title: string } {
  const lng: ReceiptLanguage = isReceiptLanguage(language) ? language : 'nl';
  const t = printTranslator(lng);
  const text = answerIn(answer, lng);
  const data = {
    language: lng,
    centre: {
      name: centre?.name ?? t('answerPrint:centre'),
      ...(centre?.address ? { address: centre.address } : {}),
      ...(centre?.phone ? { phone: centre.phone } : {}),
      ...(centre?.email ? { email: centre.email } : {}),
      ...(centre?.website ? { website: centre.website } : {}),
      ...(centre?.openingHours ? { openingHours: centre.openingHours } : {}),
    },
    printedOn: today,
    title: text.title,
    body: text.body,
    textLanguage: isReceiptLanguage(text.language) ? text.language : 'nl',
    links: answer.links,
  };
  return { html: buildAnswerHtml(data, t), title: answerPrintTitle(data, t) };
}

export async function printAnswer(answer: Answer, language: string, centre: CentreSettings | null, today: IsoDate): Promise<boolean> {
  const { html, title } = answerPrintHtml(answer, language, centre, today);
  // The host's print is an IPC call in Electron and rejects when the main side throws: that is a
  // failed print for the screen to report, not an unhandled rejection.
  try {
    const result = await host.print({ html, title, target: 'printer' });
    return result.ok || Boolean(result.cancelled);
  } catch {
    return false;
  }
}
