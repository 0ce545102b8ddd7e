import { useTranslation } from 'react-i18next';
import { Button } from '../ui';
import { session, useSession } from './session';

/** The signed-in staff member in the top bar, with Lock (Alt+L / Ctrl+L) and Sign out. */
export function AccountBar() {
  const { t } = useTranslation('session');
  const state = useSession();
  if (state.status !== 'active') return null;
  return (
    <div className="account-bar" role="group" aria-label={t('account.label')}>
      <span className="account-name">
        <span>{state.user.displayName}</span>
        <span className="account-role">{t(`roles.${state.user.role}`)}</span>
      </span>
      <Button size="small" onPress={() => session.lock()} aria-keyshortcuts="Alt+L Control+L">
        {t('account.lock')}
      </Button>
      <Button size="small" onPress={() => void session.signOut()}>
        {t('account.signOut')}
      </Button>
    </div>
  );
}

/**
 * What staff must know about this desk's standing with the hub (awaiting approval, sign-in not
 * kept): a strip across the whole top bar, one line at desk width, rather than text squeezed
 * beside the account buttons that made the bar three times as tall.
 */
export function AccountNotice() {
  const { t } = useTranslation('session');
  const state = useSession();
  if (state.status !== 'active') return null;
  const problem = state.workstationProblem;
  if (!problem && !state.secretsNotKept) return null;
  return (
    <div className="account-notice" role="status">
      {problem ? (
        <p>{t(`account.workstation.${['workstation-pending', 'workstation-disabled', 'client-id-registered'].includes(problem) ? problem : 'other'}`)}</p>
      ) : null}
      {state.secretsNotKept ? <p>{t('account.secretsNotKept')}</p> : null}
    </div>
  );
}
