import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { normaliseStationCode } from '../../../../shared/caseNumber/caseNumber';
import { CHANNELS, type Channel } from '../../../../shared/model/records';
import { database } from '../../db/database';
import { setStationCode, useStationCode } from '../../workstation';
import { Button, ChoiceGroup, Dialog, DialogActions, DialogTrigger, TextAreaField, TextField } from '../../ui';
import { DEFAULT_TOPICS, updateWorkstationSettings, useWorkstationSettings } from '../../workstation';

/** The settings of this workstation: default channel, callback assignee, topics, station code. */
export function WorkstationDialog() {
  const { t } = useTranslation('intake');
  return (
    <DialogTrigger>
      <Button>{t('workstation.open')}</Button>
      <Dialog title={t('workstation.title')}>{({ close }) => <WorkstationForm onDone={close} />}</Dialog>
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
      <p>{t('workstation.intro')}</p>
      <ChoiceGroup
        label={t('workstation.channel')}
        value={channel}
        onChange={setChannel}
        options={CHANNELS.map((id) => ({ id, label: t(`channel.${id}`) }))}
      />
      <TextField name="defaultAssignee" label={t('workstation.assignee')} value={assignee} onChange={setAssignee} error={assigneeError} />
      <TextAreaField name="topics" label={t('workstation.topics')} description={t('workstation.topicsHint')} value={topics} onChange={setTopics} rows={6} />
      <TextField
        name="stationCode"
        label={t('workstation.code')}
        description={t('workstation.codeHint')}
        value={codeValue}
        onChange={setCode}
        error={codeError}
      />
      <DialogActions>
        <Button onPress={onDone}>{t('workstation.cancel')}</Button>
        <Button type="submit" variant="primary">
          {t('workstation.save')}
        </Button>
      </DialogActions>
    </form>
  );
}
