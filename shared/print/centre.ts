/** How a visitor reaches the Openbaarheidscentrum; printed on everything they take home. */
import { html, type SafeHtml } from './html';
import type { IsoDate } from '../calendar/isoDate';
import type { ReceiptLanguage, Translate } from './language';

export interface CentreContact {
  /** 'Openbaarheidscentrum Gemeente Amsterdam' */
  name: string;
  address?: string;
  phone?: string;
  /** A number that also works from a foreign SIM (+31 …), where the centre has one. */
  phoneAbroad?: string;
  email?: string;
  website?: string;
  openingHours?: string;
}

/** What every document a visitor takes home is printed with: their language, the centre, the day. */
export interface VisitorLetterBase {
  language: ReceiptLanguage;
  centre: CentreContact;
  printedOn: IsoDate;
}

/**
 * The centre's contact lines – only those the centre's settings hold, so nothing is promised that
 * is not printed. Phone numbers, e-mail and web addresses stay left-to-right in RTL text.
 */
export function centreContactBlock(centre: CentreContact, t: Translate): SafeHtml {
  const row = (label: string, value: string | undefined, ltr = false) =>
    value ? html`<dt>${label}</dt><dd${ltr ? html` class="ltr" dir="ltr"` : ''}>${value}</dd>` : '';
  return html`<p><strong>${centre.name}</strong></p>
<dl class="facts">
${row(t('centre.address'), centre.address)}
${row(t('centre.phone'), centre.phone, true)}
${row(t('centre.phoneAbroad'), centre.phoneAbroad, true)}
${row(t('centre.email'), centre.email, true)}
${row(t('centre.website'), centre.website, true)}
${row(t('centre.openingHours'), centre.openingHours)}
</dl>`;
}
