import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Period } from '../../../../shared/indicators/indicators';
import type { NotFoundListSignal } from './data';
import { DataTable, EmptyState } from '../../ui';
import { useFormatters } from '../../ui/format';
import { groupNotFound } from './notFoundList';

/**
 * "Niet gevonden": what visitors asked for that was neither answered nor found public, by subject
 * with counts, topic and the days it was asked – the coordinator's list of information to publish
 * actively (issue 14 point 4). No visitor details: only the words staff noted and the topic.
 */
export function NotFoundList({ signals, period }: { signals: readonly NotFoundListSignal[]; period: Period }) {
  const { t } = useTranslation('overview');
  const format = useFormatters();
  const groups = useMemo(() => groupNotFound(signals, period), [signals, period]);
  return (
    <section className="panel overview-not-found" aria-labelledby="not-found-title">
      <h2 id="not-found-title">{t('notFound.title')}</h2>
      <p>{t('notFound.intro', { from: format.calendarDate(period.from), to: format.calendarDate(period.to) })}</p>
      {groups.length === 0 ? (
        <EmptyState variant="inline">{t('indicators.notFoundNone')}</EmptyState>
      ) : (
        <DataTable className="overview-table" caption={t('notFound.title')} columns={[t('notFound.subject'), t('notFound.topic'), t('notFound.count'), t('notFound.when')]}>
          {groups.map((group) => (
            <tr key={group.subject}>
              <td>{group.subject}</td>
              <td>{group.topics.join(', ') || '–'}</td>
              <td>{format.number(group.count)}</td>
              <td>
                {group.first === group.last
                  ? format.calendarDate(group.first)
                  : t('notFound.range', { first: format.calendarDate(group.first), last: format.calendarDate(group.last) })}
              </td>
            </tr>
          ))}
        </DataTable>
      )}
    </section>
  );
}
