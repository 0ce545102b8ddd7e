/**
 * Builds the printed documents (pure builders in shared/print) with the right words and hands
 * them to the host: Electron prints or saves a PDF, the browser host prints.
 */
import type { IsoDate } from '../../../../shared/calendar/isoDate';
import type { PrintResult } from '../../../../shared/host';
import type { CaseRecord } from '../../../../shared/model/case';
import { buildFormalRequestHtml, formalRequestTitle } from '../../../../shared/print/wooRequest';
import { buildNoticeLetterHtml, noticeLetterTitle, type NoticeLetterData } from '../../../../shared/print/notice';
import { buildReceiptHtml, receiptTitle, type ReceiptData } from '../../../../shared/print/receipt';
import { buildReferralHtml, referralTitle, type ReferralData } from '../../../../shared/print/referral';
import type { ReceiptLanguage, Translate } from '../../../../shared/print/language';
import type { CentreContact } from '../../../../shared/print/centre';
import { bezwaarTermEnd, computeWooTerm, type WooTerm } from '../../../../shared/woo/deadline';
import { wooTermInput } from '../../../../shared/woo/lifecycle';
import type { WooRequestRecord } from '../../../../shared/woo/request';
import { host } from '../../host';
import { i18n } from '../../i18n';

export type PrintTarget = 'printer' | 'pdf';

/** The receipt namespace in a visitor language, whatever the UI language is. */
export function receiptTranslator(lng: ReceiptLanguage): Translate {
  const t = i18n.getFixedT(lng, 'receipt');
  return (key, values) => t(key, values ?? {});
}

export interface ReceiptOptions {
  /** The case, for whether the visitor left a way to reach them. */
  caseRecord?: CaseRecord | undefined;
  extraHolidays?: readonly IsoDate[];
}

export function receiptHtml(
  request: WooRequestRecord,
  caseNumber: string,
  lng: ReceiptLanguage,
  centre: CentreContact,
  today: IsoDate,
  options: ReceiptOptions = {},
): { html: string; title: string } {
  const t = receiptTranslator(lng);
  const extra = options.extraHolidays ?? [];
  const visitor = options.caseRecord?.visitor;
  const address = deliveryAddress(request, visitor);
  // The latest date if a verdaging comes, so the receipt does not give one date two meanings.
  const latestIfExtended = request.extension ? null : computeWooTerm({ ...wooTermInput(request, extra), extended: true }).decideBy;
  const decision = request.decision;
  const data: ReceiptData = {
    language: lng,
    caseNumber,
    receivedOn: request.receivedOn,
    decideBy: request.decideBy,
    extensionNoticeBy: request.extensionNoticeBy,
    latestIfExtended,
    extended: request.extension !== undefined,
    bestuursorgaan: request.bestuursorgaan.name,
    subject: request.subject,
    ...(request.period ? { period: request.period } : {}),
    disclosureForm: request.disclosureForm,
    decisionDelivery: request.decisionDelivery,
    ...(address ? { deliveryAddress: address } : {}),
    // Unknown without the case: then nobody is told they cannot be reached.
    reachable: options.caseRecord ? Boolean(visitor?.email || visitor?.phone || visitor?.postal) : true,
    ...(decision && request.decisionDelivery !== 'mondeling'
      ? {
          decision: {
            bezwaarBy: bezwaarTermEnd(decision.decidedOn, extra),
            ...(decision.disclosureFrom && decision.disclosureFrom !== decision.decidedOn ? { disclosureFrom: decision.disclosureFrom } : {}),
          },
        }
      : {}),
    centre,
    printedOn: today,
  };
  return { html: buildReceiptHtml(data, t), title: receiptTitle(data, t) };
}

export function formalRequestHtml(
  request: WooRequestRecord,
  caseRecord: CaseRecord | undefined,
  term: WooTerm,
  options: { centre: CentreContact; staff: string; today: IsoDate },
): { html: string; title: string } {
  const caseNumber = caseRecord?.number ?? '';
  const v = caseRecord?.visitor ?? {};
  const html = buildFormalRequestHtml({
    caseNumber,
    bestuursorgaan: request.bestuursorgaan.name,
    receivedOn: request.receivedOn,
    ...(request.receivedOnReason ? { receivedOnReason: request.receivedOnReason } : {}),
    filedOn: request.filedOn,
    channel: request.channel,
    requester: {
      ...(v.name ? { name: v.name } : {}),
      ...(v.email ? { email: v.email } : {}),
      ...(v.phone ? { phone: v.phone } : {}),
      ...(v.postal ? { postal: v.postal } : {}),
    },
    decisionDelivery: request.decisionDelivery,
    subject: request.subject,
    ...(request.period ? { period: request.period } : {}),
    disclosureForm: request.disclosureForm,
    decideBy: term.decideBy,
    extensionNoticeBy: term.extensionNoticeBy,
    termExplanation: term.explanation,
    centre: options.centre,
    staff: options.staff,
    printedOn: options.today,
  });
  return { html, title: formalRequestTitle(caseNumber) };
}

export function referralHtml(data: ReferralData): { html: string; title: string } {
  const t = receiptTranslator(data.language);
  return { html: buildReferralHtml(data, t), title: referralTitle(data, t) };
}

/** The new-deadline letter in the visitor's language. */
export function noticeLetterHtml(data: NoticeLetterData): { html: string; title: string } {
  const t = receiptTranslator(data.language);
  return { html: buildNoticeLetterHtml(data, t), title: noticeLetterTitle(data, t) };
}

export async function printDocument(document: { html: string; title: string }, target: PrintTarget): Promise<PrintResult> {
  try {
    return await host.print({ html: document.html, title: document.title, target });
  } catch (error) {
    console.error('Printing failed', error);
    return { ok: false };
  }
}

/** The address the decision is sent to, as recorded on the case (none for an oral decision). */
export function deliveryAddress(request: Pick<WooRequestRecord, 'decisionDelivery'>, visitor: CaseRecord['visitor'] | undefined): string | undefined {
  if (request.decisionDelivery === 'email') return visitor?.email || undefined;
  if (request.decisionDelivery === 'post') return visitor?.postal || undefined;
  return undefined;
}
