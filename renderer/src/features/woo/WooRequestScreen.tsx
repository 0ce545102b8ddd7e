import { useEffect, useMemo, useState } from 'react';
import { Button, Link } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { CaseRecord } from '../../../../shared/model/case';
import { receiptLanguageFor, type ReceiptLanguage } from '../../../../shared/print/language';
import { toZgwZaak } from '../../../../shared/export/zgw';
import { availableSteps, stepBlocker, termOf, type WooStep, type WooStepType } from '../../../../shared/woo/lifecycle';
import type { WooRequestRecord, WooSuspension } from '../../../../shared/woo/request';
import { routeHref } from '../../app/route';
import { host } from '../../host';
import { PageHeader } from '../../ui/PageHeader';
import { DeadlineBadge } from './DeadlineBadge';
import { formalRequestHtml, receiptHtml } from './documents';
import { useActor, useDateFormat, useToday } from './format';
import { forgetJustFiled, justFiled } from './justFiled';
import { NoticePanel } from './NoticePanel';
import { PrintActions, ReceiptLanguageSelect } from './PrintActions';
import { useWooHistory, useWooRequest } from './repository';
import { useWooSettings } from './settings';
import { StepDialog, useLifecycleMessage } from './StepDialog';
import { TermExplanation } from './TermExplanation';

/** The step that most often comes next, offered as the main button. */
const USUAL_NEXT: Record<WooRequestRecord['status'], WooStepType | undefined> = {
  ontvangen: 'start-handling',
  'precisering-gevraagd': 'end-suspension',
  'in-behandeling': 'decide',
  'zienswijze-gevraagd': 'end-suspension',
  verdaagd: 'decide',
  besloten: 'close',
  gesloten: undefined,
};

/** `#/woo/<requestId>`: one request – its deadline, the next steps, documents and history. */
export function WooRequestScreen({ requestId }: { requestId: string }) {
  const { t } = useTranslation('woo');
  const view = useWooRequest(requestId);
  if (view === undefined) return <p className="empty-state">{t('loading')}</p>;
  if (view === null) {
    return (
      <>
        <PageHeader title={t('detail.missingTitle')} />
        <div className="error-panel" role="alert">
          <p>{t('detail.missing')}</p>
          <Link className="button" href={routeHref('woo')}>
            {t('file.toList')}
          </Link>
        </div>
      </>
    );
  }
  return <RequestView key={view.request.id} request={view.request} caseRecord={view.caseRecord} />;
}

function RequestView({ request, caseRecord }: { request: WooRequestRecord; caseRecord: CaseRecord | undefined }) {
  const { t } = useTranslation('woo');
  const format = useDateFormat();
  const today = useToday();
  const settings = useWooSettings();
  const actor = useActor();
  const lifecycleMessage = useLifecycleMessage();
  const extra = settings.extraHolidays;
  const term = useMemo(() => termOf(request, extra), [request, extra]);
  const [dialog, setDialog] = useState<WooStepType | null>(null);
  const [notice, setNotice] = useState<WooSuspension | null>(null);
  const [exportStatus, setExportStatus] = useState<'saved' | 'failed' | null>(null);
  // "Filed" is said once, when the request screen opens right after filing.
  const [filedNow, setFiledNow] = useState(() => justFiled(request.id));
  useEffect(() => forgetJustFiled(request.id), [request.id]);
  const [language, setLanguage] = useState<ReceiptLanguage>(filedNow ?? receiptLanguageFor(caseRecord?.visitor?.language) ?? 'nl');
  const history = useWooHistory(request.id);

  const context = { today, extraHolidays: extra };
  const steps = availableSteps(request, context);
  // Only a verdaging that is too late is worth explaining; otherwise it simply is not offered.
  const blocked = steps.includes('extend') ? null : stepBlocker(request, 'extend', context);
  const extendBlocker = blocked?.code === 'extension-too-late' ? blocked : null;
  const open = request.status !== 'besloten' && request.status !== 'gesloten';
  const caseNumber = caseRecord?.number ?? t('detail.noCaseNumber');

  const onDone = (step: WooStep, result: { state: { suspensions: WooSuspension[] } }) => {
    setDialog(null);
    setFiledNow(undefined);
    if (step.type === 'end-suspension') setNotice(result.state.suspensions.at(-1) ?? null);
    else setNotice(null);
  };

  const exportZgw = async () => {
    const zaak = toZgwZaak(request, { ...(caseRecord ? { caseNumber: caseRecord.number } : {}), extraHolidays: extra });
    const result = await host.saveFile({
      suggestedName: `zaak-${caseRecord?.number ?? request.id}.json`,
      mimeType: 'application/json',
      data: `${JSON.stringify(zaak, null, 2)}\n`,
    });
    setExportStatus(result.ok ? 'saved' : result.cancelled ? null : 'failed');
  };

  return (
    <div className="woo">
      <PageHeader title={t('detail.title', { number: caseNumber })} />
      {filedNow ? (
        <p className="woo-success" role="status">
          {t('detail.filed')}
        </p>
      ) : null}

      <section className="panel woo-deadline" aria-labelledby="woo-deadline-title">
        <h2 id="woo-deadline-title" className="woo-visually-hidden">
          {t('detail.deadlineTitle')}
        </h2>
        <div className="woo-deadline-main">
          <div>
            <p className="woo-deadline-label">{open ? t('detail.decideBy') : t('detail.decided')}</p>
            <p className="woo-deadline-date" data-testid="decide-by">
              {open
                ? term.decideBy
                  ? format.date(term.decideBy, { weekday: true })
                  : t('detail.suspendedNoDate')
                : format.date(request.decision?.decidedOn ?? request.receivedOn, { weekday: true })}
            </p>
          </div>
          {open ? <DeadlineBadge term={term} today={today} extraHolidays={extra} /> : null}
          <span className="woo-status" data-status={request.status}>
            {t(`status.${request.status}`)}
          </span>
        </div>
        {open && (request.extension || !extendBlocker) ? (
          <p className="woo-deadline-sub">
            {request.extension
              ? t('detail.extended', { date: format.date(request.extension.noticeOn) })
              : term.extensionNoticeBy
                ? t('detail.extensionBy', { date: format.date(term.extensionNoticeBy) })
                : t('detail.extensionWhileSuspended')}
          </p>
        ) : null}
        {request.decision ? (
          <p className="woo-deadline-sub">
            {t('detail.outcome', { outcome: t(`outcome.${request.decision.outcome}`) })}
            {request.decision.disclosureFrom && request.decision.disclosureFrom !== request.decision.decidedOn
              ? ` ${t('detail.disclosureFrom', { date: format.date(request.decision.disclosureFrom) })}`
              : ''}
          </p>
        ) : null}
        <TermExplanation lines={term.explanation} />
      </section>

      {notice ? <NoticePanel request={request} caseRecord={caseRecord} suspension={notice} onClose={() => setNotice(null)} /> : null}

      {steps.length || extendBlocker ? (
        <section className="panel" aria-labelledby="woo-steps-title">
          <h2 id="woo-steps-title">{t('detail.nextSteps')}</h2>
          <div className="woo-step-buttons">
            {steps.map((type) => (
              <Button key={type} className={type === USUAL_NEXT[request.status] ? 'button primary' : 'button'} onPress={() => setDialog(type)} isDisabled={!actor}>
                {t(`step.${type}.title`)}
              </Button>
            ))}
          </div>
          {extendBlocker && open ? <p className="woo-note">{lifecycleMessage(extendBlocker)}</p> : null}
        </section>
      ) : null}

      <section className="panel" aria-labelledby="woo-docs-title">
        <h2 id="woo-docs-title">{t('detail.documents')}</h2>
        <div className="woo-doc">
          <h3>{t('detail.receipt')}</h3>
          <p className="woo-description">{t('detail.receiptHint')}</p>
          <ReceiptLanguageSelect label={t('detail.receiptLanguage')} value={language} onChange={setLanguage} />
          <PrintActions what={t('detail.receiptWhat')} build={() => receiptHtml(request, caseRecord?.number ?? '', language, settings.centre, today)} />
        </div>
        <div className="woo-doc">
          <h3>{t('detail.formal')}</h3>
          <p className="woo-description">{t('detail.formalHint', { body: request.bestuursorgaan.name })}</p>
          <PrintActions
            what={t('detail.formalWhat')}
            build={() => formalRequestHtml(request, caseRecord, term, { centre: settings.centre, staff: history?.[0]?.actor ?? actor ?? '', today })}
          />
        </div>
        <div className="woo-doc">
          <h3>{t('detail.export')}</h3>
          <p className="woo-description">{t('detail.exportHint')}</p>
          <div className="woo-print-actions">
            <Button className="button" onPress={() => void exportZgw()}>
              {t('detail.exportButton')}
            </Button>
            <p role="status" className="woo-print-status">
              {exportStatus === 'saved' ? t('detail.exported') : exportStatus === 'failed' ? t('detail.exportFailed') : null}
            </p>
          </div>
        </div>
      </section>

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
          <dd>{t(`delivery.${request.decisionDelivery}`)}</dd>
          <dt>{t('facts.channel')}</dt>
          <dd>{t(`channel.${request.channel}`)}</dd>
          <dt>{t('file.receivedOn')}</dt>
          <dd>
            {format.date(request.receivedOn, { weekday: true })}
            {request.receivedOnReason ? ` – ${t('detail.receivedReason', { reason: request.receivedOnReason, date: format.date(request.filedOn) })}` : ''}
          </dd>
          <dt>{t('detail.case')}</dt>
          <dd>
            {caseRecord ? <Link href={routeHref('cases', caseRecord.id)}>{caseRecord.number}</Link> : t('detail.noCaseNumber')}
          </dd>
        </dl>
      </section>

      {request.suspensions.length ? (
        <section className="panel" aria-labelledby="woo-susp-title">
          <h2 id="woo-susp-title">{t('detail.suspensions')}</h2>
          <ul className="woo-suspensions">
            {request.suspensions.map((s, index) => (
              <li key={index}>
                <strong>{t(`suspension.${s.kind}`)}</strong>{' '}
                {s.until
                  ? t('detail.suspendedFromUntil', { from: format.date(s.from), until: format.date(s.until) })
                  : t('detail.suspendedSince', { from: format.date(s.from), answerBy: format.date(s.answerBy) })}
                {s.ended ? ` (${t(`detail.ended.${s.ended}`)})` : ''}
                {s.until && open && request.decideBy ? (
                  <Button className="button woo-small" onPress={() => setNotice(s)}>
                    {t('notice.show')}
                  </Button>
                ) : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <section className="panel" aria-labelledby="woo-history-title">
        <h2 id="woo-history-title">{t('detail.history')}</h2>
        {history?.length ? (
          <ol className="woo-history">
            {history.map((event) => (
              <li key={event.id}>
                <time dateTime={event.at}>{format.dateTime(event.at)}</time>
                <span>{t(`history.${event.action}`, { defaultValue: event.action })}</span>
                <span className="woo-actor">{t('detail.by', { actor: event.actor })}</span>
              </li>
            ))}
          </ol>
        ) : (
          <p className="woo-description">{t('detail.noHistory')}</p>
        )}
      </section>

      {dialog ? <StepDialog request={request} type={dialog} onClose={() => setDialog(null)} onDone={onDone} /> : null}
    </div>
  );
}
