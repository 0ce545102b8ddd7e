import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { addDays, compareIsoDates, isIsoDate, type IsoDate } from '../../../../shared/calendar/isoDate';
import {
  applyWooStep,
  extensionDeadline,
  hadChanceToComplete,
  lastStepOn,
  preciseringAskBy,
  WooLifecycleError,
  type StepResult,
  type WooStep,
  type WooStepType,
} from '../../../../shared/woo/lifecycle';
import { WOO_OUTCOMES, type WooOutcome, type WooRequestRecord } from '../../../../shared/woo/request';
import { WooTermError } from '../../../../shared/woo/deadline';
import { database } from '../../db/database';
import { Button, Checkbox, ChoiceGroup, DateField, Dialog, DialogActions, TextAreaField } from '../../ui';
import { useFormatters } from '../../ui/format';
import { useToday } from '../../ui/clock';
import { useActor } from './actor';
import { takeWooStep } from './repository';
import { useWooSettings } from './settings';

/** Translates a lifecycle error: dates in the UI language, status and step by name. */
export function useLifecycleMessage() {
  const { t } = useTranslation('woo');
  const format = useFormatters();
  return (error: WooLifecycleError) => {
    const params: Record<string, string> = {};
    for (const [key, value] of Object.entries(error.params)) {
      params[key] = key === 'status' ? t(`status.${value}`) : key === 'step' ? t(`step.${value}.title`) : isIsoDate(value) ? format.calendarDate(value) : value;
    }
    return t(`lifecycle.${error.code}`, params);
  };
}

const earlier = (a: IsoDate, b: IsoDate) => (compareIsoDates(a, b) <= 0 ? a : b);

interface Props {
  request: WooRequestRecord;
  type: WooStepType;
  onClose: () => void;
  onDone: (step: WooStep, result: StepResult) => void;
}

/**
 * One lifecycle step: the facts the law asks for, the new deadline shown before anything is
 * stored, and a confirmation. Illegal dates cannot be picked, and the lifecycle rejects them too.
 */
export function StepDialog({ request, type, onClose, onDone }: Props) {
  const { t } = useTranslation('woo');
  const today = useToday();
  const actor = useActor();
  const settings = useWooSettings();
  const format = useFormatters();
  const lifecycleMessage = useLifecycleMessage();
  const extra = settings.extraHolidays;

  const [on, setOn] = useState<IsoDate>(today);
  const [answerBy, setAnswerBy] = useState<IsoDate>(addDays(today, 14));
  const [reason, setReason] = useState('');
  const [outcome, setOutcome] = useState<WooOutcome | ''>('');
  const [objectionExpected, setObjectionExpected] = useState(false);
  const [saving, setSaving] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  const min = lastStepOn(request);
  let max = today;
  const extendBy = extensionDeadline(request, extra);
  if (type === 'extend') max = earlier(today, extendBy ?? today);
  if (type === 'request-precisering') max = earlier(today, preciseringAskBy(request.receivedOn, extra));

  const step: WooStep | null = (() => {
    switch (type) {
      case 'request-precisering':
      case 'request-zienswijze':
        return { type, on, answerBy };
      case 'extend':
        return { type, on, reason };
      case 'decide':
        return outcome ? { type, on, outcome, objectionExpected } : null;
      default:
        return { type, on };
    }
  })();

  let preview: StepResult | null = null;
  let problem: string | null = null;
  if (step) {
    try {
      preview = applyWooStep(request, step, { today, extraHolidays: extra });
    } catch (error) {
      if (error instanceof WooLifecycleError) problem = lifecycleMessage(error);
      else if (error instanceof WooTermError) problem = error.message;
      else throw error;
    }
  }
  // Empty required text is not worth a red message before the user has typed anything.
  const quietProblem = type === 'extend' && reason.trim() === '';

  const confirm = async () => {
    if (!step || !preview || !actor) return;
    setSaving(true);
    setFailure(null);
    try {
      const result = await takeWooStep(database(), request.id, step, { actor, today, extraHolidays: extra });
      onDone(step, result);
    } catch (error) {
      setSaving(false);
      if (error instanceof WooLifecycleError) setFailure(lifecycleMessage(error));
      else {
        console.error(error);
        setFailure(t('step.saveFailed'));
      }
    }
  };

  const discloses = outcome === 'openbaar' || outcome === 'deels-openbaar';
  // Awb 4:5: buiten behandeling only after a precisering; while one runs, nothing else.
  const offeredOutcomes = WOO_OUTCOMES.filter((id) =>
    id === 'buiten-behandeling' ? hadChanceToComplete(request, on) : request.status !== 'precisering-gevraagd',
  );
  const running = request.suspensions.find((s) => !s.until);

  return (
    <Dialog title={t(`step.${type}.title`)} isOpen onOpenChange={(open) => !open && !saving && onClose()} isDismissable={!saving}>
          <form
            className="woo-step-form"
            onSubmit={(event) => {
              event.preventDefault();
              void confirm();
            }}
          >
            <p>
              {type === 'extend' && extendBy === null
                ? t('step.extend.explainSuspended')
                : t(`step.${type}.explain`, { date: extendBy ? format.calendarDate(extendBy) : '' })}
            </p>
            {type === 'end-suspension' && running ? (
              <p className="woo-note">{t('step.end-suspension.answerTerm', { date: format.calendarDate(running.answerBy) })}</p>
            ) : null}

            <DateField
              name="on"
              label={t(`step.${type}.on`)}
              value={on}
              min={min}
              max={max}
              {...(type === 'request-precisering' ? { description: t('step.request-precisering.onHint', { date: format.calendarDate(preciseringAskBy(request.receivedOn, extra)) }) } : {})}
              onChange={(value) => {
                setOn(value);
                if (isIsoDate(value) && (type === 'request-precisering' || type === 'request-zienswijze')) setAnswerBy(addDays(value, 14));
              }}
              isRequired
              autoFocus
            />
            {type === 'request-precisering' || type === 'request-zienswijze' ? (
              <DateField
                name="answerBy"
                label={t('step.answerBy')}
                description={t('step.answerByHint')}
                value={answerBy}
                {...(isIsoDate(on) ? { min: addDays(on, 1) } : {})}
                onChange={setAnswerBy}
                isRequired
              />
            ) : null}
            {type === 'extend' ? (
              <TextAreaField name="reason" label={t('step.extend.reason')} description={t('step.extend.reasonHint')} value={reason} onChange={setReason} isRequired />
            ) : null}
            {type === 'decide' ? (
              <>
                <ChoiceGroup
                  name="outcome"
                  label={t('step.decide.outcome')}
                  value={outcome}
                  onChange={setOutcome}
                  orientation="vertical"
                  isRequired
                  options={offeredOutcomes.map((id) => ({
                    id,
                    label: t(`outcome.${id}`),
                    ...(id === 'buiten-behandeling' ? { description: t('outcome.buitenBehandelingHint') } : {}),
                  }))}
                />
                {discloses ? (
                  <Checkbox isSelected={objectionExpected} onChange={setObjectionExpected}>
                    {t('step.decide.objectionExpected')}
                  </Checkbox>
                ) : null}
              </>
            ) : null}

            <div className="woo-preview" aria-live="polite">
              {preview ? (
                type === 'decide' || type === 'close' ? (
                  preview.state.decision?.disclosureFrom && type === 'decide' ? (
                    <p>{t('step.decide.disclosureFrom', { date: format.calendarDate(preview.state.decision.disclosureFrom) })}</p>
                  ) : null
                ) : preview.term.decideBy ? (
                  <p>
                    {t('step.newDeadline')} <strong>{format.calendarDate(preview.term.decideBy, { weekday: true })}</strong>
                    {preview.term.decideBy !== request.decideBy && request.decideBy ? (
                      <span className="woo-was"> {t('step.was', { date: format.calendarDate(request.decideBy) })}</span>
                    ) : null}
                  </p>
                ) : (
                  <p>{t('step.clockStops')}</p>
                )
              ) : problem && !quietProblem ? (
                <p className="woo-error" role="alert">
                  {problem}
                </p>
              ) : null}
            </div>
            {failure ? (
              <p className="woo-error" role="alert">
                {failure}
              </p>
            ) : null}
            <DialogActions>
              <Button slot="close" isDisabled={saving}>
                {t('step.cancel')}
              </Button>
              <Button type="submit" variant="primary" isDisabled={!preview || saving || !actor}>
                {t(`step.${type}.confirm`)}
              </Button>
            </DialogActions>
          </form>
    </Dialog>
  );
}
