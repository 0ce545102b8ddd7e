import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, ButtonLink, EmptyState, ErrorState } from '../../ui';
import type { CaseRecord } from '../../../../shared/model/case';
import { receiptLanguageFor, type ReceiptLanguage } from '../../../../shared/print/language';
import { availableSteps, stepBlocker, termOf, type WooStep, type WooStepType } from '../../../../shared/woo/lifecycle';
import type { WooRequestRecord, WooSuspension } from '../../../../shared/woo/request';
import { routeHref } from '../../app/route';
import { useToday } from '../../ui/clock';
import { PageHeader } from '../../ui/PageHeader';
import { useActor } from './actor';
import { DeadlinePanel } from './DeadlinePanel';
import { forgetJustFiled, justFiled } from './justFiled';
import { NoticePanel } from './NoticePanel';
import { RequestFacts, RequestHistory, SuspensionList } from './RequestDetails';
import { RequestDocuments } from './RequestDocuments';
import { useWooRequest } from './repository';
import { useWooSettings } from './settings';
import { StepDialog, useLifecycleMessage } from './StepDialog';

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
  if (view === undefined) return <EmptyState variant="inline">{t('loading')}</EmptyState>;
  if (view === null) {
    return (
      <>
        <PageHeader title={t('detail.missingTitle')} />
        <ErrorState>
          <p>{t('detail.missing')}</p>
          <ButtonLink href={routeHref('woo')}>
            {t('file.toList')}
          </ButtonLink>
        </ErrorState>
      </>
    );
  }
  return <RequestView key={view.request.id} request={view.request} caseRecord={view.caseRecord} />;
}

function RequestView({ request, caseRecord }: { request: WooRequestRecord; caseRecord: CaseRecord | undefined }) {
  const { t } = useTranslation('woo');
  const today = useToday();
  const settings = useWooSettings();
  const actor = useActor();
  const lifecycleMessage = useLifecycleMessage();
  const extra = settings.extraHolidays;
  const term = useMemo(() => termOf(request, extra), [request, extra]);
  const [dialog, setDialog] = useState<WooStepType | null>(null);
  const [notice, setNotice] = useState<WooSuspension | null>(null);
  // "Filed" is said once, when the request screen opens right after filing.
  const [filedNow, setFiledNow] = useState(() => justFiled(request.id));
  useEffect(() => forgetJustFiled(request.id), [request.id]);
  const [language, setLanguage] = useState<ReceiptLanguage>(filedNow ?? receiptLanguageFor(caseRecord?.visitor?.language) ?? 'nl');

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

  return (
    <div className="woo">
      <PageHeader title={t('detail.title', { number: caseNumber })} />
      {filedNow ? (
        <p className="woo-success" role="status">
          {t('detail.filed')}
        </p>
      ) : null}

      <DeadlinePanel request={request} term={term} today={today} extraHolidays={extra} extendBlocker={extendBlocker} />

      {notice ? <NoticePanel request={request} caseRecord={caseRecord} suspension={notice} onClose={() => setNotice(null)} /> : null}

      {steps.length || extendBlocker ? (
        <section className="panel" aria-labelledby="woo-steps-title">
          <h2 id="woo-steps-title">{t('detail.nextSteps')}</h2>
          <div className="woo-step-buttons">
            {steps.map((type) => (
              <Button key={type} variant={type === USUAL_NEXT[request.status] ? 'primary' : 'secondary'} onPress={() => setDialog(type)} isDisabled={!actor}>
                {t(`step.${type}.title`)}
              </Button>
            ))}
          </div>
          {extendBlocker && open ? <p className="woo-note">{lifecycleMessage(extendBlocker)}</p> : null}
        </section>
      ) : null}

      <RequestDocuments request={request} caseRecord={caseRecord} term={term} today={today} actor={actor} language={language} onLanguage={setLanguage} />
      <RequestFacts request={request} caseRecord={caseRecord} />
      <SuspensionList request={request} onNotice={setNotice} />
      <RequestHistory requestId={request.id} />

      {dialog ? <StepDialog request={request} type={dialog} onClose={() => setDialog(null)} onDone={onDone} /> : null}
    </div>
  );
}
