/**
 * The indicators of a period as sheets (CSV/XLSX): one row per figure, so a council clerk can
 * paste them into a report. Headers and labels are Dutch: the centre's reporting language.
 */
import { AMBITION_WITHIN_42_DAYS, AMBITION_WITHIN_LEGAL_TERM, ROUTES, type Indicators, type Share } from '../indicators/indicators';
import type { Cell, Sheet } from './table';

const pct = (share: Share): Cell => (share.share === null ? null : Math.round(share.share * 1000) / 10);

const ROUTE_LABEL: Record<(typeof ROUTES)[number], string> = {
  answer: 'antwoord',
  document: 'document',
  avg: 'AVG-inzageverzoek',
  referral: 'doorverwijzing',
  woo: 'Woo-verzoek',
};

export function indicatorSheets(ind: Indicators): Sheet[] {
  const summary: Cell[][] = [
    ['Periode', `${ind.period.from} t/m ${ind.period.to}`, null, null],
    ['Contacten', ind.contacts, null, null],
    ['Beantwoord bij eerste contact', ind.answeredAtFirstContact.count, ind.answeredAtFirstContact.of, pct(ind.answeredAtFirstContact)],
    ['Terugbelverzoeken op tijd', ind.callbacksOnTime.count, ind.callbacksOnTime.of, pct(ind.callbacksOnTime)],
    ['Woo-verzoeken ontvangen', ind.woo.received, null, null],
    ['Woo-verzoeken besloten', ind.woo.decided, null, null],
    [`Besloten binnen wettelijke termijn (ambitie ${AMBITION_WITHIN_LEGAL_TERM * 100}%)`, ind.woo.withinLegalTerm.count, ind.woo.withinLegalTerm.of, pct(ind.woo.withinLegalTerm)],
    [`Besloten binnen 42 dagen (ambitie ${AMBITION_WITHIN_42_DAYS * 100}%)`, ind.woo.within42Days.count, ind.woo.within42Days.of, pct(ind.woo.within42Days)],
    ['Mediaan dagen tot besluit', ind.woo.medianDays, null, null],
    ['90e percentiel dagen tot besluit', ind.woo.p90Days, null, null],
    ['Verzoeken opgeschort', ind.woo.suspended, ind.woo.received, null],
    ['Opschortingen', ind.woo.suspensions, null, null],
    ['Verzoeken verdaagd', ind.woo.extended, ind.woo.received, null],
  ];
  const counts = (name: string, label: string, map: Record<string, number>): Sheet => ({
    name,
    headers: [label, 'Aantal'],
    rows: Object.entries(map)
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'nl'))
      .map(([key, n]) => [key || '(geen)', n]),
  });
  return [
    { name: 'Kerncijfers', headers: ['Indicator', 'Aantal', 'Van', 'Percentage'], rows: summary },
    counts('Kanalen', 'Kanaal', ind.perChannel),
    counts('Onderwerpen', 'Onderwerp', ind.perTopic),
    { name: 'Routes', headers: ['Route', 'Aantal'], rows: ROUTES.map((r) => [ROUTE_LABEL[r], ind.routes[r]]) },
    counts('Doorverwijzingen', 'Ontvangend orgaan', ind.referralsPerBody),
    counts('Niet gevonden', 'Onderwerp', ind.notFoundPerSubject),
    {
      name: 'Trend',
      headers: ['Maand', 'Contacten', 'Woo ontvangen', 'Woo besloten', 'Binnen termijn (%)', 'Binnen 42 dagen (%)'],
      rows: ind.trend.map((m) => [m.month, m.contacts, m.wooReceived, m.wooDecided, pct(m.withinLegalTerm), pct(m.within42Days)]),
    },
  ];
}
