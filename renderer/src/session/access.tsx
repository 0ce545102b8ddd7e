import { useTranslation } from 'react-i18next';
import { AREAS, type Area } from '../app/areas';
import { ErrorState } from '../ui';
import { AREAS_BY_ROLE } from './roles';
import { useSession } from './session';

/** The areas the signed-in role sees; every area without a hub (local-only development). */
export function useAllowedAreas(): readonly Area[] {
  const state = useSession();
  if (state.status === 'active' || state.status === 'locked') return AREAS_BY_ROLE[state.user.role];
  return AREAS;
}

/** Shown instead of an area the role may not use (reached by an old link or typed address). */
export function NotAllowed() {
  const { t } = useTranslation('session');
  const state = useSession();
  const role = state.status === 'active' || state.status === 'locked' ? t(`roles.${state.user.role}`) : '';
  return (
    <ErrorState title={t('notAllowed.title')}>
      <p>{t('notAllowed.body', { role })}</p>
    </ErrorState>
  );
}
