/**
 * The one-page indicator report for the council or management (issue 10 point 4), as a complete
 * HTML page for HostApi.print. Charts are plain SVG bars drawn here (the print window runs
 * without scripts), each with its numbers printed beside it, so the page reads in black and white.
 */
import { html, type SafeHtml } from '../print/html';
import { printPage } from '../print/page';
import { AMBITION_WITHIN_42_DAYS, AMBITION_WITHIN_LEGAL_TERM, ROUTES, type Indicators, type Share } from './indicators';

export type ReportTranslate = (key: string, values?: Record<string, unknown>) => string;

export interface ReportOptions {
  lang: string;
  centreName: string;
  /** The period, already formatted for the reader. */
  periodText: string;
  /** Numbers formatted for the reader's language. */
  number: (value: number) => string;
}

const percent = (share: Share, number: (v: number) => string) => (share.share === null ? '–' : `${number(Math.round(share.share * 1000) / 10)}%`);

/**
 * Horizontal bars, each carrying its value as text. `scale` fixes the full width (100 for
 * percentages); a row's `ambition` is drawn as a dashed tick at that value, explained by `legend`.
 */
function bars(rows: { label: string; value: number; text: string; ambition?: number }[], options: { scale?: number; legend?: string } = {}): SafeHtml {
  const max = options.scale ?? Math.max(1, ...rows.map((r) => r.value));
  const width = 300;
  const x = (v: number) => Math.round((Math.min(v, max) / max) * width);
  return html`<table class="report-bars">${rows.map(
    (row) => html`<tr><th scope="row">${row.label}</th><td><svg width="${width}" height="14" role="presentation" focusable="false"><rect x="0" y="2" width="${width}" height="10" fill="none" stroke="#bbb"></rect><rect x="0" y="2" width="${x(row.value)}" height="10" fill="#1f4e79"></rect>${
      row.ambition === undefined ? '' : html`<line x1="${x(row.ambition)}" x2="${x(row.ambition)}" y1="0" y2="14" stroke="#000" stroke-width="2" stroke-dasharray="3 2"></line>`
    }</svg></td><td>${row.text}</td></tr>`,
  )}${options.legend ? html`<tr><th></th><td colspan="2" class="small">${options.legend}</td></tr>` : ''}</table>`;
}

export function indicatorReportHtml(ind: Indicators, t: ReportTranslate, options: ReportOptions): string {
  const n = options.number;
  const w = ind.woo;
  const title = t('report.title', { period: options.periodText });
  const figure = (label: string, value: string) => html`<tr><th scope="row">${label}</th><td>${value}</td></tr>`;
  const body = html`<div class="org"><strong>${options.centreName}</strong><span>${options.periodText}</span></div>
<h1>${title}</h1>
<h2>${t('report.woo')}</h2>
${bars(
  [
    { label: t('indicators.withinTerm'), value: (w.withinLegalTerm.share ?? 0) * 100, ambition: AMBITION_WITHIN_LEGAL_TERM * 100, text: `${percent(w.withinLegalTerm, n)} (${n(w.withinLegalTerm.count)}/${n(w.withinLegalTerm.of)})` },
    { label: t('indicators.within42'), value: (w.within42Days.share ?? 0) * 100, ambition: AMBITION_WITHIN_42_DAYS * 100, text: `${percent(w.within42Days, n)} (${n(w.within42Days.count)}/${n(w.within42Days.of)})` },
  ],
  { scale: 100, legend: t('report.ambitions', { term: AMBITION_WITHIN_LEGAL_TERM * 100, days: AMBITION_WITHIN_42_DAYS * 100 }) },
)}
<table class="facts">
${figure(t('indicators.wooReceived'), n(w.received))}
${figure(t('indicators.wooDecided'), n(w.decided))}
${figure(t('indicators.median'), w.medianDays === null ? '–' : t('indicators.daysValue', { count: w.medianDays }))}
${figure(t('indicators.p90'), w.p90Days === null ? '–' : t('indicators.daysValue', { count: w.p90Days }))}
${figure(t('indicators.suspended'), `${n(w.suspended)} (${n(w.suspensions)})`)}
${figure(t('indicators.extended'), n(w.extended))}
</table>
<h2>${t('report.desk')}</h2>
<table class="facts">
${figure(t('indicators.contacts'), n(ind.contacts))}
${figure(t('indicators.firstContact'), `${percent(ind.answeredAtFirstContact, n)} (${n(ind.answeredAtFirstContact.count)}/${n(ind.answeredAtFirstContact.of)})`)}
${figure(t('indicators.callbacks'), `${percent(ind.callbacksOnTime, n)} (${n(ind.callbacksOnTime.count)}/${n(ind.callbacksOnTime.of)})`)}
</table>
<h2>${t('indicators.perChannel')}</h2>
${bars(Object.entries(ind.perChannel).map(([k, v]) => ({ label: t(`channel.${k}`), value: v, text: n(v) })))}
<h2>${t('indicators.routes')}</h2>
${bars(ROUTES.map((r) => ({ label: t(`routes.${r}`), value: ind.routes[r], text: n(ind.routes[r]) })))}
<h2>${t('indicators.trend')}</h2>
${bars(ind.trend.map((m) => ({ label: m.month, value: m.contacts, text: t('report.trendRow', { contacts: n(m.contacts), decided: n(m.wooDecided), share: percent(m.withinLegalTerm, n) }) })))}
<footer>${t('report.footer')}</footer>`;
  // The page frame's style sheet plus the few rules the bars need, as fixed text.
  return printPage({ lang: options.lang, title, body }).replace(
    '</style>',
    '.report-bars{border-collapse:collapse;margin:0 0 3mm}.report-bars th{text-align:start;font-weight:400;padding-inline-end:4mm;white-space:nowrap}.report-bars td{padding:0 2mm 0 0;font-size:10.5pt}table.facts{display:table}table.facts th{text-align:start;padding-inline-end:6mm}body{font-size:10.5pt;line-height:1.35}h2{margin:4mm 0 1.5mm}</style>',
  );
}
