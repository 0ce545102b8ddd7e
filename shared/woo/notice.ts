/**
 * When a suspension ends, the requester is told the new decision date (Woo art. 4.4 lid 4 for a
 * zienswijze; good practice after a precisering too). This builds that message as plain Dutch text
 * that staff copy into an e-mail; shared/print/notice.ts prints it in the visitor's language.
 */
import type { IsoDate } from '../calendar/isoDate';
import { addDays, diffDays } from '../calendar/isoDate';
import { dutchDays, formatDutchDate } from '../calendar/dutchDate';
import type { WooSuspension } from './request';

export interface NewDeadlineNoticeData {
  caseNumber: string;
  requesterName?: string;
  receivedOn: IsoDate;
  /** The suspension that just ended (with `until`). */
  suspension: WooSuspension;
  decideBy: IsoDate;
  extended: boolean;
  centreName: string;
}

export interface NewDeadlineNotice {
  subject: string;
  /** Paragraphs; join with blank lines for an e-mail. */
  paragraphs: string[];
}

export function newDeadlineNotice(data: NewDeadlineNoticeData): NewDeadlineNotice {
  const d = (date: IsoDate) => formatDutchDate(date);
  const s = data.suspension;
  if (s.until === undefined) throw new RangeError('The suspension has not ended yet: there is no new date to announce.');
  const days = diffDays(s.from, s.until);

  const what =
    s.kind === 'precisering'
      ? `Op ${d(s.requestedOn)} hebben wij u gevraagd uw verzoek preciezer te maken.` +
        (s.ended === 'lapsed'
          ? ` U heeft niet gereageerd binnen de termijn daarvoor (tot en met ${d(s.answerBy)}).`
          : ` Uw antwoord hebben wij op ${d(s.endedOn ?? s.until)} ontvangen. Dank daarvoor.`)
      : `Op ${d(s.requestedOn)} hebben wij u laten weten dat wij een ander (een derde) om zijn mening vragen over het openbaar maken van de informatie (een zienswijze).` +
        (s.ended === 'lapsed'
          ? ` De termijn voor die zienswijze is op ${d(s.answerBy)} verlopen.`
          : ` Die zienswijze hebben wij op ${d(s.endedOn ?? s.until)} ontvangen.`);

  // B1 and no double meaning: name the last suspended day ("tot en met"), not the day after it.
  const last = addDays(s.until, -1);
  const stopped =
    days === 0
      ? 'De termijn voor ons besluit is daardoor niet langer geworden.'
      : days === 1
        ? `Daardoor stond de termijn voor ons besluit 1 dag stil: op ${d(s.from)}.`
        : `Daardoor stond de termijn voor ons besluit ${dutchDays(days)} stil: van ${d(s.from)} tot en met ${d(last)}.`;
  // Woo art. 4.4 lid 4 asks for this message after a zienswijze suspension; a precisering
  // suspended the term under Awb 4:15.
  const law =
    s.kind === 'zienswijze'
      ? 'Dit bericht sturen wij u omdat de wet dat vraagt (artikel 4.4 lid 4 van de Wet open overheid).'
      : 'De termijn stond stil op grond van artikel 4:15 van de Algemene wet bestuursrecht.';

  return {
    subject: `Nieuwe beslisdatum van uw Woo-verzoek ${data.caseNumber}`,
    paragraphs: [
      data.requesterName ? `Beste ${data.requesterName},` : 'Geachte heer, mevrouw,',
      `Op ${d(data.receivedOn)} hebben wij uw Woo-verzoek ontvangen (zaaknummer ${data.caseNumber}). ${what}`,
      stopped,
      `Wij sturen u ons besluit nu uiterlijk op ${formatDutchDate(data.decideBy, { weekday: true })}.` +
        (data.extended ? ' In deze datum zitten ook de 2 weken extra (verdaging) waarover wij u eerder schreven.' : ''),
      `${law} Heeft u vragen? Noem dan uw zaaknummer.`,
      `Met vriendelijke groet,\n${data.centreName}`,
    ],
  };
}

/** The notice as the text of an e-mail: subject line, blank line, paragraphs. */
export function noticeText(notice: NewDeadlineNotice): string {
  return `Onderwerp: ${notice.subject}\n\n${notice.paragraphs.join('\n\n')}`;
}
