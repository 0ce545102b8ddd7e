import { type RefObject, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { emptyIntake, type IntakeDraft, type IntakeIssue, validateIntake } from '../../../../shared/model/intake';
import { clearDraft as removeDraft, useDraft } from '../../app/drafts';
import { navigate, routeHref } from '../../app/route';
import { database } from '../../db/database';
import { host } from '../../host';
import { useNow } from '../../ui/clock';
import { useFormatters } from '../../ui/format';
import { actorFor, useStationCode, useWorkstationSettings, workstationSettings } from '../../workstation';
import { CaseGoneError, useCase } from '../cases';
import { CASE_QUERY_DRAFT_KEY, INTAKE_DRAFT_KEY } from './draftKeys';
import { saveIntake } from './repository';
import { getLastSave, setLastSave, updateLastSave } from './savedStore';

export type FieldElement = HTMLInputElement | HTMLTextAreaElement | HTMLButtonElement;
export type UpdateIntake = (change: (d: IntakeDraft) => IntakeDraft) => void;

/** What the intake's sections need of the form: the draft, how to change it, and its errors. */
export interface IntakeFormFields {
  draft: IntakeDraft;
  update: UpdateIntake;
  /** The translated error of a field, once it should show. */
  errorFor: (field: string) => string | undefined;
  onBlur: (field: string) => void;
  /** A ref callback registering the element to focus for a field. */
  refFor: (field: string) => (element: FieldElement | null) => void;
  /** Moves focus to a registered field (e.g. when the control that had it disappears). */
  focusField?: (field: string) => void;
}

/** A text field's wiring to the form: its error, leaving it, and its element for focusing. */
export function bindField({ errorFor, onBlur, refFor }: Pick<IntakeFormFields, 'errorFor' | 'onBlur' | 'refFor'>, field: string) {
  return { onBlur: () => onBlur(field), error: errorFor(field), inputRef: refFor(field) };
}

export interface IntakeForm extends IntakeFormFields {
  now: Date;
  /** The phone number of the case the contact is attached to, if it has one. */
  casePhone: string | undefined;
  saveError: 'caseGone' | 'failed' | null;
  formRef: RefObject<HTMLFormElement | null>;
  submit: () => Promise<void>;
  discard: () => void;
}

/** A draft written by an older version of the form gets the fields it lacks. */
function completeDraft(stored: IntakeDraft): IntakeDraft {
  const settings = workstationSettings();
  const base = emptyIntake({ now: new Date(), channel: settings.defaultChannel, assignee: settings.defaultAssignee });
  return { ...base, ...stored, visitor: { ...base.visitor, ...stored.visitor }, callback: { ...base.callback, ...stored.callback } };
}

/** Fields that live in the collapsed visitor details (the phone only while no callback is planned). */
const DETAILS_FIELDS = ['visitor.name', 'visitor.email', 'visitor.postal', 'visitor.language'];

/**
 * The intake's state (decision 033): the draft in localStorage, written on every change so it
 * survives a reload; validated by the shared validateIntake on every render; an error shown once
 * it helps (after a save attempt or after leaving the field); saving in one transaction; and the
 * screen's shortcuts (Alt+T plans a callback, Ctrl+Enter saves).
 */
export function useIntakeForm(routeCaseId: string | undefined): IntakeForm {
  const { t } = useTranslation('intake');
  const format = useFormatters();
  const settings = useWorkstationSettings();
  const station = useStationCode();
  const [stored, setDraft, clearDraft] = useDraft<IntakeDraft>(INTAKE_DRAFT_KEY, () =>
    emptyIntake({ now: new Date(), channel: settings.defaultChannel, assignee: settings.defaultAssignee }),
  );
  const draft = useMemo(() => completeDraft(stored), [stored]);
  const update = useCallback<UpdateIntake>((change) => setDraft((previous) => change(completeDraft(previous))), [setDraft]);

  const [submitted, setSubmitted] = useState(false);
  const [blurred, setBlurred] = useState<ReadonlySet<string>>(new Set());
  const savingRef = useRef(false);
  const [saveError, setSaveError] = useState<'caseGone' | 'failed' | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const refs = useRef(new Map<string, FieldElement | null>());
  const refFor = useCallback((field: string) => (element: FieldElement | null) => void refs.current.set(field, element), []);

  const attached = useCase(draft.caseMode === 'existing' ? (draft.caseId ?? undefined) : undefined);
  const casePhone = attached?.visitor?.phone || undefined;
  const casePhoneKnown = Boolean(casePhone);

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
  // Leaving a field counts only when something was typed in it: the intake opens with the cursor in
  // the question, and clicking a channel or the case search must not scold an empty question.
  const onBlur = (field: string) => {
    const element = refs.current.get(field);
    if (element && 'value' in element && element.value.trim() === '') return;
    setBlurred((previous) => (previous.has(field) ? previous : new Set(previous).add(field)));
  };

  // Opened from a case ("Contact toevoegen"): attach to it, keeping whatever was typed already.
  const appliedRouteCase = useRef<string | null>(null);
  useEffect(() => {
    if (!routeCaseId || appliedRouteCase.current === routeCaseId) return;
    appliedRouteCase.current = routeCaseId;
    update((d) => ({ ...d, caseMode: 'existing', caseId: routeCaseId }));
  }, [routeCaseId, update]);

  // A follow-up on a case is about the case's topic unless staff chose another: filled in once per
  // attached case, so clearing it by hand sticks.
  const topicFromCase = useRef<string | null>(null);
  useEffect(() => {
    if (!attached || topicFromCase.current === attached.id) return;
    topicFromCase.current = attached.id;
    if (attached.topic) update((d) => (d.topic ? d : { ...d, topic: attached.topic ?? '' }));
  }, [attached, update]);

  // Opening a new contact means moving on: the previous save can no longer be undone. Only on
  // opening – this screen is still mounted for a moment after its own save.
  useEffect(() => {
    const previous = getLastSave();
    if (previous?.state === 'saved' && previous.undoable) updateLastSave({ undoable: false });
  }, []);

  const requestFocus = useFieldFocus(refs, draft);

  const focusField = useCallback(
    (field: string) => {
      if (DETAILS_FIELDS.includes(field) || (field === 'visitor.phone' && !draft.callback.enabled)) {
        if (!draft.detailsOpen) update((d) => ({ ...d, detailsOpen: true }));
      }
      requestFocus(field);
    },
    [draft.callback.enabled, draft.detailsOpen, update, requestFocus],
  );

  const enableCallback = useCallback(() => {
    update((d) => ({
      ...d,
      outcome: d.outcomeChosen ? d.outcome : 'callback-needed',
      callback: { ...d.callback, enabled: true },
    }));
    requestFocus('visitor.phone');
  }, [update, requestFocus]);

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

  useIntakeShortcuts(enableCallback, formRef);

  // Alt+N (or the menu) while already here: back to the question, nothing is reset.
  useEffect(
    () =>
      host.onMenuCommand((command) => {
        if (command === 'new-contact') requestFocus('question');
      }),
    [requestFocus],
  );

  const discard = () => {
    clearDraft();
    removeDraft(CASE_QUERY_DRAFT_KEY);
    navigate(routeHref('contact'));
  };

  return { draft, update, errorFor, onBlur, refFor, focusField, now, casePhone, saveError, formRef, submit, discard };
}

/**
 * Focus moves to a field once it is on screen (the details section may first have to open); the
 * whole field (label, control, message) is centred, clear of the sticky save bar.
 */
function useFieldFocus(refs: RefObject<Map<string, FieldElement | null>>, draft: IntakeDraft): (field: string) => void {
  const [request, setRequest] = useState<{ field: string } | null>(null);
  useEffect(() => {
    if (!request) return;
    let frame = 0;
    let tries = 0;
    const attempt = () => {
      const element = refs.current.get(request.field);
      if (element?.isConnected && element.checkVisibility()) {
        element.focus({ preventScroll: true });
        (element.closest('.ui-field, .ui-choice-group, .ui-select') ?? element).scrollIntoView({ block: 'center' });
        setRequest(null);
      } else if (tries++ < 30) {
        frame = requestAnimationFrame(attempt);
      }
    };
    attempt();
    return () => cancelAnimationFrame(frame);
  }, [request, refs, draft.detailsOpen, draft.callback.enabled]);
  return useCallback((field: string) => setRequest({ field }), []);
}

/**
 * Shortcuts that work anywhere on the intake. Caught first (capture on window) and not passed on:
 * otherwise the focused control acts on them too (Enter presses a focused button, a radio group
 * swallows it).
 */
function useIntakeShortcuts(enableCallback: () => void, formRef: RefObject<HTMLFormElement | null>) {
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
  }, [enableCallback, formRef]);
}
