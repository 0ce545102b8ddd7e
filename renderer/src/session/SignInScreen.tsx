import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, ErrorMessage, TextField } from '../ui';
import { LanguageSwitch } from '../app/LanguageSwitch';
import type { StaffUser } from './hubApi';
import { SecretField } from './SecretField';
import { session } from './session';
import { SessionError } from './store';

type Step = { kind: 'credentials' } | { kind: 'new-password'; user: StaffUser };

/** Sign-in (and, after a reset, the new password), keyboard-first: Enter submits each step. */
export function SignInScreen({ reason, previous }: { reason?: 'revoked' | 'signed-out' | 'switch-user' | undefined; previous?: StaffUser | undefined }) {
  const { t } = useTranslation('session');
  const [step, setStep] = useState<Step>({ kind: 'credentials' });
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [pin, setPin] = useState('');
  const [next, setNext] = useState('');
  const [repeat, setRepeat] = useState('');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  const fail = (caught: unknown) => setError(t(`signIn.errors.${caught instanceof SessionError ? caught.code : 'failed'}`));

  async function submitCredentials(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    if (!username.trim() || !password) return setError(t('signIn.errors.required'));
    setBusy(true);
    setError(undefined);
    try {
      const outcome = await session.signIn({ username: username.trim(), password, ...(pin ? { pin } : {}) });
      if (outcome.status === 'must-change-password') setStep({ kind: 'new-password', user: outcome.user });
    } catch (caught) {
      fail(caught);
    } finally {
      setBusy(false);
    }
  }

  async function submitNewPassword(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    if (next !== repeat) return setError(t('signIn.errors.mismatch'));
    setBusy(true);
    setError(undefined);
    try {
      await session.changePassword(next);
    } catch (caught) {
      fail(caught);
    } finally {
      setBusy(false);
    }
  }

  const notice =
    reason === 'revoked' ? t('signIn.revoked') : reason === 'switch-user' && previous ? t('signIn.switchUser', { name: previous.displayName }) : reason === 'signed-out' ? t('signIn.signedOut') : undefined;

  return (
    <div className="session-screen">
      <div className="session-language">
        <LanguageSwitch />
      </div>
      <main className="session-panel" aria-labelledby="session-title">
        {step.kind === 'credentials' ? (
          <form onSubmit={(event) => void submitCredentials(event)} noValidate>
            <h1 id="session-title">{t('signIn.title')}</h1>
            <p>{t('signIn.intro')}</p>
            {notice ? <p className="session-notice" role="status">{notice}</p> : null}
            <TextField name="username" label={t('signIn.username')} value={username} onChange={setUsername} autoFocus />
            <SecretField name="password" label={t('signIn.password')} value={password} onChange={setPassword} />
            <SecretField name="pin" label={t('signIn.pin')} description={t('signIn.pinDescription')} value={pin} onChange={setPin} numeric />
            {error ? <ErrorMessage alert>{error}</ErrorMessage> : null}
            <Button type="submit" variant="primary" isDisabled={busy}>
              {busy ? t('signIn.busy') : t('signIn.submit')}
            </Button>
          </form>
        ) : (
          <form onSubmit={(event) => void submitNewPassword(event)} noValidate>
            <h1 id="session-title">{t('changePassword.title')}</h1>
            <p>{t('changePassword.intro')}</p>
            <SecretField name="new-password" label={t('changePassword.new')} value={next} onChange={setNext} autoFocus />
            <SecretField name="repeat-password" label={t('changePassword.repeat')} value={repeat} onChange={setRepeat} />
            {error ? <ErrorMessage alert>{error}</ErrorMessage> : null}
            <Button type="submit" variant="primary" isDisabled={busy}>
              {t('changePassword.submit')}
            </Button>
          </form>
        )}
      </main>
    </div>
  );
}
