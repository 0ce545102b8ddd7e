/**
 * A Woo request as a ZGW Zaken API `zaak` (Open Zaak), so a municipality can register it in its
 * zaaksysteem. Only the fields Open Loket knows; the caller adds zaaktype, bronorganisatie etc.
 */
import type { IsoDate } from '../calendar/isoDate';
import { addDays } from '../calendar/isoDate';
import type { Channel } from '../model/records';
import { WOO_EXTENSION_DAYS } from '../woo/deadline';
import { termOf } from '../woo/lifecycle';
import { openSuspension, SUSPENSION_GROUNDS, type WooRequestFields } from '../woo/request';

export interface ZgwZaak {
  identificatie?: string;
  /** max 80 */
  omschrijving: string;
  startdatum: IsoDate;
  registratiedatum: IsoDate;
  /** The decision date; while suspended, the latest it can become (the suspension ending when its answer term lapses). */
  uiterlijkeEinddatumAfdoening: IsoDate;
  einddatum: IsoDate | null;
  opschorting: { indicatie: boolean; reden: string };
  verlenging: { reden: string; duur: string | null };
  /** URL of the channel in the municipality's Referentielijsten, or '' when not configured. */
  communicatiekanaal: string;
  communicatiekanaalNaam: string;
}

export interface ZgwOptions {
  caseNumber?: string;
  /** Referentielijsten URLs per channel (`…/communicatiekanalen/<uuid>`), configured per municipality. */
  communicatiekanalen?: Partial<Record<Channel, string>>;
  extraHolidays?: readonly IsoDate[];
}

const CHANNEL_NAMES: Record<Channel, string> = { balie: 'Balie', telefoon: 'Telefoon', 'e-mail': 'E-mail', post: 'Post', chat: 'Chat' };

/** ISO 8601 duration of the Woo verdaging (art. 4.4 lid 2): 'P14D'. */
export const WOO_EXTENSION_DURATION = `P${WOO_EXTENSION_DAYS}D`;

const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

export function toZgwZaak(request: WooRequestFields, options: ZgwOptions = {}): ZgwZaak {
  const extra = options.extraHolidays ?? [];
  const running = openSuspension(request);
  // While suspended the decision date is open; the latest it can be is when the answer term lapses.
  const projected = running
    ? {
        ...request,
        suspensions: request.suspensions.map((s) => (s === running ? { ...s, until: addDays(s.answerBy, 1) } : s)),
      }
    : request;
  const decideBy = termOf(projected, extra).decideBy as IsoDate;

  return {
    ...(options.caseNumber ? { identificatie: options.caseNumber } : {}),
    omschrijving: clip(`Woo-verzoek: ${request.subject.replace(/\s+/g, ' ').trim()}`, 80),
    startdatum: request.receivedOn,
    registratiedatum: request.filedOn,
    uiterlijkeEinddatumAfdoening: decideBy,
    einddatum: request.decision?.decidedOn ?? null,
    opschorting: running ? { indicatie: true, reden: SUSPENSION_GROUNDS[running.kind] } : { indicatie: false, reden: '' },
    verlenging: request.extension
      ? { reden: clip(request.extension.reason, 200), duur: WOO_EXTENSION_DURATION }
      : { reden: '', duur: null },
    communicatiekanaal: options.communicatiekanalen?.[request.channel] ?? '',
    communicatiekanaalNaam: CHANNEL_NAMES[request.channel],
  };
}
