import { useTranslation } from 'react-i18next';
import { ASSIGNEE_MAX, dueAtFor, formatLocalDateTime, type IntakeDraft, NOTE_MAX } from '../../../../shared/model/intake';
import { Checkbox, ChoiceGroup, TextAreaField, TextField } from '../../ui';
import { sameDay } from '../../ui/clock';
import { useFormatters } from '../../ui/format';
import { bindField, type IntakeFormFields } from './useIntakeForm';

type Due = IntakeDraft['callback']['due'];
const DUE_CHOICES: readonly Due[] = ['within-2h', 'today-16', 'next-day-10', 'custom'];

/** A counter under a text once it nears its limit (over-long text is refused while typing). */
export function useNearLimit() {
  const { t } = useTranslation('intake');
  return (text: string, max: number) => (text.length > max * 0.9 ? t('counter', { length: text.length, max }) : undefined);
}

/**
 * The callback: off by default (Alt+T or the box turns it on); then the number to call, who
 * calls, when (choices that have passed are disabled) and a note.
 */
export function IntakeCallbackSection({ now, casePhone, ...form }: IntakeFormFields & { now: Date; casePhone: string | undefined }) {
  const { draft, update, errorFor, refFor } = form;
  const { t } = useTranslation('intake');
  const format = useFormatters();
  const nearLimit = useNearLimit();
  const { callback } = draft;
  // Outside the JSX: the wiring names fields, which the no-literal-string rule takes for text.
  const phoneField = bindField(form, 'visitor.phone');
  const assigneeField = bindField(form, 'callback.assignee');
  const customDueField = bindField(form, 'callback.customDue');
  const noteField = bindField(form, 'callback.note');
  const setCallback = (patch: Partial<IntakeDraft['callback']>) => update((d) => ({ ...d, callback: { ...d.callback, ...patch } }));

  const dueChoices = DUE_CHOICES.map((choice) => {
    const due = choice === 'custom' ? undefined : dueAtFor(choice, now);
    return {
      id: choice,
      label: t(`callback.due.${choice}`),
      description: due ? (sameDay(due, now) ? t('callback.dueToday', { time: format.time(due) }) : t('callback.dueOn', { day: format.day(due), time: format.time(due) })) : undefined,
      isDisabled: due !== undefined && due.getTime() <= now.getTime(),
    };
  });

  return (
    <section className="callback" aria-labelledby="callback-title" data-enabled={callback.enabled || undefined}>
      <h2 id="callback-title" className="visually-hidden">
        {t('callback.title')}
      </h2>
      <Checkbox isSelected={callback.enabled} onChange={(enabled) => setCallback({ enabled })} shortcut="Alt+T" inputRef={refFor('callback.enabled')}>
        {t('callback.toggle')} <kbd className="kbd">{t('callback.shortcut')}</kbd>
      </Checkbox>
      {callback.enabled ? (
        <div className="callback-fields">
          <TextField
            name="visitor.phone"
            type="tel"
            label={t('callback.phone')}
            value={draft.visitor.phone}
            onChange={(phone) => update((d) => ({ ...d, visitor: { ...d.visitor, phone } }))}
            {...phoneField}
            description={casePhone && !draft.visitor.phone ? t('callback.phoneFromCase', { phone: casePhone }) : t('visitor.phoneHint')}
          />
          <TextField
            name="callback.assignee"
            label={t('callback.assignee')}
            value={callback.assignee}
            onChange={(assignee) => setCallback({ assignee })}
            {...assigneeField}
            description={nearLimit(callback.assignee, ASSIGNEE_MAX)}
          />
          <ChoiceGroup
            className="callback-due"
            label={t('callback.when')}
            value={callback.due}
            onChange={(due) => update((d) => ({ ...d, callback: { ...d.callback, due, customDue: d.callback.customDue || formatLocalDateTime(new Date(Date.now() + 3600_000)) } }))}
            options={dueChoices}
            error={errorFor('callback.due')}
          />
          {callback.due === 'custom' ? (
            <TextField
              name="callback.customDue"
              type="datetime-local"
              label={t('callback.customDue')}
              value={callback.customDue}
              onChange={(customDue) => setCallback({ customDue })}
              {...customDueField}
            />
          ) : null}
          <TextAreaField
            name="callback.note"
            className="callback-note"
            label={t('callback.note')}
            rows={2}
            value={callback.note}
            onChange={(note) => setCallback({ note })}
            {...noteField}
            description={nearLimit(callback.note, NOTE_MAX)}
          />
        </div>
      ) : null}
    </section>
  );
}
