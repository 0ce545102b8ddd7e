import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, TextField } from '../../ui';
import { DEFAULT_IDLE_MINUTES, idleMinutes, MAX_IDLE_MINUTES, MIN_IDLE_MINUTES, parseIdleMinutes, setIdleMinutes, useIdleSeconds } from '../../workstation';

/** How many idle minutes before this workstation locks (issue 9 point 7); stored per workstation. */
export function LockSettingsForm() {
  const { t } = useTranslation();
  const current = idleMinutes(useIdleSeconds());
  const [text, setText] = useState(String(current));
  const [error, setError] = useState<string | undefined>();
  const [saved, setSaved] = useState<number | null>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = parseIdleMinutes(text);
    if (!parsed.ok) {
      setError(t('area.settings.lock.invalid', { min: MIN_IDLE_MINUTES, max: MAX_IDLE_MINUTES }));
      setSaved(null);
      return;
    }
    setIdleMinutes(parsed.minutes);
    setText(String(parsed.minutes));
    setError(undefined);
    setSaved(parsed.minutes);
  };

  return (
    <section className="panel" aria-labelledby="settings-lock">
      <h2 id="settings-lock">{t('area.settings.lock.title')}</h2>
      <form onSubmit={submit} noValidate>
        <TextField
          name="idle-minutes"
          className="ui-field-short"
          label={t('area.settings.lock.minutes')}
          description={t('area.settings.lock.description', { default: DEFAULT_IDLE_MINUTES })}
          value={text}
          onChange={(value) => {
            setText(value);
            setSaved(null);
          }}
          error={error}
          isRequired
        />
        <Button type="submit">{t('area.settings.lock.save')}</Button>
        <p role="status">{saved !== null ? t('area.settings.lock.saved', { count: saved }) : null}</p>
      </form>
    </section>
  );
}
