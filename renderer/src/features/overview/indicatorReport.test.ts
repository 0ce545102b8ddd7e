import { beforeAll, describe, expect, it } from 'vitest';
import { computeIndicators, type IndicatorInput, type WooInput } from '../../../../shared/indicators/indicators';
import { indicatorReportHtml, type ReportTranslate } from '../../../../shared/indicators/report';
import { i18n, i18nReady } from '../../i18n';

/**
 * The printed one-page report (shared/indicators/report.ts, issue 10 point 4), translated with the
 * real Dutch texts, read back as a document: what it says, that it needs no colour, and that its
 * frame is one A4 page.
 */
// The Dutch texts, translated as IndicatorsView does for the printed report.
let t: ReportTranslate = () => '';
beforeAll(async () => {
  await i18nReady;
  const fixed = i18n.getFixedT('nl', 'overview');
  t = (key, values) => fixed(key, values ?? {});
});

const woo = (receivedOn: string, decideBy: string, decidedOn?: string, extra: Partial<WooInput> = {}): WooInput => ({ receivedOn, decideBy, ...(decidedOn ? { decidedOn } : {}), suspensions: 0, extended: false, ...extra });
type Contact = IndicatorInput['contacts'][number];
const contact = (caseId: string, startedAt: string, outcome: Contact['outcome'], channel: Contact['channel'] = 'balie'): Contact => ({ caseId, channel, startedAt, outcome });

const input: IndicatorInput = {
  cases: [{ id: 'a', createdAt: '2026-03-02T09:00:00.000Z' }, { id: 'b', createdAt: '2026-03-03T09:00:00.000Z' }],
  contacts: [
    contact('a', '2026-03-02T09:00:00.000Z', 'answered'),
    contact('b', '2026-03-03T09:00:00.000Z', 'avg-routed', 'telefoon'),
    contact('c', '2026-04-03T09:00:00.000Z', 'woo-filed'),
  ],
  tasks: [],
  woo: [
    woo('2026-01-05', '2026-02-02', '2026-01-30'),
    woo('2026-02-02', '2026-03-02', '2026-03-02', { suspensions: 2 }),
    woo('2026-02-09', '2026-03-23', '2026-03-30', { extended: true }),
    woo('2026-03-09', '2026-04-06', '2026-04-01'),
  ],
  notFound: [],
  callbackActions: ['Terugbellen'],
};
const PERIOD = { from: '2026-01-01', to: '2026-12-31' };
const options = { lang: 'nl', centreName: 'Openbaarheidscentrum Amstelveen <Zuid>', periodText: '2026', number: (v: number) => String(v) };

function parse(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}
const rowsOf = (table: Element) => Array.from(table.querySelectorAll('tr')).map((tr) => Array.from(tr.children).map((c) => c.textContent!.trim()).filter(Boolean));

describe('the printed indicator report', () => {
  let html = '';
  let doc: Document;
  beforeAll(() => {
    html = indicatorReportHtml(computeIndicators(input, PERIOD), t, options);
    doc = parse(html);
  });

  it('names the centre (escaped), the period and the title', () => {
    expect(doc.documentElement.lang).toBe('nl');
    expect(doc.title).toBe('Kengetallen Openbaarheidscentrum, 2026');
    expect(doc.querySelector('h1')!.textContent).toBe('Kengetallen Openbaarheidscentrum, 2026');
    expect(doc.querySelector('.org strong')!.textContent).toBe('Openbaarheidscentrum Amstelveen <Zuid>');
    expect(html).toContain('Amstelveen &lt;Zuid&gt;');
  });

  it('gives the Woo figures against both ambitions, as text beside each bar', () => {
    const [ambitions, channels, routes, trend] = Array.from(doc.querySelectorAll('table.report-bars'));
    // Decided in 2026: 4. In the term: 3 of 4 (the extended one on 30 March was a week late). Within 42 days: 25, 28 and 23 days – 3 of 4 (the 49-day one is not).
    expect(rowsOf(ambitions!)).toEqual([
      ['Binnen de wettelijke termijn', '75% (3/4)'],
      ['Binnen 42 dagen', '75% (3/4)'],
      ['gestippeld: de ambities, 80% binnen de wettelijke termijn en 75% binnen 42 dagen'],
    ]);
    // The ambitions are dashed ticks at 80% and 75% of the 300-wide bar: a pattern, not a colour.
    const ticks = Array.from(ambitions!.querySelectorAll('line')).map((l) => [l.getAttribute('x1'), l.getAttribute('stroke-dasharray')]);
    expect(ticks).toEqual([['240', '3 2'], ['225', '3 2']]);
    const facts = Array.from(doc.querySelectorAll('table.facts')).map(rowsOf);
    expect(facts[0]).toEqual([
      ['Woo-verzoeken ontvangen', '4'],
      ['Woo-verzoeken besloten', '4'],
      // Days to decision 23, 25, 28, 49: nearest rank, the 2nd of 4 and the 4th of 4.
      ['Mediaan tot besluit', '25 dagen'],
      ['90e percentiel tot besluit', '49 dagen'],
      ['Verzoeken opgeschort', '1 (2)'],
      ['Verzoeken verdaagd', '1'],
    ]);
    expect(facts[1]).toEqual([
      ['Contacten', '3'],
      ['Beantwoord bij eerste contact', '50% (1/2)'],
      // No callbacks due: no percentage, and the count says why.
      ['Terugbelverzoeken op tijd', '– (0/0)'],
    ]);
    expect(rowsOf(channels!)).toEqual([['Balie', '2'], ['Telefoon', '1']]);
    expect(rowsOf(routes!)).toEqual([['Antwoord', '1'], ['Document', '0'], ['AVG-inzageverzoek', '1'], ['Doorverwijzing', '0'], ['Woo-verzoek', '1']]);
    expect(rowsOf(trend!)).toHaveLength(12);
    expect(rowsOf(trend!)[2]).toEqual(['2026-03', '2 contacten, 2 besluiten, 50% op tijd']);
  });

  it('prints without scripts, external resources or colour-only meaning', () => {
    expect(doc.querySelectorAll('script, link, img, iframe')).toHaveLength(0);
    expect(html).not.toMatch(/https?:\/\//);
    // Every bar row carries its value as text next to the drawing.
    for (const tr of Array.from(doc.querySelectorAll('table.report-bars tr'))) {
      if (tr.querySelector('svg')) expect(tr.lastElementChild!.textContent!.trim()).not.toBe('');
    }
  });

  it('is one A4 page: the frame sets A4 and its margins, and a year of figures stays within the printable height', () => {
    const style = doc.querySelector('style')!.textContent!;
    expect(style).toMatch(/@page \{ size: A4; margin: 18mm 18mm 20mm; \}/);
    // 210 mm − 2 × 18 mm margins.
    expect(style).toContain('max-width: 174mm');
    expect(style).toContain('font-size:10.5pt;line-height:1.35');
    // Height budget: 297 mm − 38 mm margins. A line of 10.5 pt at 1.35 is 5 mm; a bar row 14 px ≈ 3.7 mm
    // but never less than its text line; h1 ≈ 11 mm, each h2 (13.5 pt + 5.5 mm margins) ≈ 10.5 mm;
    // the centre's line ≈ 12 mm; the footer ≈ 16 mm. A page break anywhere would cost a second page.
    const lines = doc.querySelectorAll('tr').length;
    const h2 = doc.querySelectorAll('h2').length;
    const estimate = 12 + 11 + h2 * 10.5 + lines * 5 + 16;
    expect(lines).toBe(3 + 6 + 3 + 2 + 5 + 12);
    expect(estimate).toBeLessThanOrEqual(297 - 38);
    expect(style).not.toMatch(/break-before:\s*page|page-break-before:\s*always/);
  });
});
