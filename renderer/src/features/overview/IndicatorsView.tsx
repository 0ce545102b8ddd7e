import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { addDays, type IsoDate } from '../../../../shared/calendar/isoDate';
import {
  AMBITION_WITHIN_42_DAYS,
  AMBITION_WITHIN_LEGAL_TERM,
  computeIndicators,
  ROUTES,
  type Indicators,
  type Period,
  type Share,
} from '../../../../shared/indicators/indicators';
import { indicatorReportHtml } from '../../../../shared/indicators/report';
import { useCentreSettings } from '../../centre';
import { database } from '../../db/database';
import { host } from '../../host';
import { Button, Checkbox, DateField, EmptyState, ErrorMessage } from '../../ui';
import { useToday } from '../../ui/clock';
import { useFormatters, type Formatters } from '../../ui/format';
import { useActor } from '../../workstation';
import { Chart, type ChartRow } from './Chart';
import { useIndicatorInput } from './data';
import { NotFoundList } from './NotFoundList';
import { indicatorsCsv, indicatorsXlsx, klantinteractiesExport } from './exports';

const pct = (share: Share, format: Formatters) => (share.share === null ? '–' : `${format.number(Math.round(share.share * 1000) / 10)}%`);

/** Indicators for a chosen period, with charts, the printable report and the exports. */
export function IndicatorsView() {
  const { t } = useTranslation('overview');
  const today = useToday();
  const [period, setPeriod] = useState<Period>({ from: `${today.slice(0, 4)}-01-01`, to: today });
  const input = useIndicatorInput();
  const result = useMemo(() => {
    if (!input) return undefined;
    try {
      return { ok: true as const, value: computeIndicators(input, period) };
    } catch (error) {
      return { ok: false as const, message: error instanceof Error ? error.message : String(error) };
    }
  }, [input, period]);

  return (
    <div className="overview-indicators">
      <section className="panel overview-period" aria-labelledby="period-title">
        <h2 id="period-title">{t('indicators.period')}</h2>
        <div className="overview-filter-grid">
          <DateField name="periodFrom" label={t('filter.from')} value={period.from} onChange={(from) => from && setPeriod((p) => ({ ...p, from }))} />
          <DateField name="periodTo" label={t('filter.to')} value={period.to} onChange={(to) => to && setPeriod((p) => ({ ...p, to }))} />
        </div>
        <div className="overview-actions">
          <Button size="small" onPress={() => setPeriod(lastMonths(today, 1))}>{t('indicators.thisMonth')}</Button>
          <Button size="small" onPress={() => setPeriod({ from: `${today.slice(0, 4)}-01-01`, to: today })}>{t('indicators.thisYear')}</Button>
          <Button size="small" onPress={() => setPeriod({ from: `${Number(today.slice(0, 4)) - 1}-01-01`, to: `${Number(today.slice(0, 4)) - 1}-12-31` })}>
            {t('indicators.lastYear')}
          </Button>
        </div>
      </section>
      {result === undefined ? (
        <EmptyState variant="inline">{t('cases.loading')}</EmptyState>
      ) : !result.ok ? (
        <ErrorMessage alert>{result.message}</ErrorMessage>
      ) : (
        <>
          <IndicatorActions indicators={result.value} />
          <IndicatorFigures ind={result.value} />
        </>
      )}
      {input ? <NotFoundList signals={input.notFound} period={period} /> : null}
    </div>
  );
}

function lastMonths(today: IsoDate, months: number): Period {
  const from = `${today.slice(0, 7)}-01`;
  return months === 1 ? { from, to: today } : { from: addDays(from, -30 * (months - 1)), to: today };
}

function IndicatorFigures({ ind }: { ind: Indicators }) {
  const { t } = useTranslation('overview');
  const format = useFormatters();
  const w = ind.woo;
  const count = (v: number) => format.number(v);
  const entries = (map: Record<string, number>, label: (k: string) => string): ChartRow[] =>
    Object.entries(map)
      .sort((a, b) => b[1] - a[1])
      .map(([k, v]) => ({ label: label(k), value: v, text: count(v) }));
  const shareRow = (label: string, share: Share): ChartRow => ({ label, value: share.share === null ? 0 : Math.round(share.share * 1000) / 10, text: `${pct(share, format)} (${count(share.count)}/${count(share.of)})` });
  const channels = entries(ind.perChannel, (k) => t(`channel.${k}`));
  const topics = entries(ind.perTopic, (k) => k || t('cases.noTopic'));
  const routes = ROUTES.map((r) => ({ label: t(`routes.${r}`), value: ind.routes[r], text: count(ind.routes[r]) }));
  const trend = ind.trend.map((m) => ({ label: m.month, value: m.contacts, text: count(m.contacts) }));
  const trendTerm = ind.trend.map((m) => shareRow(m.month, m.withinLegalTerm));
  const trend42 = ind.trend.map((m) => shareRow(m.month, m.within42Days));
  const top = (rows: ChartRow[]) => (rows[0] ? t('indicators.topSummary', { label: rows[0].label, count: rows[0].value }) : t('indicators.noData'));
  return (
    <>
      <section className="overview-key-figures" aria-labelledby="key-figures">
        <h2 id="key-figures">{t('indicators.keyFigures')}</h2>
        <dl className="overview-figures">
          <Figure label={t('indicators.contacts')} value={count(ind.contacts)} />
          <Figure label={t('indicators.firstContact')} value={pct(ind.answeredAtFirstContact, format)} note={t('indicators.of', { count: ind.answeredAtFirstContact.count, of: ind.answeredAtFirstContact.of })} />
          <Figure label={t('indicators.callbacks')} value={pct(ind.callbacksOnTime, format)} note={t('indicators.callbacksNote', { late: ind.callbacksOnTime.late, open: ind.callbacksOnTime.open })} />
          <Figure label={t('indicators.wooReceived')} value={count(w.received)} />
          <Figure label={t('indicators.wooDecided')} value={count(w.decided)} />
          <Figure label={t('indicators.withinTerm')} value={pct(w.withinLegalTerm, format)} note={ambitionNote(t, w.withinLegalTerm, AMBITION_WITHIN_LEGAL_TERM)} />
          <Figure label={t('indicators.within42')} value={pct(w.within42Days, format)} note={ambitionNote(t, w.within42Days, AMBITION_WITHIN_42_DAYS)} />
          <Figure label={t('indicators.median')} value={w.medianDays === null ? '–' : t('indicators.daysValue', { count: w.medianDays })} />
          <Figure label={t('indicators.p90')} value={w.p90Days === null ? '–' : t('indicators.daysValue', { count: w.p90Days })} />
          <Figure label={t('indicators.suspended')} value={count(w.suspended)} note={t('indicators.suspensionsNote', { count: w.suspensions })} />
          <Figure label={t('indicators.extended')} value={count(w.extended)} />
        </dl>
      </section>
      <div className="overview-charts">
        <Chart
          title={t('indicators.ambitionChart')}
          summary={t('indicators.ambitionSummary', { term: pct(w.withinLegalTerm, format), days: pct(w.within42Days, format) })}
          rows={[shareRow(t('indicators.withinTerm'), w.withinLegalTerm), shareRow(t('indicators.within42'), w.within42Days)]}
          ambition={{ value: AMBITION_WITHIN_LEGAL_TERM * 100, label: t('indicators.ambitionLine') }}
          unit="%"
        />
        <Chart title={t('indicators.perChannel')} summary={top(channels)} rows={channels} />
        <Chart title={t('indicators.routes')} summary={top([...routes].sort((a, b) => b.value - a.value))} rows={routes} />
        <Chart title={t('indicators.trend')} summary={t('indicators.trendSummary', { count: trend.length })} rows={trend} />
        <Chart
          title={t('indicators.trendTerm')}
          summary={t('indicators.trendTermSummary')}
          rows={trendTerm}
          ambition={{ value: AMBITION_WITHIN_LEGAL_TERM * 100, label: t('indicators.ambitionLine') }}
          unit="%"
        />
        <Chart
          title={t('indicators.trend42')}
          summary={t('indicators.trend42Summary')}
          rows={trend42}
          ambition={{ value: AMBITION_WITHIN_42_DAYS * 100, label: t('indicators.ambitionLine42') }}
          unit="%"
        />
        <Chart title={t('indicators.perTopic')} summary={top(topics)} rows={topics} />
        <Chart title={t('indicators.referrals')} summary={top(entries(ind.referralsPerBody, (k) => k || t('cases.noTopic')))} rows={entries(ind.referralsPerBody, (k) => k || t('cases.noTopic'))} />
        <Chart title={t('indicators.notFound')} summary={Object.keys(ind.notFoundPerSubject).length ? top(entries(ind.notFoundPerSubject, (k) => k)) : t('indicators.notFoundNone')} rows={entries(ind.notFoundPerSubject, (k) => k)} />
      </div>
    </>
  );
}

function ambitionNote(t: (k: string, v?: Record<string, unknown>) => string, share: Share, ambition: number): string {
  if (share.share === null) return t('indicators.noDecisions');
  return share.share >= ambition ? t('indicators.meets', { ambition: ambition * 100 }) : t('indicators.below', { ambition: ambition * 100 });
}

function Figure({ label, value, note }: { label: string; value: string; note?: string }) {
  return (
    <div className="overview-figure">
      <dt>{label}</dt>
      <dd>
        <span className="overview-figure-value">{value}</span>
        {note ? <span className="overview-figure-note">{note}</span> : null}
      </dd>
    </div>
  );
}

function IndicatorActions({ indicators }: { indicators: Indicators }) {
  const { t, i18n } = useTranslation('overview');
  const format = useFormatters();
  const centre = useCentreSettings();
  const actor = useActor();
  const [personal, setPersonal] = useState(false);
  const [state, setState] = useState<'idle' | 'busy' | 'saved' | 'printed' | 'failed'>('idle');
  const periodText = `${format.calendarDate(indicators.period.from)} – ${format.calendarDate(indicators.period.to)}`;

  async function run(action: () => Promise<{ ok: boolean; cancelled?: boolean }>, done: 'saved' | 'printed') {
    setState('busy');
    try {
      const result = await action();
      setState(result.ok ? done : result.cancelled ? 'idle' : 'failed');
    } catch {
      setState('failed');
    }
  }
  const print = () =>
    host.print({
      title: t('report.title', { period: periodText }),
      target: 'printer',
      html: indicatorReportHtml(indicators, (key, values) => t(key, values ?? {}), {
        lang: i18n.language,
        centreName: centre?.name ?? t('report.centreUnknown'),
        periodText,
        number: format.number,
      }),
    });
  return (
    <section className="panel overview-export" aria-labelledby="indicator-actions">
      <h2 id="indicator-actions">{t('export.indicatorsTitle')}</h2>
      <div className="overview-actions">
        <Button variant="primary" onPress={() => void run(print, 'printed')}>{t('export.print')}</Button>
        <Button onPress={() => void run(() => host.saveFile(indicatorsCsv(indicators)), 'saved')}>{t('export.indicatorsCsv')}</Button>
        <Button onPress={() => void run(async () => host.saveFile(await indicatorsXlsx(indicators)), 'saved')}>{t('export.indicatorsXlsx')}</Button>
      </div>
      <h3>{t('export.klantTitle')}</h3>
      <Checkbox isSelected={personal} onChange={setPersonal}>{t('export.personalKlant')}</Checkbox>
      {personal ? <p className="overview-warning">{t('export.personalWarning')}</p> : null}
      <Button
        onPress={() =>
          void run(async () => host.saveFile(await klantinteractiesExport(database(), indicators.period, personal, actor)), 'saved')
        }
      >
        {t('export.klant')}
      </Button>
      <p role="status">{state === 'saved' ? t('export.saved') : state === 'printed' ? t('export.printed') : state === 'busy' ? t('export.busy') : ''}</p>
      {state === 'failed' ? <ErrorMessage alert>{t('export.failed')}</ErrorMessage> : null}
    </section>
  );
}
