/** The new-deadline message after a suspension as a printable letter: staff's Dutch text, or the visitor's language. */
import type { IsoDate } from '../calendar/isoDate';
import { addDays, diffDays } from '../calendar/isoDate';
import { formatDutchDate } from '../calendar/dutchDate';
import type { NewDeadlineNotice, NewDeadlineNoticeData } from '../woo/notice';
import { centreContactBlock, type VisitorLetterBase } from './centre';
import { html, multiline } from './html';
import { formatReceiptDate, formatReceiptWeekday, isolatingTranslate, receiptDirection, type Translate } from './language';
import { printPage } from './page';

export function buildNoticeHtml(notice: NewDeadlineNotice, options: { centreName: string; printedOn: IsoDate }): string {
  const body = html`<div class="org"><strong>${options.centreName}</strong><span>${formatDutchDate(options.printedOn)}</span></div>
<h1>${notice.subject}</h1>
${notice.paragraphs.map((paragraph) => html`<p>${multiline(paragraph)}</p>`)}`;
  return printPage({ lang: 'nl', title: notice.subject, body });
}

/** The same facts as staff's Dutch message, in the visitor's language, with the centre's contact lines. */
export interface NoticeLetterData extends Omit<NewDeadlineNoticeData, 'centreName'>, VisitorLetterBase {}

export function noticeLetterTitle(data: Pick<NoticeLetterData, 'caseNumber'>, t: Translate): string {
  return t('notice.documentTitle', { caseNumber: data.caseNumber });
}

/**
 * The new-deadline letter in the visitor's language (the `receipt` namespace's `notice` keys):
 * what was asked, how long the term stood still (its last day named, "tot en met"), the new
 * latest date to send the decision, and the ground – Woo art. 4.4 lid 4 only after a zienswijze,
 * Awb 4:15 after a precisering. Inserted values are isolated (FSI … PDI) for right-to-left text.
 */
export function buildNoticeLetterHtml(data: NoticeLetterData, translate: Translate): string {
  const s = data.suspension;
  if (s.until === undefined) throw new RangeError('The suspension has not ended yet: there is no new date to announce.');
  const t = isolatingTranslate(translate);
  const lng = data.language;
  const date = (iso: IsoDate) => formatReceiptDate(iso, lng);
  const kind = s.kind === 'zienswijze' ? 'Zienswijze' : 'Precisering';
  const days = diffDays(s.from, s.until);
  const last = addDays(s.until, -1);
  const outcome =
    s.ended === 'lapsed'
      ? t(`notice.lapsed${kind}`, { answerBy: date(s.answerBy) })
      : t(`notice.answered${kind}`, { endedOn: date(s.endedOn ?? s.until) });
  const paused =
    days === 0
      ? t('notice.notPaused')
      : days === 1
        ? t('notice.pausedOneDay', { from: date(s.from) })
        : t('notice.paused', { from: date(s.from), last: date(last) });

  const body = html`<div class="org"><strong>${data.centre.name}</strong><span>${date(data.printedOn)}</span></div>
<h1>${noticeLetterTitle(data, t)}</h1>
<p>${data.requesterName ? t('notice.greetingName', { name: data.requesterName }) : t('notice.greeting')}</p>
<p>${t('notice.received', { receivedOn: date(data.receivedOn), caseNumber: data.caseNumber })}</p>
<p>${t(`notice.asked${kind}`, { requestedOn: date(s.requestedOn) })} ${outcome}</p>
<p>${paused}</p>
<div class="deadline"><p><strong>${t('notice.newDate', { weekday: formatReceiptWeekday(data.decideBy, lng), date: date(data.decideBy) })}</strong></p>
${data.extended ? html`<p>${t('notice.extended')}</p>` : ''}</div>
<p>${s.kind === 'zienswijze' ? t('notice.lawZienswijze') : t('notice.lawPrecisering')}</p>
<p>${t('notice.questions', { caseNumber: data.caseNumber })}</p>
${centreContactBlock(data.centre, t)}
<p>${t('notice.closing')}<br>${data.centre.name}</p>`;
  return printPage({ lang: lng, dir: receiptDirection(lng), title: noticeLetterTitle(data, translate), body });
}
