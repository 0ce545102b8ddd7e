import { useMemo } from 'react';
import { Link } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { addDays, compareIsoDates, type IsoDate } from '../../../../shared/calendar/isoDate';
import { termOf } from '../../../../shared/woo/lifecycle';
import { openSuspension } from '../../../../shared/woo/request';
import { routeHref } from '../../app/route';
import { DeadlineBadge } from './DeadlineBadge';
import { useFormatters } from '../../ui/format';
import { useToday } from '../../ui/clock';
import { useOpenWooRequests, type WooListItem } from './repository';
import { useWooSettings } from './settings';
import './woo.css';

/** Days ahead that count as "this week". */
export const DUE_WINDOW_DAYS = 7;

/**
 * Requests that need action within the week: overdue, due within 7 days, or suspended with an
 * answer term that ends within 7 days (or has ended: the suspension must be closed and the
 * requester told the new date).
 */
export function dueThisWeek(items: readonly WooListItem[], today: IsoDate): WooListItem[] {
  const horizon = addDays(today, DUE_WINDOW_DAYS);
  return items.filter(({ request }) => {
    if (request.decideBy) return compareIsoDates(request.decideBy, horizon) <= 0;
    const running = openSuspension(request);
    return running !== undefined && compareIsoDates(running.answerBy, horizon) <= 0;
  });
}

/** Panel for the start screen: which Woo requests need action this week. */
export function WooDueThisWeek() {
  const { t } = useTranslation('woo');
  const format = useFormatters();
  const today = useToday();
  const { extraHolidays } = useWooSettings();
  const open = useOpenWooRequests();
  const due = useMemo(() => (open ? dueThisWeek(open, today) : undefined), [open, today]);
  return (
    <section className="panel woo woo-due" aria-labelledby="woo-due-title">
      <h2 id="woo-due-title">{t('due.title')}</h2>
      {due === undefined ? (
        <p className="woo-description">{t('loading')}</p>
      ) : due.length === 0 ? (
        <p className="woo-description">{t('due.none')}</p>
      ) : (
        <ul className="woo-due-list">
          {due.map(({ request, caseNumber }) => {
            const running = openSuspension(request);
            return (
              <li key={request.id}>
                <Link href={routeHref('woo', request.id)} className="woo-due-link">
                  {caseNumber ?? t('detail.noCaseNumber')}
                </Link>
                {/* No subject here: the start screen faces the public (decision 011). */}
                <span className="woo-due-when">
                  {request.decideBy
                    ? t('due.decideBy', { date: format.calendarDate(request.decideBy) })
                    : running
                      ? t('due.answerBy', { date: format.calendarDate(running.answerBy) })
                      : null}
                </span>
                <DeadlineBadge term={termOf(request, extraHolidays)} today={today} extraHolidays={extraHolidays} />
              </li>
            );
          })}
        </ul>
      )}
      <Link href={routeHref('woo')} className="woo-more">
        {t('due.all')}
      </Link>
    </section>
  );
}
