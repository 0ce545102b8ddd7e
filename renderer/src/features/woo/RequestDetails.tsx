import { Link } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { Button } from '../../ui';
import { addDays, compareIsoDates } from '../../../../shared/calendar/isoDate';
import type { CaseRecord } from '../../../../shared/model/case';
import type { WooRequestRecord, WooSuspension } from '../../../../shared/woo/request';
import { routeHref } from '../../app/route';
import { useFormatters } from '../../ui/format';
import { actorName } from '../../workstation';
import { deliveryAddress } from './documents';
import { useWooHistory } from './repository';

/** What was asked, of whom, how, and by which case. */
export function RequestFacts({ request, caseRecord }: { request: WooRequestRecord; caseRecord: CaseRecord | undefined }) {
  const { t } = useTranslation('woo');
  const format = useFormatters();
  // Shown with the way it goes, so a typo in the address is caught while the visitor is there.
  const address = deliveryAddress(request, caseRecord?.visitor);
  return (
    <section className="panel" aria-labelledby="woo-facts-title">
      <h2 id="woo-facts-title">{t('detail.facts')}</h2>
      <dl className="facts woo-facts">
        <dt>{t('file.bestuursorgaan')}</dt>
        <dd>{request.bestuursorgaan.name}</dd>
        <dt>{t('facts.subject')}</dt>
        <dd className="woo-subject">{request.subject}</dd>
        {request.period ? (
          <>
            <dt>{t('file.period')}</dt>
            <dd>{request.period}</dd>
          </>
        ) : null}
        <dt>{t('facts.disclosureForm')}</dt>
        <dd>{t(`form.${request.disclosureForm}`)}</dd>
        <dt>{t('facts.decisionDelivery')}</dt>
        <dd>
          {t(`delivery.${request.decisionDelivery}`)}
          {address ? (
            <span className="woo-delivery-address" dir="ltr">
              {address}
            </span>
          ) : null}
        </dd>
        <dt>{t('facts.channel')}</dt>
        <dd>{t(`channel.${request.channel}`)}</dd>
        <dt>{t('file.receivedOn')}</dt>
        <dd>
          {format.calendarDate(request.receivedOn, { weekday: true })}
          {request.receivedOnReason ? ` – ${t('detail.receivedReason', { reason: request.receivedOnReason, date: format.calendarDate(request.filedOn) })}` : ''}
        </dd>
        <dt>{t('detail.case')}</dt>
        <dd>{caseRecord ? <Link href={routeHref('cases', caseRecord.id)}>{caseRecord.number}</Link> : t('detail.noCaseNumber')}</dd>
      </dl>
    </section>
  );
}

/**
 * The suspensions, each with its suspended days named inclusively ("tot en met"), and for an ended
 * one the new-deadline message to send again.
 */
export function SuspensionList({ request, onNotice }: { request: WooRequestRecord; onNotice: (suspension: WooSuspension) => void }) {
  const { t } = useTranslation('woo');
  const format = useFormatters();
  if (!request.suspensions.length) return null;
  const open = request.status !== 'besloten' && request.status !== 'gesloten';
  const span = (s: WooSuspension & { until: string }) => {
    const last = addDays(s.until, -1);
    return compareIsoDates(last, s.from) < 0
      ? t('detail.suspendedNone', { from: format.calendarDate(s.from) })
      : t('detail.suspendedFromThrough', { from: format.calendarDate(s.from), last: format.calendarDate(last) });
  };
  return (
    <section className="panel" aria-labelledby="woo-susp-title">
      <h2 id="woo-susp-title">{t('detail.suspensions')}</h2>
      <ul className="woo-suspensions">
        {request.suspensions.map((s, index) => (
          <li key={index}>
            <strong>{t(`suspension.${s.kind}`)}</strong>{' '}
            {s.until !== undefined
              ? span({ ...s, until: s.until })
              : t('detail.suspendedSince', { from: format.calendarDate(s.from), answerBy: format.calendarDate(s.answerBy) })}
            {s.ended ? ` (${t(`detail.ended.${s.ended}`)})` : ''}
            {s.until && open && request.decideBy ? (
              <Button size="small" onPress={() => onNotice(s)}>
                {t('notice.show')}
              </Button>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** Who recorded what, oldest first (the audit trail). */
export function RequestHistory({ requestId }: { requestId: string }) {
  const { t } = useTranslation('woo');
  const format = useFormatters();
  const history = useWooHistory(requestId);
  return (
    <section className="panel" aria-labelledby="woo-history-title">
      <h2 id="woo-history-title">{t('detail.history')}</h2>
      {history?.length ? (
        <ol className="woo-history">
          {history.map((event) => (
            <li key={event.id}>
              <time dateTime={event.at}>{format.shortDateTime(event.at)}</time>
              <span>{t(`history.${event.action}`, { defaultValue: event.action })}</span>
              <span className="woo-actor">{t('detail.by', { actor: actorName(event.actor) })}</span>
            </li>
          ))}
        </ol>
      ) : (
        <p className="woo-description">{t('detail.noHistory')}</p>
      )}
    </section>
  );
}
