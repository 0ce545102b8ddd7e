import { useTranslation } from 'react-i18next';
import { CONTACT_OUTCOMES } from '../../../../shared/model/case';
import type { IntakeDraft } from '../../../../shared/model/intake';
import { Checkbox, Select } from '../../ui';
import { useWorkstationSettings } from '../../workstation';
import type { IntakeFormFields } from './useIntakeForm';

/**
 * Topic (from this workstation's list), how the contact ended, and whether it is confidential.
 * Choosing "callback needed" also plans the callback.
 */
export function IntakeOutcomeSection({ draft, update, errorFor, refFor }: Omit<IntakeFormFields, 'onBlur'>) {
  const { t } = useTranslation('intake');
  const settings = useWorkstationSettings();
  // A topic saved in the draft stays choosable after it was removed from the workstation's list.
  const topics = draft.topic && !settings.topics.includes(draft.topic) ? [...settings.topics, draft.topic] : settings.topics;
  return (
    <div className="intake-row">
      <Select
        name="topic"
        label={t('topic.label')}
        placeholder={t('topic.none')}
        value={draft.topic}
        onChange={(topic) => update((d) => ({ ...d, topic }))}
        options={topics.map((topic) => ({ id: topic, label: topic }))}
        error={errorFor('topic')}
        buttonRef={refFor('topic')}
      />
      <Select
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
      <Checkbox isSelected={draft.confidential} onChange={(confidential) => update((d) => ({ ...d, confidential }))} className="intake-confidential">
        {t('confidential')}
      </Checkbox>
    </div>
  );
}
