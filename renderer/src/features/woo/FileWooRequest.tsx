import { useEffect, useMemo, useRef, useState } from 'react';
import { Link } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { Button, ButtonLink, EmptyState, ErrorState } from '../../ui';
import type { CaseRecord } from '../../../../shared/model/case';
import { emptyFiling, filingHasContent, validateFiling, type FilingInput, type WooFilingDraft } from '../../../../shared/woo/filing';
import { newWooRequestState, WooLifecycleError } from '../../../../shared/woo/lifecycle';
import { WooTermError, type WooTerm } from '../../../../shared/woo/deadline';
import { receiptLanguageFor, type ReceiptLanguage } from '../../../../shared/print/language';
import { useDraft } from '../../app/drafts';
import { navigate, routeHref } from '../../app/route';
import { database } from '../../db/database';
import { useToday } from '../../ui/clock';
import { PageHeader } from '../../ui/PageHeader';
import { useCase } from '../cases';
import { workstationSettings } from '../../workstation';
import { useActor } from './actor';
import { ConfirmFiling } from './ConfirmFiling';
import { FilingCheck } from './FilingCheck';
import { ContactFields, ReceivedFields, RequestFields } from './FilingFields';
import { markJustFiled } from './justFiled';
import { fileWooRequest, useWooRequestsForCase } from './repository';
import { useWooSettings } from './settings';
import { useSaving } from './useSaving';
import { SettledPanel, type Settled } from './SettledPanel';

/** `#/woo/new` and `#/woo/new/<caseId>`: file a Woo request, for a case or for a new walk-in. */
export function FileWooRequest({ caseId }: { caseId: string | undefined }) {
  const { t } = useTranslation('woo');
  const caseRecord = useCase(caseId);
  if (caseId && caseRecord === undefined) return <EmptyState variant="inline">{t('loading')}</EmptyState>;
  if (caseId && caseRecord === null) {
    return (
      <>
        <PageHeader title={t('file.title')} />
        <ErrorState>
          <p>{t('file.caseMissing')}</p>
          <ButtonLink href={routeHref('woo', 'new')}>
            {t('file.withoutCase')}
          </ButtonLink>
        </ErrorState>
      </>
    );
  }
  return <ResettableForm caseRecord={caseRecord ?? undefined} />;
}

/** Starting over (or filing the next one) mounts a fresh form, so no state of the last one lingers. */
function ResettableForm({ caseRecord }: { caseRecord: CaseRecord | undefined }) {
  const [round, setRound] = useState(0);
  return <FilingForm key={`${caseRecord?.id ?? 'new'}:${round}`} caseRecord={caseRecord} onReset={() => setRound((n) => n + 1)} />;
}

function draftKey(caseId: string | undefined) {
  return `woo.file.${caseId ?? 'new'}`;
}

function FilingForm({ caseRecord, onReset }: { caseRecord: CaseRecord | undefined; onReset: () => void }) {
  const { t } = useTranslation('woo');
  const today = useToday();
  const actor = useActor();
  const settings = useWooSettings();
  const caseId = caseRecord?.id;
  const defaults = useMemo(
    () =>
      emptyFiling({
        today,
        channel: caseRecord?.channel ?? workstationSettings().defaultChannel,
        ...(caseRecord ? { caseId: caseRecord.id, subject: caseRecord.question } : {}),
        ...(caseRecord?.topic ? { topic: caseRecord.topic } : {}),
        ...(caseRecord?.visitor ? { visitor: caseRecord.visitor } : {}),
      }),
    // The defaults are taken once, when the form opens; later changes to the case do not reset typing.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [caseRecord?.id],
  );
  const [draft, setDraft, clearDraft] = useDraft<WooFilingDraft>(draftKey(caseId), defaults);
  const [receiptLanguage, setReceiptLanguage] = useState<ReceiptLanguage>(receiptLanguageFor(caseRecord?.visitor?.language) ?? 'nl');
  const [showIssues, setShowIssues] = useState(false);
  const [confirm, setConfirm] = useState<{ input: FilingInput; term: WooTerm } | null>(null);
  const { saving, saveError, setSaveError, save } = useSaving(t('file.saveFailed'));
  const [settled, setSettled] = useState<Settled | null>(null);
  const existing = useWooRequestsForCase(caseId);
  const runningRequest = existing?.find((r) => r.status !== 'besloten' && r.status !== 'gesloten');
  const formRef = useRef<HTMLFormElement>(null);

  const update = (change: (d: WooFilingDraft) => WooFilingDraft) => setDraft((d) => change(d));
  const validation = validateFiling(draft, today);
  const issues = validation.ok ? [] : validation.issues;
  const fieldMessage = (field: string) => {
    const issue = showIssues ? issues.find((i) => i.field === field) : undefined;
    return issue ? t(`issue.${issue.code}`, issue.params ?? {}) : undefined;
  };

  // Keyboard-first: a new step starts in its first field.
  useEffect(() => {
    if (draft.step === 'form') formRef.current?.querySelector<HTMLElement>('textarea, input')?.focus();
  }, [draft.step]);

  const submit = () => {
    if (!validation.ok) {
      setShowIssues(true);
      const first = validation.issues[0];
      if (first) {
        requestAnimationFrame(() => formRef.current?.querySelector<HTMLElement>(`[data-field="${first.field}"] input, [data-field="${first.field}"] textarea, [data-field="${first.field}"] [role="spinbutton"], [data-field="${first.field}"] [role="radio"]`)?.focus());
      }
      return;
    }
    try {
      const { term } = newWooRequestState(validation.value.receivedOn, { today, extraHolidays: settings.extraHolidays });
      setConfirm({ input: validation.value, term });
    } catch (error) {
      if (error instanceof WooLifecycleError || error instanceof WooTermError) setSaveError(error.message);
      else throw error;
    }
  };

  const file = async (options: { callback: boolean }) => {
    if (!confirm || !actor) return;
    await save(async () => {
      const filed = await fileWooRequest(
        database(),
        confirm.input,
        { actor, today, extraHolidays: settings.extraHolidays },
        options.callback ? { callback: { assignee: actor } } : {},
      );
      clearDraft();
      markJustFiled(filed.requestId, receiptLanguage);
      navigate(routeHref('woo', filed.requestId));
    }, () => setConfirm(null));
  };

  const discard = () => {
    clearDraft();
    onReset();
  };

  if (settled) return <SettledPanel settled={settled} onAnother={onReset} />;


  return (
    <div className="woo">
      <PageHeader
        title={caseRecord ? t('file.titleForCase', { number: caseRecord.number }) : t('file.title')}
        actions={
          filingHasContent(draft, defaults) ? (
            <Button onPress={discard}>
              {t('file.discard')}
            </Button>
          ) : null
        }
      />
      <ol className="woo-steps" aria-label={t('file.stepsLabel')}>
        <li aria-current={draft.step === 'check' ? 'step' : undefined}>{t('file.stepCheck')}</li>
        <li aria-current={draft.step === 'form' ? 'step' : undefined}>{t('file.stepForm')}</li>
      </ol>
      {runningRequest ? (
        <p className="woo-note" role="note">
          {t('file.alreadyRunning')}{' '}
          <Link href={routeHref('woo', runningRequest.id)}>{t('file.openRunning')}</Link>
        </p>
      ) : null}

      {draft.step === 'check' ? (
        <FilingCheck
          draft={draft}
          update={update}
          receiptLanguage={receiptLanguage}
          onReceiptLanguage={setReceiptLanguage}
          onSettled={(result) => {
            clearDraft();
            setSettled(result);
          }}
          onContinue={() => update((d) => ({ ...d, step: 'form' }))}
        />
      ) : (
        <form
          ref={formRef}
          className="panel woo-form"
          aria-labelledby="woo-form-title"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            submit();
          }}
        >
          <h2 id="woo-form-title">{t('file.formTitle')}</h2>

          <RequestFields draft={draft} update={update} message={fieldMessage} municipality={settings.municipality} askChannel={!caseRecord} />
          <ContactFields draft={draft} update={update} message={fieldMessage} />
          <ReceivedFields draft={draft} update={update} message={fieldMessage} today={today} />

          {showIssues && issues.length ? (
            <p className="woo-error" role="alert">
              {t('file.issues', { count: issues.length })}
            </p>
          ) : null}
          {saveError ? (
            <p className="woo-error" role="alert">
              {saveError}
            </p>
          ) : null}
          <div className="woo-actions">
            <Button onPress={() => update((d) => ({ ...d, step: 'check' }))}>
              {t('file.back')}
            </Button>
            <Button type="submit" variant="primary">
              {t('file.review')}
            </Button>
            <p className="woo-description">{t('file.draftKept')}</p>
          </div>
        </form>
      )}

      <ConfirmFiling
        confirm={confirm}
        today={today}
        extraHolidays={settings.extraHolidays}
        saving={saving}
        canFile={actor !== undefined}
        onFile={(options) => void file(options)}
        onBack={() => setConfirm(null)}
      />
    </div>
  );
}
