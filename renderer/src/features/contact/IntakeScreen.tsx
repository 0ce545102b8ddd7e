import { useTranslation } from 'react-i18next';
import { QUESTION_COUNTER_FROM, QUESTION_MAX } from '../../../../shared/model/intake';
import { CHANNELS } from '../../../../shared/model/records';
import { Button, ChoiceGroup, ErrorState, PageHeader, TextAreaField } from '../../ui';
import { useFormatters } from '../../ui/format';
import { updateWorkstationSettings, useWorkstationSettings } from '../../workstation';
import { CasePicker } from './CasePicker';
import { IntakeCallbackSection } from './IntakeCallbackSection';
import { IntakeFindings } from './IntakeFindings';
import { IntakeOutcomeSection } from './IntakeOutcomeSection';
import { SaveBar } from './SaveBar';
import { SavedNotice } from './SavedNotice';
import { bindField, useIntakeForm } from './useIntakeForm';
import { VisitorDetails } from './VisitorDetails';
import './intake.css';

/**
 * The contact intake: what the visitor or caller asks, how it ended, and – only if needed – who
 * they are and a callback. Every change is written to a draft at once; saving is one transaction
 * (state and saving in useIntakeForm). Keyboard: the cursor starts in the question, Alt+T plans a
 * callback, Ctrl+Enter saves.
 */
export function IntakeScreen({ routeCaseId }: { routeCaseId?: string | undefined }) {
  const { t } = useTranslation('intake');
  const format = useFormatters();
  const settings = useWorkstationSettings();
  const form = useIntakeForm(routeCaseId);
  const { draft, update, errorFor, onBlur, refFor } = form;
  const questionLength = draft.question.length;
  const questionField = bindField(form, 'question');

  return (
    <>
      {/* The title takes no focus after navigation: here the cursor belongs in the question. */}
      <PageHeader title={t('intake.title')} hint={t('intake.shortcuts')} takesFocus={false} />
      <SavedNotice placement="intake" />
      <form
        ref={form.formRef}
        className="intake"
        noValidate
        aria-label={t('intake.title')}
        onSubmit={(event) => {
          event.preventDefault();
          void form.submit();
        }}
      >
        <div className="intake-row intake-channel">
          <ChoiceGroup
            label={t('channel.label')}
            value={draft.channel}
            onChange={(channel) => update((d) => ({ ...d, channel }))}
            options={CHANNELS.map((channel) => ({ id: channel, label: t(`channel.${channel}`) }))}
            description={
              draft.channel === settings.defaultChannel ? (
                t('channel.isDefault')
              ) : (
                <>
                  {t('channel.default', { channel: t(`channel.${settings.defaultChannel}`) })}{' '}
                  <Button variant="link" onPress={() => updateWorkstationSettings({ defaultChannel: draft.channel })}>
                    {t('channel.makeDefault', { channel: t(`channel.${draft.channel}`) })}
                  </Button>
                </>
              )
            }
          />
        </div>

        <TextAreaField
          name="question"
          className="question"
          label={t('question.label')}
          description={t('question.hint')}
          value={draft.question}
          rows={4}
          autoFocus
          isRequired
          onChange={(question) => update((d) => ({ ...d, question }))}
          {...questionField}
          hint={
            questionLength >= QUESTION_COUNTER_FROM ? (
              <p className="counter" data-over={questionLength > QUESTION_MAX || undefined}>
                {t('counter', { length: format.number(questionLength), max: format.number(QUESTION_MAX) })}
              </p>
            ) : null
          }
        />

        <IntakeOutcomeSection draft={draft} update={update} errorFor={errorFor} refFor={refFor} />
        <IntakeFindings draft={draft} update={update} errorFor={errorFor} onBlur={onBlur} refFor={refFor} focusField={form.focusField} />
        <IntakeCallbackSection {...form} />

        <CasePicker
          mode={draft.caseMode}
          caseId={draft.caseId}
          onModeChange={(caseMode) => update((d) => ({ ...d, caseMode }))}
          onPick={(caseId) => update((d) => ({ ...d, caseId }))}
          error={errorFor('caseId')}
          searchRef={refFor('caseId')}
        />

        <VisitorDetails
          expanded={draft.detailsOpen}
          onExpandedChange={(detailsOpen) => update((d) => ({ ...d, detailsOpen }))}
          visitor={draft.visitor}
          onChange={(patch) => update((d) => ({ ...d, visitor: { ...d.visitor, ...patch } }))}
          phoneInCallback={draft.callback.enabled}
          errorFor={errorFor}
          onBlur={onBlur}
          refFor={refFor}
        />

        {form.saveError ? (
          <ErrorState>
            <p>{t(form.saveError === 'caseGone' ? 'save.caseGone' : 'save.failed')}</p>
          </ErrorState>
        ) : null}

        <SaveBar draft={draft} update={update} onDiscard={form.discard} />
      </form>
    </>
  );
}
