import { useTranslation } from 'react-i18next';
import { Button } from '../ui';
import { session, useSession } from './session';

/** The signed-in staff member in the top bar, with Lock (Alt+L / Ctrl+L) and Sign out. */
export function AccountBar() {
  const { t } = useTranslation('session');
  const state = useSession();
  if (state.status !== 'active') return null;
  const problem = state.workstationProblem;
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
      {problem ? (
        <p className="account-problem" role="status">
          {t(`account.workstation.${['workstation-pending', 'workstation-disabled', 'client-id-registered'].includes(problem) ? problem : 'other'}`)}
        </p>
      ) : null}
      {state.secretsNotKept ? (
        <p className="account-problem" role="status">
          {t('account.secretsNotKept')}
        </p>
      ) : null}
    </div>
  );
}
