import { useState } from 'react';
import { Button, Dialog, DialogTrigger, Heading, Modal, ModalOverlay } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { normaliseStationCode } from '../../../../shared/caseNumber/caseNumber';
import { CHANNELS, type Channel } from '../../../../shared/model/records';
import { database } from '../../db/database';
import { setStationCode, useStationCode } from '../../workstation';
import { TextAreaInput, TextInput } from '../../ui/fields';
import { ChoiceGroup } from './fields';
import { DEFAULT_TOPICS, updateWorkstationSettings, useWorkstationSettings } from '../../workstation';

/** The settings of this workstation: default channel, callback assignee, topics, station code. */
export function WorkstationDialog() {
  const { t } = useTranslation('intake');
  return (
    <DialogTrigger>
      <Button className="button">{t('workstation.open')}</Button>
      <ModalOverlay className="modal-overlay" isDismissable>
        <Modal className="modal">
          <Dialog className="dialog">{({ close }) => <WorkstationForm onDone={close} />}</Dialog>
        </Modal>
      </ModalOverlay>
    </DialogTrigger>
  );
}

function WorkstationForm({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation('intake');
  const settings = useWorkstationSettings();
  const currentCode = useStationCode();
  const [channel, setChannel] = useState<Channel>(settings.defaultChannel);
  const [assignee, setAssignee] = useState(settings.defaultAssignee);
  const [topics, setTopics] = useState(settings.topics.join('\n'));
  const [code, setCode] = useState<string | null>(null);
  const [submitted, setSubmitted] = useState(false);
  const codeValue = code ?? currentCode ?? '';
  const codeError = submitted && code !== null && !normaliseStationCode(code) ? t('workstation.codeInvalid') : undefined;
  const assigneeError = submitted && !assignee.trim() ? t('validation.callback.assigneeRequired') : undefined;

  const save = async () => {
    setSubmitted(true);
    if ((code !== null && !normaliseStationCode(code)) || !assignee.trim()) return;
    const list = topics
      .split('\n')
      .map((topic) => topic.trim())
      .filter(Boolean);
    updateWorkstationSettings({ defaultChannel: channel, defaultAssignee: assignee.trim(), topics: list.length ? [...new Set(list)] : DEFAULT_TOPICS });
    if (code !== null && normaliseStationCode(code) !== currentCode) await setStationCode(database(), code);
    onDone();
  };

  return (
    <form
      className="workstation-form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <Heading slot="title">{t('workstation.title')}</Heading>
      <p>{t('workstation.intro')}</p>
      <ChoiceGroup
        label={t('workstation.channel')}
        value={channel}
        onChange={(value) => setChannel(value as Channel)}
        options={CHANNELS.map((id) => ({ id, label: t(`channel.${id}`) }))}
      />
      <TextInput name="defaultAssignee" label={t('workstation.assignee')} value={assignee} onChange={setAssignee} error={assigneeError} />
      <TextAreaInput name="topics" label={t('workstation.topics')} description={t('workstation.topicsHint')} value={topics} onChange={setTopics} rows={6} />
      <TextInput
        name="stationCode"
        label={t('workstation.code')}
        description={t('workstation.codeHint')}
        value={codeValue}
        onChange={setCode}
        error={codeError}
      />
      <div className="dialog-actions">
        <Button className="button" onPress={onDone}>
          {t('workstation.cancel')}
        </Button>
        <Button type="submit" className="button primary">
          {t('workstation.save')}
        </Button>
      </div>
    </form>
  );
}
