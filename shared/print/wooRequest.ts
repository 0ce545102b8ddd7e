/**
 * The formal Woo request as it goes to the bestuursorgaan: in Dutch, the language of the
 * administration, with everything the body needs to decide and to send the decision, and the
 * term with its computation so the deadline can be checked by hand.
 */
import type { IsoDate } from '../calendar/isoDate';
import { formatDutchDate } from '../calendar/dutchDate';
import type { Channel } from '../model/records';
import type { DecisionDelivery, DisclosureForm } from '../woo/request';
import type { CentreContact } from './centre';
import { html, multiline } from './html';
import { printPage } from './page';

export interface FormalRequestData {
  caseNumber: string;
  bestuursorgaan: string;
  receivedOn: IsoDate;
  receivedOnReason?: string;
  filedOn: IsoDate;
  channel: Channel;
  requester: { name?: string; email?: string; phone?: string; postal?: string };
  decisionDelivery: DecisionDelivery;
  subject: string;
  period?: string;
  disclosureForm: DisclosureForm;
  decideBy: IsoDate | null;
  /** Null while a suspension is open. */
  extensionNoticeBy: IsoDate | null;
  /** The Dutch lines from computeWooTerm that justify the deadline. */
  termExplanation: string[];
  centre: CentreContact;
  /** Who took the request in. */
  staff: string;
  printedOn: IsoDate;
}

const CHANNEL_TEXT: Record<Channel, string> = {
  balie: 'mondeling, aan de balie van het Openbaarheidscentrum',
  telefoon: 'mondeling, per telefoon',
  'e-mail': 'per e-mail',
  post: 'per post',
  chat: 'via de chat',
};

const DELIVERY_TEXT: Record<DecisionDelivery, string> = {
  email: 'per e-mail',
  post: 'per post',
  mondeling: 'mondeling (aan de balie of per telefoon); de verzoeker heeft hiermee ingestemd',
};

const FORM_TEXT: Record<DisclosureForm, string> = { digitaal: 'digitaal', papier: 'op papier' };

export function formalRequestTitle(caseNumber: string): string {
  return `Woo-verzoek ${caseNumber}`;
}

export function buildFormalRequestHtml(data: FormalRequestData): string {
  const d = (date: IsoDate) => formatDutchDate(date);
  const r = data.requester;
  const anonymous = !r.name && !r.email && !r.phone && !r.postal;
  const requester = anonymous
    ? html`<p>De verzoeker heeft geen naam of contactgegevens opgegeven (anoniem verzoek).</p>`
    : html`<dl class="facts aligned">
<dt>Naam</dt><dd>${r.name || 'niet opgegeven'}</dd>
${r.email ? html`<dt>E-mail</dt><dd>${r.email}</dd>` : ''}
${r.phone ? html`<dt>Telefoon</dt><dd>${r.phone}</dd>` : ''}
${r.postal ? html`<dt>Postadres</dt><dd>${multiline(r.postal)}</dd>` : ''}
</dl>`;

  const body = html`<div class="org"><strong>${data.centre.name}</strong><span>${d(data.printedOn)}</span></div>
<h1>Verzoek om openbaarmaking van informatie (Wet open overheid)</h1>
<dl class="facts aligned">
<dt>Aan</dt><dd>${data.bestuursorgaan}</dd>
<dt>Zaaknummer</dt><dd>${data.caseNumber}</dd>
<dt>Datum van ontvangst</dt><dd>${d(data.receivedOn)}</dd>
${data.receivedOnReason ? html`<dt>Toelichting op de datum</dt><dd>${data.receivedOnReason} (vastgelegd op ${d(data.filedOn)})</dd>` : ''}
<dt>Ingediend</dt><dd>${CHANNEL_TEXT[data.channel]}</dd>
</dl>

<h2>Het verzoek</h2>
<p>De verzoeker vraagt op grond van artikel 4.1 van de Wet open overheid om openbaarmaking van informatie over:</p>
<p class="quote">${multiline(data.subject)}</p>
${data.period ? html`<dl class="facts aligned"><dt>Periode</dt><dd>${data.period}</dd></dl>` : ''}
<dl class="facts aligned"><dt>Gewenste vorm</dt><dd>${FORM_TEXT[data.disclosureForm]}</dd></dl>

<h2>Verzoeker</h2>
${requester}
<dl class="facts aligned"><dt>Besluit ontvangen</dt><dd>${DELIVERY_TEXT[data.decisionDelivery]}</dd></dl>

<h2>Beslistermijn</h2>
<p>${
    data.decideBy
      ? html`Uiterste beslisdatum: <strong>${d(data.decideBy)}</strong>.`
      : html`De beslistermijn is opgeschort; de nieuwe beslisdatum volgt als de opschorting eindigt.`
  } ${
    data.extensionNoticeBy
      ? `Verdagen met ten hoogste 2 weken kan tot en met ${d(data.extensionNoticeBy)} (artikel 4.4 lid 2).`
      : 'Verdagen met ten hoogste 2 weken kan zolang de termijn stilstaat (artikel 4.4 lid 2).'
  }</p>
<p class="small">Berekening:</p>
<ul class="small">${data.termExplanation.map((line) => html`<li>${line}</li>`)}</ul>

<p class="signature">Opgenomen door ${data.staff}, ${data.centre.name}.</p>`;

  return printPage({ lang: 'nl', title: formalRequestTitle(data.caseNumber), body });
}
