/**
 * The visitor's receipt for a Woo request: what they asked, the case number, by when the decision
 * is sent, what happens next, what to do when it is late, and how to reach the centre. Plain
 * language (B1): short sentences, "Woo" explained. The words come from locales/<lng>/receipt.json
 * through `t`; every value – translated text included – is escaped, and every value inserted into
 * a sentence is wrapped in Unicode isolates (FSI … PDI).
 */
import type { IsoDate } from '../calendar/isoDate';
import type { DecisionDelivery, DisclosureForm } from '../woo/request';
import { lateRemedy } from '../woo/deadline';
import { centreContactBlock, type CentreContact } from './centre';
import { html, multiline } from './html';
import { formatReceiptDate, formatReceiptWeekday, isolatingTranslate, receiptDirection, type ReceiptLanguage, type Translate } from './language';
import { printPage } from './page';

export interface ReceiptData {
  language: ReceiptLanguage;
  caseNumber: string;
  receivedOn: IsoDate;
  /** Null while the term is suspended. */
  decideBy: IsoDate | null;
  /** The last day a verdaging can be announced; null while a suspension is open. */
  extensionNoticeBy: IsoDate | null;
  /** The latest possible decision date if the term is extended (without further suspension). */
  latestIfExtended?: IsoDate | null;
  extended: boolean;
  bestuursorgaan: string;
  subject: string;
  period?: string;
  disclosureForm: DisclosureForm;
  decisionDelivery: DecisionDelivery;
  /** Where the decision goes (the e-mail or postal address as recorded), so the visitor can spot a typo. */
  deliveryAddress?: string;
  /** False for an anonymous visitor who left no way to reach them: they are asked to get in touch. */
  reachable?: boolean;
  /** Once decided: the last day to object (bezwaar) and, when delayed, the first day of disclosure. */
  decision?: { bezwaarBy: IsoDate; disclosureFrom?: IsoDate };
  centre: CentreContact;
  /** The day it is printed. */
  printedOn: IsoDate;
}

const FORM_KEYS: Record<DisclosureForm, string> = { digitaal: 'receipt.formDigitaal', papier: 'receipt.formPapier' };
const DELIVERY_KEYS: Record<DecisionDelivery, string> = {
  email: 'receipt.deliveryEmail',
  post: 'receipt.deliveryPost',
  mondeling: 'receipt.deliveryMondeling',
};

export function receiptTitle(data: Pick<ReceiptData, 'caseNumber'>, t: Translate): string {
  return t('receipt.documentTitle', { caseNumber: data.caseNumber });
}

export function buildReceiptHtml(data: ReceiptData, translate: Translate): string {
  const lng = data.language;
  // Every value inserted into a translated sentence is isolated, so a case number or date keeps
  // its order in right-to-left text whatever character it starts with.
  const t = isolatingTranslate(translate);
  const date = (iso: IsoDate) => formatReceiptDate(iso, lng);
  const weekday = (iso: IsoDate) => formatReceiptWeekday(iso, lng);
  const remedy = data.decideBy ? lateRemedy(data.decideBy) : null;

  // A receipt reprinted after the decision: the decision was sent, so no "by when", no "what if
  // we are late" and no steps still to come – only the bezwaar date and the disclosure date.
  const decided = data.decision !== undefined;
  // Nobody can be sent a verdaging letter or a new date without an address: such a visitor is asked to enquire.
  const unreachable = data.reachable === false;
  const deadline = decided
    ? html`<p><strong>${t('receipt.decided')}</strong></p>`
    : data.decideBy === null
      ? html`<p>${t('receipt.deadlineSuspended')}</p>`
      : html`<p><strong>${t('receipt.deadline', { weekday: weekday(data.decideBy), date: date(data.decideBy) })}</strong></p>
${
  data.extended
    ? html`<p>${t('receipt.deadlineExtended')}</p>`
    : data.extensionNoticeBy && data.latestIfExtended
      ? html`<p>${t(unreachable ? 'receipt.extensionNoteUnreachable' : 'receipt.extensionNote', { date: date(data.extensionNoticeBy), latest: date(data.latestIfExtended) })}</p>`
      : ''
}`;

  const body = html`<div class="org"><strong>${data.centre.name}</strong><span>${date(data.printedOn)}</span></div>
<h1>${t('receipt.title')}</h1>
<p>${t('receipt.intro')}</p>

<h2>${t('receipt.whatIsWooTitle')}</h2>
<p>${t('receipt.whatIsWoo')}</p>

<h2>${t('receipt.detailsTitle')}</h2>
<dl class="facts">
<dt>${t('receipt.caseNumber')}</dt><dd class="ltr" dir="ltr">${data.caseNumber}</dd>
<dt>${t('receipt.receivedOn')}</dt><dd>${date(data.receivedOn)}</dd>
<dt>${t('receipt.askedOf')}</dt><dd lang="nl" dir="auto">${data.bestuursorgaan}</dd>
${data.period ? html`<dt>${t('receipt.period')}</dt><dd dir="auto">${data.period}</dd>` : ''}
<dt>${t('receipt.form')}</dt><dd>${t(FORM_KEYS[data.disclosureForm])}</dd>
<dt>${t('receipt.delivery')}</dt><dd>${t(DELIVERY_KEYS[data.decisionDelivery])}${data.deliveryAddress ? html`<br><span class="delivery-address" dir="ltr">${multiline(data.deliveryAddress)}</span>` : ''}</dd>
</dl>
<p><strong>${t('receipt.subject')}</strong></p>
<p class="quote" dir="auto">${multiline(data.subject)}</p>

<h2>${t('receipt.deadlineTitle')}</h2>
<div class="deadline">${deadline}</div>
${
  data.decision
    ? html`<p><strong>${t('receipt.bezwaarBy', { date: date(data.decision.bezwaarBy) })}</strong></p>
${data.decision.disclosureFrom ? html`<p>${t('receipt.disclosureFrom', { date: date(data.decision.disclosureFrom) })}</p>` : ''}`
    : ''
}

${
  decided
    ? ''
    : html`<h2>${t('receipt.nextTitle')}</h2>
<ol class="steps">
<li>${t('receipt.next1')}</li>
<li>${data.reachable === false ? t('receipt.next2Unreachable') : t('receipt.next2')}</li>
<li>${t('receipt.next3')}</li>
<li>${t('receipt.next4')}</li>
<li>${t('receipt.next5')}</li>
</ol>`
}
${data.decisionDelivery === 'mondeling' ? html`<p>${t('receipt.oral')}</p>` : ''}
${
  !decided && data.decideBy && remedy
    ? html`<h2>${t('receipt.lateTitle')}</h2>
<p>${t('receipt.late', { date: date(data.decideBy), noticeFrom: date(remedy.noticeFrom), body: data.bestuursorgaan })}</p>
<p>${t('receipt.lateAppeal', { noticeFrom: date(remedy.noticeFrom), appealFrom: date(remedy.appealFrom) })}</p>
<p>${t(unreachable ? 'receipt.lateNewDateUnreachable' : 'receipt.lateNewDate')}</p>`
    : ''
}

<h2>${t('receipt.contactTitle')}</h2>
<p>${data.reachable === false ? t('receipt.contactUnreachable', { caseNumber: data.caseNumber }) : t('receipt.contact', { caseNumber: data.caseNumber })}</p>
${centreContactBlock(data.centre, t)}
<footer>${t('receipt.keep')}</footer>`;

  return printPage({ lang: lng, dir: receiptDirection(lng), title: receiptTitle(data, translate), body });
}
