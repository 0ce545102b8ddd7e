import { Link } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { ButtonLink, DataTable } from '../../ui';
import type { IsoDate } from '../../../../shared/calendar/isoDate';
import { preciseringOpenUntil, termOf } from '../../../../shared/woo/lifecycle';
import { openSuspension, type WooRequestRecord } from '../../../../shared/woo/request';
import { routeHref } from '../../app/route';
import { EmptyState } from '../../ui/EmptyState';
import { PageHeader } from '../../ui/PageHeader';
import { DeadlineBadge } from './DeadlineBadge';
import { useFormatters } from '../../ui/format';
import { useToday } from '../../ui/clock';
import { useFinishedWooRequests, useOpenWooRequests, type WooListItem } from './repository';
import { useWooSettings } from './settings';

/** `#/woo`: every running request, the nearest deadline first, and the recently decided ones. */
export function WooList() {
  const { t } = useTranslation('woo');
  const open = useOpenWooRequests();
  const finished = useFinishedWooRequests();
  return (
    <div className="woo">
      <PageHeader
        title={t('list.title')}
        actions={
          <ButtonLink variant="primary" href={routeHref('woo', 'new')}>
            {t('list.new')}
          </ButtonLink>
        }
      />
      <section className="panel" aria-labelledby="woo-open-title">
        <h2 id="woo-open-title">{t('list.open')}</h2>
        {open === undefined ? (
          <p className="woo-description">{t('loading')}</p>
        ) : open.length === 0 ? (
          <EmptyState>{t('list.empty')}</EmptyState>
        ) : (
          <RequestTable items={open} caption={t('list.openCaption')} />
        )}
      </section>
      {finished?.length ? (
        <section className="panel" aria-labelledby="woo-done-title">
          <h2 id="woo-done-title">{t('list.finished')}</h2>
          <RequestTable items={finished} caption={t('list.finishedCaption')} finished />
        </section>
      ) : null}
    </div>
  );
}

function RequestTable({ items, caption, finished }: { items: WooListItem[]; caption: string; finished?: boolean }) {
  const { t } = useTranslation('woo');
  const format = useFormatters();
  const today = useToday();
  const { extraHolidays } = useWooSettings();
  return (
    <DataTable className="woo-table" caption={caption} columns={[t('list.case'), t('list.subject'), t('list.body'), finished ? t('list.decided') : t('list.deadline'), t('list.status')]}>
      {items.map(({ request, caseNumber, callbackDueAt }) => (
        <tr key={request.id}>
          <td className="woo-cell-case">
            <Link href={routeHref('woo', request.id)}>{caseNumber ?? t('detail.noCaseNumber')}</Link>
          </td>
          <td>
            <div className="woo-cell-subject">{request.subject}</div>
          </td>
          <td>{request.bestuursorgaan.name}</td>
          <td>
            {finished ? (
              request.decision ? (
                format.calendarDate(request.decision.decidedOn)
              ) : null
            ) : (
              <Deadline request={request} today={today} extra={extraHolidays} callbackDueAt={callbackDueAt} />
            )}
          </td>
          <td>{t(`status.${request.status}`)}</td>
        </tr>
      ))}
    </DataTable>
  );
}

interface DeadlineProps {
  request: WooRequestRecord;
  today: IsoDate;
  extra: readonly IsoDate[];
  callbackDueAt: string | undefined;
}

/** The decision date with its traffic light, and the informal approach's dates while they matter. */
function Deadline({ request, today, extra, callbackDueAt }: DeadlineProps) {
  const { t } = useTranslation('woo');
  const format = useFormatters();
  const running = openSuspension(request);
  const preciseringBy = preciseringOpenUntil(request, today, extra);
  return (
    <div className="woo-deadline-cell">
      <span>{request.decideBy ? format.calendarDate(request.decideBy) : running ? t('list.answerBy', { date: format.calendarDate(running.answerBy) }) : null}</span>
      <DeadlineBadge term={termOf(request, extra)} today={today} extraHolidays={extra} />
      {callbackDueAt ? <span className="woo-list-note">{t('list.callbackBy', { date: format.day(callbackDueAt) })}</span> : null}
      {preciseringBy ? <span className="woo-list-note">{t('list.preciseringBy', { date: format.calendarDate(preciseringBy) })}</span> : null}
    </div>
  );
}
