import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isIsoDate } from '../../../../shared/calendar/isoDate';
import { centreSettingsSchema, type CentreSettings } from '../../../../shared/centre/settings';
import { DEFAULT_RETENTION_MONTHS } from '../../../../shared/privacy/retention';
import { saveCentreSettings, useStoredCentreSettings } from '../../centre';
import { Button, ErrorMessage, TextAreaField, TextField } from '../../ui';
import { useFormatters } from '../../ui/format';
import { DEFAULT_TOPICS } from '../../workstation';

interface Draft {
  name: string;
  address: string;
  phone: string;
  email: string;
  website: string;
  openingHours: string;
  extraHolidays: string;
  topics: string;
  retentionMonths: string;
}

function draftOf(settings: CentreSettings | null): Draft {
  return {
    name: settings?.name ?? '',
    address: settings?.address ?? '',
    phone: settings?.phone ?? '',
    email: settings?.email ?? '',
    website: settings?.website ?? '',
    openingHours: settings?.openingHours ?? '',
    extraHolidays: (settings?.extraHolidays ?? []).join('\n'),
    topics: (settings?.topics ?? DEFAULT_TOPICS).join('\n'),
    retentionMonths: String(settings?.retentionMonths ?? DEFAULT_RETENTION_MONTHS),
  };
}

const NAME_FIELD: keyof Draft = 'name';
const HOLIDAYS_FIELD: keyof Draft = 'extraHolidays';
const TOPICS_FIELD: keyof Draft = 'topics';
const RETENTION_FIELD: keyof Draft = 'retentionMonths';
const RECEIPT_FIELDS: [keyof Draft, 'text' | 'tel' | 'email'][] = [
  ['name', 'text'],
  ['address', 'text'],
  ['phone', 'tel'],
  ['email', 'email'],
  ['website', 'text'],
  ['openingHours', 'text'],
];

const lines = (text: string) => text.split('\n').map((l) => l.trim()).filter(Boolean);

/**
 * The centre's settings, saved on the hub and synced down to every desk (issue 10 point 7): what
 * receipts print, the days equated with holidays by Royal Decree, the topic list, the retention.
 */
export function CentreSettingsView() {
  const { t } = useTranslation('overview');
  const format = useFormatters();
  const stored = useStoredCentreSettings();
  const [draft, setDraft] = useState<Draft>(() => draftOf(stored.settings));
  const [errors, setErrors] = useState<Partial<Record<keyof Draft, string>>>({});
  const [state, setState] = useState<'idle' | 'saving' | 'saved' | 'failed'>('idle');
  const field = (name: keyof Draft) => ({
    name,
    label: t(`centre.${name}`),
    value: draft[name],
    onChange: (value: string) => setDraft((d) => ({ ...d, [name]: value })),
    error: errors[name],
  });

  async function save() {
    const holidays = lines(draft.extraHolidays);
    const parsed = centreSettingsSchema.safeParse({
      name: draft.name,
      address: draft.address,
      phone: draft.phone,
      email: draft.email,
      website: draft.website,
      openingHours: draft.openingHours,
      extraHolidays: holidays,
      topics: lines(draft.topics),
      retentionMonths: Number(draft.retentionMonths),
    });
    if (!parsed.success) {
      const next: Partial<Record<keyof Draft, string>> = {};
      for (const issue of parsed.error.issues) next[String(issue.path[0]) as keyof Draft] ??= t(`centre.invalid.${String(issue.path[0])}`);
      if (holidays.some((d) => !isIsoDate(d))) next.extraHolidays = t('centre.invalid.extraHolidays');
      setErrors(next);
      return;
    }
    setErrors({});
    setState('saving');
    try {
      await saveCentreSettings(parsed.data);
      setState('saved');
    } catch {
      setState('failed');
    }
  }

  return (
    <form
      className="panel overview-centre"
      aria-labelledby="centre-title"
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <h2 id="centre-title">{t('centre.title')}</h2>
      <p className="overview-muted">
        {stored.updatedAt ? t('centre.lastSaved', { who: stored.updatedBy ?? '–', when: format.dateTime(stored.updatedAt), rev: stored.rev }) : t('centre.neverSaved')}
      </p>
      <fieldset className="overview-fieldset">
        <legend>{t('centre.receipt')}</legend>
        {RECEIPT_FIELDS.map(([name, type]) => (
          <TextField key={name} {...field(name)} type={type} isRequired={name === NAME_FIELD} />
        ))}
      </fieldset>
      <TextAreaField {...field(HOLIDAYS_FIELD)} description={t('centre.extraHolidaysHint')} rows={3} />
      <TextAreaField {...field(TOPICS_FIELD)} description={t('centre.topicsHint')} rows={8} />
      <TextField {...field(RETENTION_FIELD)} description={t('centre.retentionHint')} />
      <div className="overview-actions">
        <Button type="submit" variant="primary" isDisabled={state === 'saving'}>{t('centre.save')}</Button>
      </div>
      <p role="status">{state === 'saved' ? t('centre.saved') : ''}</p>
      {state === 'failed' ? <ErrorMessage alert>{t('centre.failed')}</ErrorMessage> : null}
    </form>
  );
}
