/**
 * A note the visitor takes along when the information is held by another body (Woo art. 4.2):
 * which body, what they asked, and how to ask there. In the visitor's language.
 */
import { centreContactBlock, type VisitorLetterBase } from './centre';
import { html, multiline } from './html';
import { formatReceiptDate, receiptDirection, type Translate } from './language';
import { printPage } from './page';

export interface ReferralData extends VisitorLetterBase {
  /** The body the visitor is referred to, as named in the directory. */
  body: string;
  subject: string;
  caseNumber?: string;
}

export function referralTitle(data: Pick<ReferralData, 'body'>, t: Translate): string {
  return t('referral.documentTitle', { body: data.body });
}

export function buildReferralHtml(data: ReferralData, t: Translate): string {
  const lng = data.language;
  const body = html`<div class="org"><strong>${data.centre.name}</strong><span>${formatReceiptDate(data.printedOn, lng)}</span></div>
<h1>${t('referral.title')}</h1>
<p>${t('referral.intro')}</p>
<div class="deadline"><p>${t('referral.goTo')}</p><p><strong lang="nl" dir="auto">${data.body}</strong></p></div>
${data.subject.trim() ? html`<p><strong>${t('referral.subject')}</strong></p><p class="quote" dir="auto">${multiline(data.subject)}</p>` : ''}
<h2>${t('referral.howTitle')}</h2>
<ol class="steps">
<li>${t('referral.how1')} <strong lang="nl" dir="ltr" class="ltr">${data.body} Woo-verzoek</strong></li>
<li>${t('referral.how2')}</li>
<li>${t('referral.how3')}</li>
</ol>
<p class="small">${t('referral.law')}</p>
<h2>${t('referral.contactTitle')}</h2>
${data.caseNumber ? html`<p>${t('referral.caseNumber')} <span class="ltr" dir="ltr">${data.caseNumber}</span></p>` : ''}
${centreContactBlock(data.centre, t)}`;
  return printPage({ lang: lng, dir: receiptDirection(lng), title: referralTitle(data, t), body });
}
