import { useEffect, useMemo, useRef, useState } from 'react';
import { Button, Dialog, Heading, Link, Modal, ModalOverlay } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { CaseRecord } from '../../../../shared/model/case';
import { CHANNELS } from '../../../../shared/model/records';
import { emptyFiling, filingHasContent, validateFiling, type FilingIssue, type FilingInput, type WooFilingDraft } from '../../../../shared/woo/filing';
import { newWooRequestState, WooLifecycleError } from '../../../../shared/woo/lifecycle';
import { WooTermError, type WooTerm } from '../../../../shared/woo/deadline';
import { receiptLanguageFor, type ReceiptLanguage } from '../../../../shared/print/language';
import { useDraft } from '../../app/drafts';
import { navigate, routeHref } from '../../app/route';
import { database } from '../../db/database';
import { PageHeader } from '../../ui/PageHeader';
import { useCase } from '../cases';
import { workstationSettings } from '../../workstation';
import { BodyPicker } from '../directory';
import { ChoiceGroup, IsoDateField, TextAreaInput, TextInput } from './fields';
import { FilingCheck } from './FilingCheck';
import { useActor, useDateFormat, useToday } from './format';
import { markJustFiled } from './justFiled';
import { fileWooRequest, useWooRequestsForCase } from './repository';
import { useWooSettings } from './settings';
import { TermExplanation } from './TermExplanation';

/** `#/woo/new` and `#/woo/new/<caseId>`: file a Woo request, for a case or for a new walk-in. */
export function FileWooRequest({ caseId }: { caseId: string | undefined }) {
  const { t } = useTranslation('woo');
  const caseRecord = useCase(caseId);
  if (caseId && caseRecord === undefined) return <p className="empty-state">{t('loading')}</p>;
  if (caseId && caseRecord === null) {
    return (
      <>
        <PageHeader title={t('file.title')} />
        <div className="error-panel" role="alert">
          <p>{t('file.caseMissing')}</p>
          <Link className="button" href={routeHref('woo', 'new')}>
            {t('file.withoutCase')}
          </Link>
        </div>
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

type Settled = { caseId: string; caseNumber: string; kind: 'avg' | 'referral' };

function FilingForm({ caseRecord, onReset }: { caseRecord: CaseRecord | undefined; onReset: () => void }) {
  const { t } = useTranslation('woo');
  const today = useToday();
  const actor = useActor();
  const settings = useWooSettings();
  const format = useDateFormat();
  const caseId = caseRecord?.id;
  const defaults = useMemo(
    () =>
      emptyFiling({
        today,
        channel: caseRecord?.channel ?? workstationSettings().defaultChannel,
        ...(caseRecord ? { caseId: caseRecord.id, subject: caseRecord.question } : {}),
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
  const [saveError, setSaveError] = useState<string | null>(null);
  const [settled, setSettled] = useState<Settled | null>(null);
  const [saving, setSaving] = useState(false);
  const existing = useWooRequestsForCase(caseId);
  const runningRequest = existing?.find((r) => r.status !== 'besloten' && r.status !== 'gesloten');
  const formRef = useRef<HTMLFormElement>(null);

  const update = (change: (d: WooFilingDraft) => WooFilingDraft) => setDraft((d) => change(d));
  const validation = validateFiling(draft, today);
  const issues = validation.ok ? [] : validation.issues;
  const issueFor = (field: string) => (showIssues ? issues.find((i) => i.field === field) : undefined);
  const message = (issue: FilingIssue | undefined) => (issue ? t(`issue.${issue.code}`, issue.params ?? {}) : undefined);

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

  const file = async () => {
    if (!confirm || !actor) return;
    setSaving(true);
    setSaveError(null);
    try {
      const filed = await fileWooRequest(database(), confirm.input, { actor, today, extraHolidays: settings.extraHolidays });
      clearDraft();
      markJustFiled(filed.requestId, receiptLanguage);
      navigate(routeHref('woo', filed.requestId));
    } catch (error) {
      console.error(error);
      setSaveError(t('file.saveFailed'));
      setConfirm(null);
      setSaving(false);
    }
  };

  const discard = () => {
    clearDraft();
    onReset();
  };

  if (settled) {
    return (
      <>
        <PageHeader title={t('file.title')} />
        <div className="panel woo-settled" role="status">
          <h2>{settled.kind === 'avg' ? t('avg.recorded') : t('referral.recorded')}</h2>
          <p>{t('file.caseNumber', { number: settled.caseNumber })}</p>
          <div className="woo-actions">
            <Link className="button primary" href={routeHref('cases', settled.caseId)}>
              {t('file.toCase')}
            </Link>
            <Button className="button" onPress={onReset}>
              {t('file.another')}
            </Button>
            <Link className="button" href={routeHref('woo')}>
              {t('file.toList')}
            </Link>
          </div>
        </div>
      </>
    );
  }

  const channelChoices = CHANNELS.map((c) => ({ id: c, label: t(`channel.${c}`) }));
  const receivedToday = draft.receivedOn === today;

  return (
    <div className="woo">
      <PageHeader
        title={caseRecord ? t('file.titleForCase', { number: caseRecord.number }) : t('file.title')}
        actions={
          filingHasContent(draft, defaults) ? (
            <Button className="button" onPress={discard}>
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

          <div data-field="subject">
            <TextAreaInput
              name="subject"
              label={t('file.subject')}
              description={t('file.subjectHint')}
              value={draft.subject}
              onChange={(subject) => update((d) => ({ ...d, subject }))}
              error={message(issueFor('subject'))}
              rows={4}
              isRequired
            />
          </div>
          <div data-field="period">
            <TextInput
              name="period"
              label={t('file.period')}
              description={t('file.periodHint')}
              value={draft.period}
              onChange={(period) => update((d) => ({ ...d, period }))}
              error={message(issueFor('period'))}
            />
          </div>
          <div data-field="bestuursorgaan">
            <BodyPicker
              label={t('file.bestuursorgaan')}
              value={draft.bestuursorgaan}
              onChange={(bestuursorgaan) => update((d) => ({ ...d, bestuursorgaan }))}
              municipality={settings.municipality}
              error={message(issueFor('bestuursorgaan'))}
              isRequired
            />
          </div>
          <ChoiceGroup
            name="disclosureForm"
            label={t('file.disclosureForm')}
            value={draft.disclosureForm}
            onChange={(disclosureForm) => update((d) => ({ ...d, disclosureForm }))}
            choices={[
              { id: 'digitaal', label: t('form.digitaal') },
              { id: 'papier', label: t('form.papier') },
            ]}
          />
          {!caseRecord ? (
            <ChoiceGroup
              name="channel"
              label={t('file.channel')}
              value={draft.channel}
              onChange={(channel) => update((d) => ({ ...d, channel }))}
              choices={channelChoices}
            />
          ) : null}

          <fieldset className="woo-fieldset">
            <legend>{t('file.contactTitle')}</legend>
            <p className="woo-explain">{t('file.contactExplain')}</p>
            <div data-field="decisionDelivery">
              <ChoiceGroup
                name="decisionDelivery"
                label={t('file.decisionDelivery')}
                value={draft.decisionDelivery}
                onChange={(decisionDelivery) => update((d) => ({ ...d, decisionDelivery }))}
                orientation="vertical"
                choices={[
                  { id: 'email', label: t('delivery.email') },
                  { id: 'post', label: t('delivery.post') },
                  { id: 'mondeling', label: t('delivery.mondeling'), description: t('delivery.mondelingHint') },
                ]}
              />
            </div>
            <div className="woo-grid">
              <div data-field="visitor.name">
                <TextInput
                  name="name"
                  label={t('file.name')}
                  description={t('file.nameHint')}
                  value={draft.visitor.name}
                  onChange={(name) => update((d) => ({ ...d, visitor: { ...d.visitor, name } }))}
                  error={message(issueFor('visitor.name'))}
                />
              </div>
              <div data-field="visitor.email">
                <TextInput
                  name="email"
                  type="email"
                  label={t('file.email')}
                  value={draft.visitor.email}
                  onChange={(email) => update((d) => ({ ...d, visitor: { ...d.visitor, email } }))}
                  error={message(issueFor('visitor.email'))}
                  isRequired={draft.decisionDelivery === 'email'}
                />
              </div>
              <div data-field="visitor.postal">
                <TextAreaInput
                  name="postal"
                  label={t('file.postal')}
                  value={draft.visitor.postal}
                  onChange={(postal) => update((d) => ({ ...d, visitor: { ...d.visitor, postal } }))}
                  error={message(issueFor('visitor.postal'))}
                  rows={2}
                  isRequired={draft.decisionDelivery === 'post'}
                />
              </div>
              <div data-field="visitor.phone">
                <TextInput
                  name="phone"
                  type="tel"
                  label={t('file.phone')}
                  description={t('file.phoneHint')}
                  value={draft.visitor.phone}
                  onChange={(phone) => update((d) => ({ ...d, visitor: { ...d.visitor, phone } }))}
                  error={message(issueFor('visitor.phone'))}
                />
              </div>
            </div>
          </fieldset>

          <fieldset className="woo-fieldset">
            <legend>{t('file.receiptTitle')}</legend>
            <div className="woo-grid">
              <div data-field="receivedOn">
                <IsoDateField
                  name="receivedOn"
                  label={t('file.receivedOn')}
                  description={t('file.receivedOnHint')}
                  value={draft.receivedOn}
                  max={today}
                  onChange={(receivedOn) => update((d) => ({ ...d, receivedOn }))}
                  error={message(issueFor('receivedOn'))}
                  isRequired
                />
              </div>
              {!receivedToday ? (
                <div data-field="receivedOnReason">
                  <TextInput
                    name="receivedOnReason"
                    label={t('file.receivedOnReason')}
                    description={t('file.receivedOnReasonHint', { today: format.date(today) })}
                    value={draft.receivedOnReason}
                    onChange={(receivedOnReason) => update((d) => ({ ...d, receivedOnReason }))}
                    error={message(issueFor('receivedOnReason'))}
                    isRequired
                  />
                </div>
              ) : null}
            </div>
          </fieldset>

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
            <Button className="button" onPress={() => update((d) => ({ ...d, step: 'check' }))}>
              {t('file.back')}
            </Button>
            <Button type="submit" className="button primary">
              {t('file.review')}
            </Button>
            <p className="woo-description">{t('file.draftKept')}</p>
          </div>
        </form>
      )}

      <ModalOverlay className="woo-overlay" isOpen={confirm !== null} onOpenChange={(open) => !open && !saving && setConfirm(null)} isDismissable={!saving}>
        <Modal className="woo-modal">
          <Dialog className="woo-dialog" aria-labelledby="woo-confirm-title">
            {confirm ? (
              <>
                <Heading slot="title" id="woo-confirm-title">
                  {t('confirm.title')}
                </Heading>
                <dl className="facts">
                  <dt>{t('file.bestuursorgaan')}</dt>
                  <dd>{confirm.input.bestuursorgaan.name}</dd>
                  <dt>{t('file.receivedOn')}</dt>
                  <dd>{format.date(confirm.input.receivedOn, { weekday: true })}</dd>
                  <dt>{t('confirm.decideBy')}</dt>
                  <dd>
                    <strong>{confirm.term.decideBy ? format.date(confirm.term.decideBy, { weekday: true }) : t('light.suspended')}</strong>
                  </dd>
                  <dt>{t('confirm.extensionBy')}</dt>
                  <dd>{confirm.term.extensionNoticeBy ? format.date(confirm.term.extensionNoticeBy) : t('light.suspended')}</dd>
                  <dt>{t('file.decisionDelivery')}</dt>
                  <dd>{t(`delivery.${confirm.input.decisionDelivery}`)}</dd>
                </dl>
                <TermExplanation lines={confirm.term.explanation} />
                <div className="woo-actions">
                  <Button className="button primary" autoFocus isDisabled={saving || !actor} onPress={() => void file()}>
                    {t('confirm.file')}
                  </Button>
                  <Button className="button" slot="close" isDisabled={saving}>
                    {t('confirm.back')}
                  </Button>
                </div>
              </>
            ) : null}
          </Dialog>
        </Modal>
      </ModalOverlay>
    </div>
  );
}
