import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Button, Dialog, DialogTrigger, Heading, Modal, ModalOverlay } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { CONTACT_OUTCOMES } from '../../../../shared/model/case';
import { CHANNELS, type Channel } from '../../../../shared/model/records';
import {
  ASSIGNEE_MAX,
  dueAtFor,
  emptyIntake,
  formatLocalDateTime,
  type IntakeDraft,
  intakeHasContent,
  type IntakeIssue,
  NOTE_MAX,
  QUESTION_COUNTER_FROM,
  QUESTION_MAX,
  validateIntake,
} from '../../../../shared/model/intake';
import { clearDraft as removeDraft, useDraft } from '../../app/drafts';
import { navigate, routeHref } from '../../app/route';
import { database } from '../../db/database';
import { host } from '../../host';
import { useStationCode } from '../../workstation';
import { useCase } from '../cases';
import { CallTimer } from './CallTimer';
import { CasePicker } from './CasePicker';
import { CASE_QUERY_DRAFT_KEY, INTAKE_DRAFT_KEY } from './draftKeys';
import { TextAreaInput, TextInput } from '../../ui/fields';
import { Check, ChoiceGroup, SelectInput } from './fields';
import { useNow } from '../../ui/clock';
import { useFormatters } from '../../ui/format';
import { CaseGoneError } from '../cases';
import { saveIntake } from './repository';
import { SavedNotice } from './SavedNotice';
import { getLastSave, setLastSave, updateLastSave } from './savedStore';
import { actorFor } from '../../workstation';
import { VisitorDetails } from './VisitorDetails';
import { updateWorkstationSettings, useWorkstationSettings, workstationSettings } from '../../workstation';
import './intake.css';


/** A draft written by an older version of the form gets the fields it lacks. */
function completeDraft(stored: IntakeDraft): IntakeDraft {
  const settings = workstationSettings();
  const base = emptyIntake({ now: new Date(), channel: settings.defaultChannel, assignee: settings.defaultAssignee });
  return { ...base, ...stored, visitor: { ...base.visitor, ...stored.visitor }, callback: { ...base.callback, ...stored.callback } };
}

type FieldElement = HTMLInputElement | HTMLTextAreaElement | HTMLButtonElement;

/**
 * The contact intake: what the visitor or caller asks, how it ended, and – only if needed – who
 * they are and a callback. Every change is written to a draft at once; saving is one transaction.
 * Keyboard: the cursor starts in the question, Alt+T plans a callback, Ctrl+Enter saves.
 */
export function IntakeScreen({ routeCaseId }: { routeCaseId?: string | undefined }) {
  const { t } = useTranslation('intake');
  const format = useFormatters();
  const settings = useWorkstationSettings();
  const station = useStationCode();
  const [stored, setDraft, clearDraft] = useDraft<IntakeDraft>(INTAKE_DRAFT_KEY, () =>
    emptyIntake({ now: new Date(), channel: settings.defaultChannel, assignee: settings.defaultAssignee }),
  );
  const draft = useMemo(() => completeDraft(stored), [stored]);
  const update = useCallback((change: (d: IntakeDraft) => IntakeDraft) => setDraft((previous) => change(completeDraft(previous))), [setDraft]);

  const [submitted, setSubmitted] = useState(false);
  const [blurred, setBlurred] = useState<ReadonlySet<string>>(new Set());
  const savingRef = useRef(false);
  const [saveError, setSaveError] = useState<'caseGone' | 'failed' | null>(null);
  const [focusRequest, setFocusRequest] = useState<{ field: string } | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const refs = useRef(new Map<string, FieldElement | null>());
  const refFor = useCallback((field: string) => (element: FieldElement | null) => void refs.current.set(field, element), []);

  const attached = useCase(draft.caseMode === 'existing' ? (draft.caseId ?? undefined) : undefined);
  const casePhoneKnown = Boolean(attached?.visitor?.phone);

  // Re-checked on every change, shown per field once it matters (see errorFor).
  const now = useNow(30_000);
  const issues: IntakeIssue[] = useMemo(() => {
    const result = validateIntake(draft, { now, casePhoneKnown });
    return result.ok ? [] : result.issues;
  }, [draft, now, casePhoneKnown]);

  const errorFor = (field: string): string | undefined => {
    const issue = issues.find((i) => i.field === field);
    if (!issue) return undefined;
    // Over-long text is refused while typing, not only when saving; the rest waits for a save or
    // for leaving the field, so nobody is scolded halfway through a phone number.
    const visible = submitted || blurred.has(field) || issue.code.endsWith('.tooLong');
    return visible ? t(`validation.${issue.code}`, { max: issue.params?.max === undefined ? undefined : format.number(issue.params.max) }) : undefined;
  };
  const onBlur = (field: string) => setBlurred((previous) => (previous.has(field) ? previous : new Set(previous).add(field)));

  // Opened from a case ("Contact toevoegen"): attach to it, keeping whatever was typed already.
  const appliedRouteCase = useRef<string | null>(null);
  useEffect(() => {
    if (!routeCaseId || appliedRouteCase.current === routeCaseId) return;
    appliedRouteCase.current = routeCaseId;
    update((d) => ({ ...d, caseMode: 'existing', caseId: routeCaseId }));
  }, [routeCaseId, update]);

  // Opening a new contact means moving on: the previous save can no longer be undone. Only on
  // opening – this screen is still mounted for a moment after its own save.
  useEffect(() => {
    const previous = getLastSave();
    if (previous?.state === 'saved' && previous.undoable) updateLastSave({ undoable: false });
  }, []);

  // Focus moves once the field is on screen (the details section may first have to open).
  useEffect(() => {
    if (!focusRequest) return;
    let frame = 0;
    let tries = 0;
    const attempt = () => {
      const element = refs.current.get(focusRequest.field);
      if (element?.isConnected && element.checkVisibility()) {
        // Centre the whole field (label, input, message), not just the input's edge – and keep
        // it clear of the sticky save bar.
        element.focus({ preventScroll: true });
        (element.closest('.field, .choices') ?? element).scrollIntoView({ block: 'center' });
        setFocusRequest(null);
      } else if (tries++ < 30) {
        frame = requestAnimationFrame(attempt);
      }
    };
    attempt();
    return () => cancelAnimationFrame(frame);
  }, [focusRequest, draft.detailsOpen, draft.callback.enabled]);

  const focusField = useCallback(
    (field: string) => {
      if (['visitor.name', 'visitor.email', 'visitor.postal', 'visitor.language'].includes(field) || (field === 'visitor.phone' && !draft.callback.enabled)) {
        if (!draft.detailsOpen) update((d) => ({ ...d, detailsOpen: true }));
      }
      setFocusRequest({ field });
    },
    [draft.callback.enabled, draft.detailsOpen, update],
  );

  const enableCallback = useCallback(() => {
    update((d) => ({
      ...d,
      outcome: d.outcomeChosen ? d.outcome : 'callback-needed',
      callback: { ...d.callback, enabled: true },
    }));
    setFocusRequest({ field: 'visitor.phone' });
  }, [update]);

  const submit = useCallback(async () => {
    // A second Ctrl+Enter while the first save runs must not save twice.
    if (savingRef.current) return;
    performance.mark('loket:save-start');
    const at = new Date();
    const result = validateIntake(draft, { now: at, casePhoneKnown });
    if (!result.ok) {
      setSubmitted(true);
      setSaveError(null);
      focusField(result.issues[0]!.field);
      return;
    }
    // No re-render of the form before the transaction: nothing on screen changes until the
    // confirmation, and the main thread stays free for the save.
    savingRef.current = true;
    try {
      const saved = await saveIntake(database(), result.value, { actor: actorFor(station), now: at });
      // Stored (the transaction has committed): the benchmark splits storage from drawing here.
      performance.mark('loket:save-stored');
      setLastSave({ saved, draft, at: Date.now(), state: 'saved', undoable: true });
      clearDraft();
      removeDraft(CASE_QUERY_DRAFT_KEY);
      navigate(routeHref('contact'));
    } catch (error) {
      console.error('Saving the contact failed', error);
      setSubmitted(true);
      setSaveError(error instanceof CaseGoneError ? 'caseGone' : 'failed');
    } finally {
      savingRef.current = false;
    }
  }, [draft, casePhoneKnown, focusField, station, clearDraft]);

  // Shortcuts that work anywhere on this screen. Caught first (capture on window) and not passed
  // on: otherwise the focused control acts on them too (Enter presses a focused button, a radio
  // group swallows it).
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey && !event.ctrlKey && !event.metaKey && !event.shiftKey && event.code === 'KeyT') {
        event.preventDefault();
        event.stopPropagation();
        enableCallback();
      } else if ((event.ctrlKey || event.metaKey) && !event.altKey && event.key === 'Enter') {
        event.preventDefault();
        event.stopPropagation();
        formRef.current?.requestSubmit();
      }
    };
    window.addEventListener('keydown', onKey, { capture: true });
    return () => window.removeEventListener('keydown', onKey, { capture: true });
  }, [enableCallback]);

  // Alt+N (or the menu) while already here: back to the question, nothing is reset.
  useEffect(
    () =>
      host.onMenuCommand((command) => {
        if (command === 'new-contact') setFocusRequest({ field: 'question' });
      }),
    [],
  );

  const discard = () => {
    clearDraft();
    removeDraft(CASE_QUERY_DRAFT_KEY);
    navigate(routeHref('contact'));
  };

  const questionLength = draft.question.length;
  const dueChoices = (['within-2h', 'today-16', 'next-day-10', 'custom'] as const).map((choice) => {
    const due = choice === 'custom' ? undefined : dueAtFor(choice, now);
    return {
      id: choice,
      label: t(`callback.due.${choice}`),
      ...(due ? { description: sameDayLabel(due, now, format, t) } : {}),
      isDisabled: due !== undefined && due.getTime() <= now.getTime(),
    };
  });

  return (
    <>
      <header className="page-header">
        {/* No data-page-title: after navigation the shell focuses that; here the cursor belongs in the question. */}
        <h1 tabIndex={-1}>{t('intake.title')}</h1>
        <p className="page-header-hint">{t('intake.shortcuts')}</p>
      </header>
      <SavedNotice placement="intake" />
      <form
        ref={formRef}
        className="intake"
        noValidate
        aria-label={t('intake.title')}
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <div className="intake-row intake-channel">
          <ChoiceGroup
            label={t('channel.label')}
            value={draft.channel}
            onChange={(channel) => update((d) => ({ ...d, channel: channel as Channel }))}
            options={CHANNELS.map((channel) => ({ id: channel, label: t(`channel.${channel}`) }))}
            description={
              draft.channel === settings.defaultChannel ? (
                t('channel.isDefault')
              ) : (
                <>
                  {t('channel.default', { channel: t(`channel.${settings.defaultChannel}`) })}{' '}
                  <Button className="link-button" onPress={() => updateWorkstationSettings({ defaultChannel: draft.channel })}>
                    {t('channel.makeDefault', { channel: t(`channel.${draft.channel}`) })}
                  </Button>
                </>
              )
            }
          />
        </div>

        <TextAreaInput
          name="question"
          className="question"
          label={t('question.label')}
          description={t('question.hint')}
          value={draft.question}
          rows={4}
          autoFocus
          isRequired
          onChange={(question) => update((d) => ({ ...d, question }))}
          onBlur={() => onBlur('question')}
          error={errorFor('question')}
          inputRef={refFor('question')}
          hint={
            questionLength >= QUESTION_COUNTER_FROM ? (
              <p className="counter" data-over={questionLength > QUESTION_MAX || undefined}>
                {t('counter', { length: format.number(questionLength), max: format.number(QUESTION_MAX) })}
              </p>
            ) : null
          }
        />

        <div className="intake-row">
          <SelectInput
            name="topic"
            label={t('topic.label')}
            placeholder={t('topic.none')}
            value={draft.topic}
            onChange={(topic) => update((d) => ({ ...d, topic }))}
            options={[...settings.topics, ...(draft.topic && !settings.topics.includes(draft.topic) ? [draft.topic] : [])].map((topic) => ({ id: topic, label: topic }))}
            error={errorFor('topic')}
            buttonRef={refFor('topic')}
          />
          <SelectInput
            name="outcome"
            label={t('outcome.label')}
            placeholder={t('outcome.label')}
            value={draft.outcome}
            onChange={(outcome) =>
              update((d) => ({
                ...d,
                outcome: (outcome || 'answered') as IntakeDraft['outcome'],
                outcomeChosen: true,
                callback: outcome === 'callback-needed' ? { ...d.callback, enabled: true } : d.callback,
              }))
            }
            options={CONTACT_OUTCOMES.map((outcome) => ({ id: outcome, label: t(`outcome.${outcome}`) }))}
            buttonRef={refFor('outcome')}
          />
          <Check isSelected={draft.confidential} onChange={(confidential) => update((d) => ({ ...d, confidential }))} className="intake-confidential">
            {t('confidential')}
          </Check>
        </div>

        <section className="callback" aria-labelledby="callback-title" data-enabled={draft.callback.enabled || undefined}>
          <h2 id="callback-title" className="visually-hidden">
            {t('callback.title')}
          </h2>
          <Check
            isSelected={draft.callback.enabled}
            onChange={(enabled) => update((d) => ({ ...d, callback: { ...d.callback, enabled } }))}
            shortcut="Alt+T"
            inputRef={refFor('callback.enabled') as (el: HTMLInputElement | null) => void}
          >
            {t('callback.toggle')} <kbd className="kbd">{t('callback.shortcut')}</kbd>
          </Check>
          {draft.callback.enabled ? (
            <div className="callback-fields">
              <TextInput
                name="visitor.phone"
                type="tel"
                label={t('callback.phone')}
                value={draft.visitor.phone}
                onChange={(phone) => update((d) => ({ ...d, visitor: { ...d.visitor, phone } }))}
                onBlur={() => onBlur('visitor.phone')}
                error={errorFor('visitor.phone')}
                inputRef={refFor('visitor.phone')}
                description={casePhoneKnown && !draft.visitor.phone ? t('callback.phoneFromCase', { phone: attached?.visitor?.phone }) : t('visitor.phoneHint')}
              />
              <TextInput
                name="callback.assignee"
                label={t('callback.assignee')}
                value={draft.callback.assignee}
                onChange={(assignee) => update((d) => ({ ...d, callback: { ...d.callback, assignee } }))}
                onBlur={() => onBlur('callback.assignee')}
                error={errorFor('callback.assignee')}
                inputRef={refFor('callback.assignee')}
                description={draft.callback.assignee.length > ASSIGNEE_MAX * 0.9 ? t('counter', { length: draft.callback.assignee.length, max: ASSIGNEE_MAX }) : undefined}
              />
              <ChoiceGroup
                className="callback-due"
                label={t('callback.when')}
                value={draft.callback.due}
                onChange={(due) => update((d) => ({ ...d, callback: { ...d.callback, due: due as IntakeDraft['callback']['due'], customDue: d.callback.customDue || formatLocalDateTime(new Date(Date.now() + 3600_000)) } }))}
                options={dueChoices}
                error={errorFor('callback.due')}
              />
              {draft.callback.due === 'custom' ? (
                <TextInput
                  name="callback.customDue"
                  type="datetime-local"
                  label={t('callback.customDue')}
                  value={draft.callback.customDue}
                  onChange={(customDue) => update((d) => ({ ...d, callback: { ...d.callback, customDue } }))}
                  onBlur={() => onBlur('callback.customDue')}
                  error={errorFor('callback.customDue')}
                  inputRef={refFor('callback.customDue')}
                />
              ) : null}
              <TextAreaInput
                name="callback.note"
                className="callback-note"
                label={t('callback.note')}
                rows={2}
                value={draft.callback.note}
                onChange={(note) => update((d) => ({ ...d, callback: { ...d.callback, note } }))}
                onBlur={() => onBlur('callback.note')}
                error={errorFor('callback.note')}
                inputRef={refFor('callback.note')}
                description={draft.callback.note.length > NOTE_MAX * 0.9 ? t('counter', { length: draft.callback.note.length, max: NOTE_MAX }) : undefined}
              />
            </div>
          ) : null}
        </section>

        <CasePicker
          mode={draft.caseMode}
          caseId={draft.caseId}
          onModeChange={(caseMode) => update((d) => ({ ...d, caseMode }))}
          onPick={(caseId) => update((d) => ({ ...d, caseId }))}
          error={errorFor('caseId')}
          searchRef={refFor('caseId')}
        />

        <VisitorDetailsSlot draft={draft} update={update} errorFor={errorFor} onBlur={onBlur} refFor={refFor} />

        {saveError ? (
          <div className="error-panel" role="alert">
            <p>{t(saveError === 'caseGone' ? 'save.caseGone' : 'save.failed')}</p>
          </div>
        ) : null}

        <div className="intake-actions">
          <Button type="submit" className="button primary large" aria-keyshortcuts="Control+Enter">
            {t('save.label')} <kbd className="kbd">{t('save.shortcut')}</kbd>
          </Button>
          <DiscardButton hasContent={intakeHasContent(draft)} onDiscard={discard} />
          {/* In the sticky bar, so the caller's time stays in sight wherever the form is scrolled. */}
          {draft.channel === 'telefoon' ? (
            <CallTimer
              startedAt={draft.startedAt}
              endedAt={draft.endedAt}
              onStop={() => update((d) => ({ ...d, endedAt: new Date().toISOString() }))}
              onResume={() => update((d) => ({ ...d, endedAt: null }))}
              onRestart={() => update((d) => ({ ...d, startedAt: new Date().toISOString(), endedAt: null }))}
            />
          ) : null}
        </div>
      </form>
    </>
  );
}

function sameDayLabel(due: Date, now: Date, format: ReturnType<typeof useFormatters>, t: (key: string, options?: Record<string, unknown>) => string): string {
  const today = due.toDateString() === now.toDateString();
  return today ? t('callback.dueToday', { time: format.time(due) }) : t('callback.dueOn', { day: format.day(due), time: format.time(due) });
}

function VisitorDetailsSlot({
  draft,
  update,
  errorFor,
  onBlur,
  refFor,
}: {
  draft: IntakeDraft;
  update: (change: (d: IntakeDraft) => IntakeDraft) => void;
  errorFor: (field: string) => string | undefined;
  onBlur: (field: string) => void;
  refFor: (field: string) => (element: FieldElement | null) => void;
}) {
  return (
    <VisitorDetails
      expanded={draft.detailsOpen}
      onExpandedChange={(detailsOpen) => update((d) => ({ ...d, detailsOpen }))}
      visitor={draft.visitor}
      onChange={(patch) => update((d) => ({ ...d, visitor: { ...d.visitor, ...patch } }))}
      phoneInCallback={draft.callback.enabled}
      errorFor={errorFor}
      onBlur={onBlur}
      refs={{
        name: refFor('visitor.name'),
        phone: refFor('visitor.phone'),
        email: refFor('visitor.email'),
        postal: refFor('visitor.postal'),
        language: refFor('visitor.language'),
      }}
    />
  );
}

/** Throwing a draft away asks first when something was typed: it cannot be undone. */
function DiscardButton({ hasContent, onDiscard }: { hasContent: boolean; onDiscard: () => void }) {
  const { t } = useTranslation('intake');
  if (!hasContent) {
    return (
      <Button className="button" onPress={onDiscard}>
        {t('discard.cancel')}
      </Button>
    );
  }
  return (
    <DialogTrigger>
      <Button className="button">{t('discard.label')}</Button>
      <ModalOverlay className="modal-overlay" isDismissable>
        <Modal className="modal">
          <Dialog className="dialog" role="alertdialog">
            {({ close }) => (
              <>
                <Heading slot="title">{t('discard.title')}</Heading>
                <p>{t('discard.body')}</p>
                <div className="dialog-actions">
                  <Button className="button" onPress={close} autoFocus>
                    {t('discard.keep')}
                  </Button>
                  <Button className="button danger" onPress={onDiscard}>
                    {t('discard.confirm')}
                  </Button>
                </div>
              </>
            )}
          </Dialog>
        </Modal>
      </ModalOverlay>
    </DialogTrigger>
  );
}
