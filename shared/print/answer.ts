/**
 * An answer from the library (kennisbank) printed for the visitor to take home: the answer in
 * their language where a translation exists (else in Dutch), its links, and how to reach the
 * centre. The frame's words come from the `answerPrint` namespace in the same language.
 */
import { centreContactBlock, type VisitorLetterBase } from './centre';
import { html, multiline } from './html';
import { formatReceiptDate, receiptDirection, type ReceiptLanguage, type Translate } from './language';
import { printPage } from './page';

export interface AnswerPrintData extends VisitorLetterBase {
  title: string;
  body: string;
  /** The language the title and body are written in (a translation's or 'nl'). */
  textLanguage: ReceiptLanguage;
  links: ReadonlyArray<{ label: string; url: string }>;
}

export function answerPrintTitle(data: Pick<AnswerPrintData, 'title'>, t: Translate): string {
  return t('documentTitle', { title: data.title });
}

/** Paragraphs at blank lines, line breaks kept inside them: the way coordinators type an answer. */
function paragraphs(text: string) {
  return text
    .split(/\n\s*\n/)
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => html`<p>${multiline(part)}</p>`);
}

export function buildAnswerHtml(data: AnswerPrintData, t: Translate): string {
  const lng = data.language;
  const body = html`<div class="org"><strong>${data.centre.name}</strong><span>${formatReceiptDate(data.printedOn, lng)}</span></div>
<p class="small">${t('intro')}</p>
<div lang="${data.textLanguage}" dir="${receiptDirection(data.textLanguage)}">
<h1>${data.title}</h1>
${paragraphs(data.body)}
</div>
${data.textLanguage !== lng ? html`<p class="small">${t('untranslated')}</p>` : ''}
${data.links.length
    ? html`<h2>${t('linksTitle')}</h2><dl class="facts">${data.links.map(
        (link) => html`<dt dir="auto">${link.label}</dt><dd class="ltr" dir="ltr">${link.url}</dd>`,
      )}</dl>`
    : ''}
<h2>${t('contactTitle')}</h2>
<p>${t('help')}</p>
${centreContactBlock(data.centre, t)}`;
  return printPage({ lang: lng, dir: receiptDirection(lng), title: answerPrintTitle(data, t), body });
}
