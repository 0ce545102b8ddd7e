import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../ui';
import type { StaffUser } from './hubApi';
import { SecretField } from './SecretField';
import { session } from './session';

/**
 * Faces the public while the desk is locked: the staff member's name and nothing of the work
 * behind it (the workspace stays mounted but hidden, so every typed input survives).
 */
export function LockScreen({ user }: { user: StaffUser }) {
  const { t } = useTranslation('session');
  const [secret, setSecret] = useState('');
  const [wrong, setWrong] = useState(false);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy || !secret) return;
    setBusy(true);
    const ok = await session.unlock(secret);
    setBusy(false);
    if (!ok) {
      setWrong(true);
      setSecret('');
    }
  }

  return (
    <div className="session-screen">
      <main className="session-panel" aria-labelledby="lock-title">
        <form onSubmit={(event) => void submit(event)} noValidate>
          <h1 id="lock-title">{t('lock.title')}</h1>
          <p>{t('lock.signedInAs', { name: user.displayName })}</p>
          <SecretField name="unlock" label={t('lock.secret')} value={secret} onChange={setSecret} autoFocus error={wrong ? t('lock.wrong') : undefined} />
          <Button type="submit" variant="primary" isDisabled={busy}>
            {t('lock.unlock')}
          </Button>
        </form>
        <div className="session-actions">
          <Button variant="quiet" onPress={() => session.switchUser()}>
            {t('lock.switchUser')}
          </Button>
          <Button variant="quiet" onPress={() => void session.signOut()}>
            {t('lock.signOut')}
          </Button>
        </div>
      </main>
    </div>
  );
}
