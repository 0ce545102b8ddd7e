import { useTranslation } from 'react-i18next';
import type { IsoDate } from '../../../../shared/calendar/isoDate';
import { CHANNELS } from '../../../../shared/model/records';
import type { WooFilingDraft } from '../../../../shared/woo/filing';
import { useFormatters } from '../../ui/format';
import { BodyPicker, type Municipality } from '../directory';
import { ChoiceGroup, DateField, Select, TextAreaField, TextField } from '../../ui';
import { useWorkstationSettings } from '../../workstation';

/**
 * The parts of the filing form. Every change goes through `update`, which writes the draft
 * (useDraft), so what was typed survives a reload; `message` gives a field's translated issue
 * once the issues are shown.
 */
export interface FilingFieldsProps {
  draft: WooFilingDraft;
  update: (change: (d: WooFilingDraft) => WooFilingDraft) => void;
  message: (field: string) => string | undefined;
}

type TextKey = 'subject' | 'period' | 'receivedOnReason';
type VisitorKey = keyof WooFilingDraft['visitor'];

/** What binds each text field to the draft: its name, value, change (through `update`) and issue. */
function bindings({ draft, update, message }: FilingFieldsProps) {
  const text = (key: TextKey) => ({
    name: key,
    value: draft[key],
    onChange: (value: string) => update((d) => ({ ...d, [key]: value })),
    error: message(key),
  });
  const visitor = (key: VisitorKey) => ({
    name: key,
    value: draft.visitor[key],
    onChange: (value: string) => update((d) => ({ ...d, visitor: { ...d.visitor, [key]: value } })),
    error: message(`visitor.${key}`),
  });
  return {
    subject: text('subject'),
    period: text('period'),
    receivedOnReason: text('receivedOnReason'),
    name: visitor('name'),
    email: visitor('email'),
    postal: visitor('postal'),
    phone: visitor('phone'),
  };
}

/** What is asked, of which body, in which form, and (for a walk-in) by which channel. */
export function RequestFields({ draft, update, message, municipality, askChannel }: FilingFieldsProps & { municipality: Municipality; askChannel: boolean }) {
  const { t } = useTranslation('woo');
  const bind = bindings({ draft, update, message });
  const channelChoices = CHANNELS.map((c) => ({ id: c, label: t(`channel.${c}`) }));
  // The workstation's topics, as at the intake; one no longer on the list stays choosable.
  const { topics: listed } = useWorkstationSettings();
  const topics = draft.topic && !listed.includes(draft.topic) ? [...listed, draft.topic] : listed;
  return (
    <>
    <div data-field="subject">
      <TextAreaField label={t('file.subject')} description={t('file.subjectHint')} {...bind.subject} rows={4} isRequired />
    </div>
    <div data-field="topic">
      <Select
        name="topic"
        label={t('file.topic')}
        placeholder={t('file.topicNone')}
        description={t('file.topicHint')}
        value={draft.topic ?? ''}
        onChange={(topic) => update((d) => ({ ...d, topic }))}
        options={topics.map((topic) => ({ id: topic, label: topic }))}
        error={message('topic')}
      />
    </div>
    <div data-field="period">
      <TextField label={t('file.period')} description={t('file.periodHint')} {...bind.period} />
    </div>
    <div data-field="bestuursorgaan">
      <BodyPicker
        label={t('file.bestuursorgaan')}
        value={draft.bestuursorgaan}
        onChange={(bestuursorgaan) => update((d) => ({ ...d, bestuursorgaan }))}
        municipality={municipality}
        error={message('bestuursorgaan')}
        isRequired
      />
    </div>
    <ChoiceGroup
      name="disclosureForm"
      label={t('file.disclosureForm')}
      value={draft.disclosureForm}
      onChange={(disclosureForm) => update((d) => ({ ...d, disclosureForm }))}
      options={[
        { id: 'digitaal', label: t('form.digitaal') },
        { id: 'papier', label: t('form.papier') },
      ]}
    />
    {askChannel ? (
      <ChoiceGroup
        name="channel"
        label={t('file.channel')}
        value={draft.channel}
        onChange={(channel) => update((d) => ({ ...d, channel }))}
        options={channelChoices}
      />
    ) : null}

    </>
  );
}

/** How the decision reaches the visitor, and how to reach them. */
export function ContactFields({ draft, update, message }: FilingFieldsProps) {
  const { t } = useTranslation('woo');
  const bind = bindings({ draft, update, message });
  return (
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
          options={[
            { id: 'email', label: t('delivery.email') },
            { id: 'post', label: t('delivery.post') },
            { id: 'mondeling', label: t('delivery.mondeling'), description: t('delivery.mondelingHint') },
          ]}
        />
      </div>
      <div className="woo-grid">
        <div data-field="visitor.name">
          <TextField label={t('file.name')} description={t('file.nameHint')} {...bind.name} />
        </div>
        <div data-field="visitor.email">
          <TextField type="email" label={t('file.email')} {...bind.email} isRequired={draft.decisionDelivery === 'email'} />
        </div>
        <div data-field="visitor.postal">
          <TextAreaField label={t('file.postal')} {...bind.postal} rows={2} isRequired={draft.decisionDelivery === 'post'} />
        </div>
        <div data-field="visitor.phone">
          <TextField type="tel" label={t('file.phone')} description={t('file.phoneHint')} {...bind.phone} />
        </div>
      </div>
    </fieldset>

  );
}

/** The date of receipt, with the reason when it is not today. */
export function ReceivedFields({ draft, update, message, today }: FilingFieldsProps & { today: IsoDate }) {
  const { t } = useTranslation('woo');
  const bind = bindings({ draft, update, message });
  const format = useFormatters();
  return (
    <fieldset className="woo-fieldset">
      <legend>{t('file.receiptTitle')}</legend>
      <div className="woo-grid">
        <div data-field="receivedOn">
          <DateField
            name="receivedOn"
            label={t('file.receivedOn')}
            description={t('file.receivedOnHint')}
            value={draft.receivedOn}
            max={today}
            onChange={(receivedOn) => update((d) => ({ ...d, receivedOn }))}
            error={message('receivedOn')}
            isRequired
          />
        </div>
        {draft.receivedOn !== today ? (
          <div data-field="receivedOnReason">
            <TextField label={t('file.receivedOnReason')} description={t('file.receivedOnReasonHint', { today: format.calendarDate(today) })} {...bind.receivedOnReason} isRequired />
          </div>
        ) : null}
      </div>
    </fieldset>

  );
}
