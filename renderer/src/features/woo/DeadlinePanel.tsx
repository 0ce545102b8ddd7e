import { useTranslation } from 'react-i18next';
import { compareIsoDates, type IsoDate } from '../../../../shared/calendar/isoDate';
import { bezwaarTerm, delayedDisclosure, lateRemedy, preciseringTerm, type WooTerm } from '../../../../shared/woo/deadline';
import { extensionDeadline, preciseringOpenUntil, type WooLifecycleError } from '../../../../shared/woo/lifecycle';
import type { WooRequestRecord } from '../../../../shared/woo/request';
import { useFormatters } from '../../ui/format';
import { DeadlineBadge } from './DeadlineBadge';
import { useOpenCallback } from './repository';
import { TermExplanation } from './TermExplanation';

interface Props {
  request: WooRequestRecord;
  term: WooTerm;
  today: IsoDate;
  extraHolidays: readonly IsoDate[];
  /** Set when a verdaging is no longer possible: then it is explained under the steps instead. */
  extendBlocker: WooLifecycleError | null;
}

/**
 * The request's dates: the decision date with its traffic light, and each date that follows from
 * it – verdaging, precisering, the remedy when the body is late, bezwaar and delayed disclosure –
 * every one with "Hoe is deze datum berekend?".
 */
export function DeadlinePanel({ request, term, today, extraHolidays, extendBlocker }: Props) {
  const { t } = useTranslation('woo');
  const format = useFormatters();
  const open = request.status !== 'besloten' && request.status !== 'gesloten';
  const late = open && term.decideBy !== null && compareIsoDates(today, term.decideBy) > 0;
  const precisering = preciseringTerm(request.receivedOn, extraHolidays);
  const showPrecisering = preciseringOpenUntil(request, today, extraHolidays) !== null;
  const extendBy = extensionDeadline(request, extraHolidays);
  const callbackDueAt = useOpenCallback(request.caseId);

  return (
    <section className="panel woo-deadline" aria-labelledby="woo-deadline-title">
      <h2 id="woo-deadline-title" className="visually-hidden">
        {t('detail.deadlineTitle')}
      </h2>
      <div className="woo-deadline-main">
        <div>
          <p className="woo-deadline-label">{open ? t('detail.decideBy') : t('detail.decided')}</p>
          <p className="woo-deadline-date" data-testid="decide-by">
            {open
              ? term.decideBy
                ? format.calendarDate(term.decideBy, { weekday: true })
                : t('detail.suspendedNoDate')
              : format.calendarDate(request.decision?.decidedOn ?? request.receivedOn, { weekday: true })}
          </p>
        </div>
        {open ? <DeadlineBadge term={term} today={today} extraHolidays={extraHolidays} /> : null}
        <span className="woo-status" data-status={request.status}>
          {t(`status.${request.status}`)}
        </span>
      </div>
      {open && (request.extension || !extendBlocker) ? (
        <p className="woo-deadline-sub">
          {request.extension
            ? t('detail.extended', { date: format.calendarDate(request.extension.noticeOn) })
            : extendBy
              ? t('detail.extensionBy', { date: format.calendarDate(extendBy) })
              : t('detail.extensionWhileSuspended')}
        </p>
      ) : null}
      <TermExplanation lines={term.explanation} />

      {callbackDueAt ? (
        <p className="woo-deadline-sub" data-testid="callback-by">
          {t('detail.callbackBy', { date: format.day(callbackDueAt) })}
        </p>
      ) : null}
      {showPrecisering ? (
        <div className="woo-date-block" data-testid="precisering-by">
          <p className="woo-deadline-sub">{t('detail.preciseringBy', { date: format.calendarDate(precisering.askBy, { weekday: true }) })}</p>
          <TermExplanation lines={precisering.explanation} label={t('term.howComputedPrecisering')} />
        </div>
      ) : null}

      {late && term.decideBy ? <LateRemedy decideBy={term.decideBy} body={request.bestuursorgaan.name} /> : null}
      {request.decision ? <DecisionDates request={request} extraHolidays={extraHolidays} /> : null}
    </section>
  );
}

/** After decideBy without a decision: the requester's remedy, with its dates (no dwangsom, Woo art. 8.2). */
function LateRemedy({ decideBy, body }: { decideBy: IsoDate; body: string }) {
  const { t } = useTranslation('woo');
  const format = useFormatters();
  const remedy = lateRemedy(decideBy);
  return (
    <div className="woo-date-block woo-late" role="note" data-testid="late-remedy">
      <p className="woo-deadline-sub">
        <strong>{t('detail.lateTitle')}</strong>{' '}
        {t('detail.late', { body, noticeFrom: format.calendarDate(remedy.noticeFrom), appealFrom: format.calendarDate(remedy.appealFrom) })}
      </p>
      <TermExplanation lines={remedy.explanation} label={t('term.howComputedLate')} />
    </div>
  );
}

/** The decision, when its documents are disclosed, and until when bezwaar is possible. */
function DecisionDates({ request, extraHolidays }: { request: WooRequestRecord; extraHolidays: readonly IsoDate[] }) {
  const { t } = useTranslation('woo');
  const format = useFormatters();
  const decision = request.decision;
  if (!decision) return null;
  const bezwaar = bezwaarTerm(decision.decidedOn, extraHolidays);
  const delayed = decision.disclosureFrom !== undefined && decision.disclosureFrom !== decision.decidedOn;
  return (
    <>
      <p className="woo-deadline-sub">{t('detail.outcome', { outcome: t(`outcome.${decision.outcome}`) })}</p>
      {delayed && decision.disclosureFrom ? (
        <div className="woo-date-block" data-testid="disclosure-from">
          <p className="woo-deadline-sub">{t('detail.disclosureFrom', { date: format.calendarDate(decision.disclosureFrom) })}</p>
          <TermExplanation lines={delayedDisclosure(decision.decidedOn).explanation} label={t('term.howComputedDisclosure')} />
        </div>
      ) : null}
      {request.decisionDelivery === 'mondeling' ? (
        <p className="woo-deadline-sub">{t('detail.bezwaarOral')}</p>
      ) : (
        <div className="woo-date-block" data-testid="bezwaar-by">
          <p className="woo-deadline-sub">{t('detail.bezwaarBy', { date: format.calendarDate(bezwaar.endsOn, { weekday: true }) })}</p>
          <TermExplanation lines={bezwaar.explanation} label={t('term.howComputedBezwaar')} />
        </div>
      )}
    </>
  );
}
