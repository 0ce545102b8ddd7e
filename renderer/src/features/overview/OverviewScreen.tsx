import { useEffect } from 'react';
import { Link } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { ScreenProps } from '../../app/route';
import { routeHref } from '../../app/route';
import { PageHeader } from '../../ui';
import { CaseHistory } from './CaseHistory';
import { CaseDossierView } from './CaseDossierView';
import { DeadlineBoard } from './DeadlineBoard';
import { IndicatorsView } from './IndicatorsView';
import { Inbox } from './Inbox';
import { CentreSettingsView } from './CentreSettingsView';
import { PrivacyView } from './PrivacyView';
import { useScheduledPurge } from './usePurgeSchedule';
import './overview.css';

export const VIEWS = ['cases', 'board', 'indicators', 'inbox', 'centre', 'privacy'] as const;
export type View = (typeof VIEWS)[number];

function isView(value: string | undefined): value is View {
  return (VIEWS as readonly string[]).includes(value ?? '');
}

/**
 * The coordinator's workspace ("Overzicht"): case history, deadline board, indicators, inbox,
 * centre settings and privacy, each a sub-route (#/overview/board) so it can be linked and the
 * browser's back button works. The shell shows this area to coordinators and admins only.
 */
export function OverviewScreen({ route }: ScreenProps) {
  const { t } = useTranslation('overview');
  useScheduledPurge();
  // The spreadsheet writer is a large chunk loaded on demand; fetch it while the coordinator looks
  // around, so an export does not wait for it (and still works if the network drops meanwhile).
  useEffect(() => void import('exceljs').catch(() => undefined), []);
  const [first, second] = route.rest;
  if (first === 'case' && second) return <CaseDossierView caseId={second} />;
  const view: View = isView(first) ? first : 'cases';
  return (
    <>
      {/* The area's title stays "Overzicht" (the shell focuses it); the sub-navigation says which part is open. */}
      <PageHeader title={t('common:area.overview.title')} />
      <nav className="overview-nav" aria-label={t('views.label')}>
        <ul>
          {VIEWS.map((id) => (
            <li key={id}>
              <Link className="overview-nav-link" href={routeHref('overview', id)} aria-current={id === view ? 'page' : undefined}>
                {t(`views.${id}`)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {view === 'cases' ? <CaseHistory /> : null}
      {view === 'board' ? <DeadlineBoard /> : null}
      {view === 'indicators' ? <IndicatorsView /> : null}
      {view === 'inbox' ? <Inbox /> : null}
      {view === 'centre' ? <CentreSettingsView /> : null}
      {view === 'privacy' ? <PrivacyView /> : null}
    </>
  );
}
