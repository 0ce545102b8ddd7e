import { memo, useDeferredValue, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import { useVirtualizer } from '@tanstack/react-virtual';
import { CASE_STATUSES } from '../../../../shared/model/case';
import { CASE_KINDS, CHANNELS } from '../../../../shared/model/records';
import { routeHref } from '../../app/route';
import { database } from '../../db/database';
import { Badge, Button, Checkbox, DateField, EmptyState, SearchField, Select, TextField } from '../../ui';
import { useToday } from '../../ui/clock';
import { useFormatters } from '../../ui/format';
import { CaseIndex, DEFAULT_FILTER, SORT_KEYS, distinct, filterAndSort, type CaseFilter, type CaseRow, type SortKey } from '../../../../shared/cases/history';
import { loadCaseRows } from './data';
import { deleteView, saveView, useSavedViews } from './savedViews';
import { CaseExport } from './CaseExport';

const ROW_HEIGHT = 64;

/** Case history: every case, filtered, sorted and searched; a virtualised list stays smooth at 100,000. */
export function CaseHistory() {
  const { t } = useTranslation('overview');
  const today = useToday();
  // Re-read when the database changes (live query) or the day turns; "overdue" is judged at that moment.
  const rows = useLiveQuery(() => loadCaseRows(database(), today, new Date()), [today]);
  const [filter, setFilter] = useState<CaseFilter>(DEFAULT_FILTER);
  const deferred = useDeferredValue(filter);
  // The sort orders are built once per load of the rows; each filter change is then one pass.
  const index = useMemo(() => (rows ? new CaseIndex(rows) : undefined), [rows]);
  const shown = useMemo(() => (index ? filterAndSort(index, deferred) : undefined), [index, deferred]);
  const set = (patch: Partial<CaseFilter>) => setFilter((f) => ({ ...f, ...patch }));

  return (
    <div className="overview-cases">
      <CaseFilters rows={rows ?? []} filter={filter} set={set} onReset={() => setFilter(DEFAULT_FILTER)} />
      <SavedViews filter={filter} onApply={setFilter} />
      <p className="overview-count" role="status">
        {shown === undefined ? t('cases.loading') : t('cases.count', { count: shown.length, total: rows?.length ?? 0 })}
      </p>
      {shown === undefined ? null : shown.length === 0 ? <EmptyState>{t('cases.none')}</EmptyState> : <CaseList rows={shown} />}
      {shown ? <CaseExport rows={shown} filter={filter} /> : null}
    </div>
  );
}

function CaseFilters({ rows, filter, set, onReset }: { rows: readonly CaseRow[]; filter: CaseFilter; set: (p: Partial<CaseFilter>) => void; onReset: () => void }) {
  const { t } = useTranslation('overview');
  const choices = useMemo(
    () => ({ topic: distinct(rows, 'topic'), assignee: distinct(rows, 'assignee'), station: distinct(rows, 'station'), language: distinct(rows, 'language') }),
    [rows],
  );
  const all = { id: '*', label: t('filter.all') };
  const select = (name: keyof CaseFilter, label: string, options: { id: string; label: string }[]) => (
    <Select
      key={name}
      name={name}
      label={label}
      value={(filter[name] as string | undefined) || '*'}
      onChange={(v) => set({ [name]: v === '*' ? undefined : v })}
      options={[all, ...options]}
    />
  );
  const plain = (values: readonly string[]) => values.map((v) => ({ id: v, label: v }));
  const selects: [keyof CaseFilter, { id: string; label: string }[]][] = [
    ['channel', CHANNELS.map((c) => ({ id: c, label: t(`channel.${c}`) }))],
    ['kind', CASE_KINDS.map((k) => ({ id: k, label: t(`kind.${k}`) }))],
    ['status', CASE_STATUSES.map((s) => ({ id: s, label: t(`status.${s}`) }))],
    ['topic', plain(choices.topic)],
    ['assignee', plain(choices.assignee)],
    ['station', plain(choices.station)],
    ['language', plain(choices.language)],
  ];
  return (
    <section className="panel overview-filters" aria-labelledby="overview-filter-title">
      <h2 id="overview-filter-title">{t('filter.title')}</h2>
      <SearchField label={t('filter.text')} value={filter.text ?? ''} onChange={(text) => set({ text })} name="text" />
      <div className="overview-filter-grid">
        <DateField name="from" label={t('filter.from')} value={filter.from ?? ''} onChange={(v) => set({ from: v || undefined })} />
        <DateField name="to" label={t('filter.to')} value={filter.to ?? ''} onChange={(v) => set({ to: v || undefined })} />
        {selects.map(([name, options]) => select(name, t(`filter.${name}`), options))}
        <Select
          name="sort"
          label={t('filter.sort')}
          value={filter.sort}
          onChange={(v) => set({ sort: (SORT_KEYS as readonly string[]).includes(v) ? (v as SortKey) : 'createdAt' })}
          options={SORT_KEYS.map((k) => ({ id: k, label: t(`sort.${k}`) }))}
        />
      </div>
      <div className="overview-filter-checks">
        <Checkbox isSelected={filter.descending} onChange={(descending) => set({ descending })}>{t('filter.descending')}</Checkbox>
        <Checkbox isSelected={filter.overdue ?? false} onChange={(overdue) => set({ overdue: overdue || undefined })}>{t('filter.overdue')}</Checkbox>
        <Checkbox isSelected={filter.hasWoo ?? false} onChange={(hasWoo) => set({ hasWoo: hasWoo || undefined })}>{t('filter.hasWoo')}</Checkbox>
        <Button variant="quiet" onPress={onReset}>{t('filter.reset')}</Button>
      </div>
    </section>
  );
}

function SavedViews({ filter, onApply }: { filter: CaseFilter; onApply: (f: CaseFilter) => void }) {
  const { t } = useTranslation('overview');
  const views = useSavedViews();
  const [name, setName] = useState('');
  return (
    <section className="panel overview-views" aria-labelledby="overview-views-title">
      <h2 id="overview-views-title">{t('views.saved')}</h2>
      {views.length ? (
        <ul className="overview-view-list">
          {views.map((view) => (
            <li key={view.name}>
              <Button size="small" onPress={() => onApply(view.filter)}>{view.name}</Button>
              <Button size="small" variant="quiet" aria-label={t('views.delete', { name: view.name })} onPress={() => deleteView(view.name)}>
                {t('views.deleteShort')}
              </Button>
            </li>
          ))}
        </ul>
      ) : (
        <EmptyState variant="inline">{t('views.none')}</EmptyState>
      )}
      <form
        className="overview-view-form"
        onSubmit={(event) => {
          event.preventDefault();
          if (!name.trim()) return;
          saveView({ name: name.trim(), filter });
          setName('');
        }}
      >
        <TextField name="viewName" label={t('views.name')} value={name} onChange={setName} />
        <Button type="submit" isDisabled={!name.trim()}>{t('views.save')}</Button>
      </form>
    </section>
  );
}

/** Every text a row shows that is not the row's own data, made once per list. */
interface RowLabels {
  status: Record<string, string>;
  kind: Record<string, string>;
  channel: Record<string, string>;
  noTopic: string;
  unassigned: string;
  overdue: string;
  woo: string;
  /** The creation moment as shown; memoised per value (Intl formatting is the costliest part of a row). */
  when: (iso: string) => string;
}

function useRowLabels(): RowLabels {
  const { t } = useTranslation('overview');
  const format = useFormatters();
  return useMemo(() => {
    const labels = (keys: readonly string[], prefix: string) => Object.fromEntries(keys.map((k) => [k, t(`${prefix}.${k}`)]));
    const shown = new Map<string, string>();
    return {
      status: labels(CASE_STATUSES, 'status'),
      kind: labels(CASE_KINDS, 'kind'),
      channel: labels(CHANNELS, 'channel'),
      noTopic: t('cases.noTopic'),
      unassigned: t('cases.unassigned'),
      overdue: t('cases.overdue'),
      woo: t('cases.woo'),
      when: (iso) => {
        let text = shown.get(iso);
        if (text === undefined) {
          text = format.shortDateTime(iso);
          shown.set(iso, text);
        }
        return text;
      },
    };
  }, [t, format]);
}

function CaseList({ rows }: { rows: readonly CaseRow[] }) {
  const { t } = useTranslation('overview');
  // Labels and formatters made once for the list (translation lookups and Intl objects are costly), not per row.
  const labels = useRowLabels();
  const scroller = useRef<HTMLDivElement>(null);
  const virtual = useVirtualizer({ count: rows.length, getScrollElement: () => scroller.current, estimateSize: () => ROW_HEIGHT, overscan: 8 });
  return (
    <div ref={scroller} className="overview-scroller" data-testid="case-history-scroller" tabIndex={0} role="region" aria-label={t('cases.listLabel')}>
      <ul className="overview-case-list" style={{ height: virtual.getTotalSize() }}>
        {virtual.getVirtualItems().map((item) => (
          <CaseListRow key={rows[item.index]!.id} row={rows[item.index]!} position={item.index + 1} total={rows.length} top={item.start} labels={labels} />
        ))}
      </ul>
    </div>
  );
}

/**
 * One row of the list. Rows come and go on every scrolled frame, so each is kept light: memoised,
 * no translation lookup or date formatting of its own (RowLabels), and a plain link (a hash route
 * needs no router component) instead of the kit's interactive Link.
 */
const CaseListRow = memo(function CaseListRow({ row, position, total, top, labels }: { row: CaseRow; position: number; total: number; top: number; labels: RowLabels }) {
  return (
    <li className="overview-case-row" aria-setsize={total} aria-posinset={position} style={{ transform: `translateY(${top}px)`, height: ROW_HEIGHT }}>
      <a className="overview-case-link" href={routeHref('overview', 'case', row.id)}>
        <span className="overview-case-number">{row.number}</span>
        <span className="overview-case-topic">{row.topic || labels.noTopic}</span>
      </a>
      <span className="overview-case-meta">
        <Badge tone={row.status === 'closed' ? 'neutral' : 'brand'}>{labels.status[row.status] ?? row.status}</Badge>
        <span>{labels.kind[row.kind] ?? row.kind}</span>
        <span>{labels.channel[row.channel] ?? row.channel}</span>
        <span>{row.assignee || labels.unassigned}</span>
        <time dateTime={row.createdAt}>{labels.when(row.createdAt)}</time>
        {row.overdue ? <Badge tone="danger">{labels.overdue}</Badge> : null}
        {row.hasWoo ? <Badge tone="warn">{labels.woo}</Badge> : null}
      </span>
    </li>
  );
});
