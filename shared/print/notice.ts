/** The new-deadline message (Woo art. 4.4 lid 4) as a printable letter. */
import type { IsoDate } from '../calendar/isoDate';
import { formatDutchDate } from '../calendar/dutchDate';
import type { NewDeadlineNotice } from '../woo/notice';
import { html, multiline } from './html';
import { printPage } from './page';

export function buildNoticeHtml(notice: NewDeadlineNotice, options: { centreName: string; printedOn: IsoDate }): string {
  const body = html`<div class="org"><strong>${options.centreName}</strong><span>${formatDutchDate(options.printedOn)}</span></div>
<h1>${notice.subject}</h1>
${notice.paragraphs.map((paragraph) => html`<p>${multiline(paragraph)}</p>`)}`;
  return printPage({ lang: 'nl', title: notice.subject, body });
}
