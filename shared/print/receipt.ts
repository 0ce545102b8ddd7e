/**
 * The visitor's receipt for a Woo request: what they asked, the case number, when they get an
 * answer, what happens next and how to reach the centre. Plain language (B1): short sentences,
 * "Woo" explained. The words come from locales/<lng>/receipt.json through `t`; every value –
 * translated text included – is escaped.
 */
import type { IsoDate } from '../calendar/isoDate';
import type { DecisionDelivery, DisclosureForm } from '../woo/request';
import { centreContactBlock, type CentreContact } from './centre';
import { html, multiline } from './html';
import { formatReceiptDate, receiptDirection, type ReceiptLanguage, type Translate } from './language';
import { printPage } from './page';

export interface ReceiptData {
  language: ReceiptLanguage;
  caseNumber: string;
  receivedOn: IsoDate;
  /** Null while the term is suspended. */
  decideBy: IsoDate | null;
  /** The last day a verdaging can be announced; null while a suspension is open. */
  extensionNoticeBy: IsoDate | null;
  extended: boolean;
  bestuursorgaan: string;
  subject: string;
  period?: string;
  disclosureForm: DisclosureForm;
  decisionDelivery: DecisionDelivery;
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

export function buildReceiptHtml(data: ReceiptData, t: Translate): string {
  const lng = data.language;
  const date = (iso: IsoDate, weekday = false) => formatReceiptDate(iso, lng, { weekday });

  const deadline =
    data.decideBy === null
      ? html`<p>${t('receipt.deadlineSuspended')}</p>`
      : html`<p><strong>${t('receipt.deadline', { date: date(data.decideBy, true) })}</strong></p>
${data.extended ? html`<p>${t('receipt.deadlineExtended')}</p>` : data.extensionNoticeBy ? html`<p>${t('receipt.extensionNote', { date: date(data.extensionNoticeBy) })}</p>` : ''}`;

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
<dt>${t('receipt.delivery')}</dt><dd>${t(DELIVERY_KEYS[data.decisionDelivery])}</dd>
</dl>
<p><strong>${t('receipt.subject')}</strong></p>
<p class="quote" dir="auto">${multiline(data.subject)}</p>

<h2>${t('receipt.deadlineTitle')}</h2>
<div class="deadline">${deadline}</div>

<h2>${t('receipt.nextTitle')}</h2>
<ol class="steps">
<li>${t('receipt.next1')}</li>
<li>${t('receipt.next2')}</li>
<li>${t('receipt.next3')}</li>
<li>${t('receipt.next4')}</li>
<li>${t('receipt.next5')}</li>
</ol>
${data.decideBy ? html`<p>${t('receipt.late', { date: date(data.decideBy) })}</p>` : ''}

<h2>${t('receipt.contactTitle')}</h2>
<p>${t('receipt.contact', { caseNumber: data.caseNumber })}</p>
${centreContactBlock(data.centre, t)}
<footer>${t('receipt.keep')}</footer>`;

  return printPage({ lang: lng, dir: receiptDirection(lng), title: receiptTitle(data, t), body });
}
