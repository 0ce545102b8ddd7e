import { useCallback, useEffect, useRef } from 'react';
import { RouterProvider } from 'react-aria-components';
import { Button } from '../ui';
import { useTranslation } from 'react-i18next';
import type { MenuCommand } from '../../../shared/host';
import { AREA_COMMANDS, AREAS } from './areas';
import { useCommands } from './commands';
import { ConnectionStatus } from './ConnectionStatus';
import { ErrorBoundary } from './ErrorBoundary';
import { LanguageSwitch } from './LanguageSwitch';
import { Navigation } from './Navigation';
import { navigate, routeHref, useRoute } from './route';
import { SCREENS } from './screens';
import { NewContactButton } from '../features/contact';
import { ReleaseStatus, useSetupScreen } from '../features/setup';
import { AccountBar, AccountNotice, NotAllowed, session, useAllowedAreas } from '../session';
import { useCentreSettings } from '../centre';

export function App() {
  const { t } = useTranslation();
  // The centre's own name (synced from the hub) once known, so staff and visitors see whose desk this is.
  const centre = useCentreSettings();
  const route = useRoute();
  const main = useRef<HTMLElement>(null);
  const allowedAreas = useAllowedAreas();
  // The UI hides what the role may not use; an old link or typed address lands on a refusal (the hub refuses anyway).
  const Screen = allowedAreas.includes(route.area) ? SCREENS[route.area] : NotAllowed;

  const onCommand = useCallback((command: MenuCommand) => {
    // Behind the lock screen the workspace stays as it was: no command moves it.
    if (session.get().status === 'locked') return;
    const area = AREAS.find((candidate) => AREA_COMMANDS[candidate] === command);
    if (area) navigate(routeHref(area));
    else if (command === 'new-contact') navigate(routeHref('contact', 'new'));
    else if (command === 'lock') session.lock();
  }, []);
  useCommands(onCommand);

  useEffect(() => {
    // Read by the start-up benchmark: the workspace is drawn and the database is open.
    performance.mark('loket:interactive');
  }, []);

  // Move focus to the new screen's title so keyboard and screen-reader users land in it.
  const firstRender = useRef(true);
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    main.current?.querySelector<HTMLElement>('[data-page-title]')?.focus();
  }, [route.area]);

  // A packaged desk that IT has not configured shows the first-run screen instead of the workspace.
  const setupScreen = useSetupScreen();
  if (setupScreen) return setupScreen;

  return (
    <RouterProvider navigate={navigate}>
      <div className="shell">
        <Button variant="skip" onPress={() => main.current?.focus()}>
          {t('app.skipToContent')}
        </Button>
        <header className="topbar">
          <div className="brand">
            <span className="brand-name">{t('app.name')}</span>
            <span className="brand-tagline">{centre?.name ?? t('app.tagline')}</span>
            <ReleaseStatus />
          </div>
          <NewContactButton />
          <ConnectionStatus />
          <LanguageSwitch />
          <AccountBar />
          <AccountNotice />
        </header>
        <Navigation current={route.area} />
        <main id="main" ref={main} tabIndex={-1} className="main">
          <ErrorBoundary resetKey={route.area}>
            <Screen route={route} />
          </ErrorBoundary>
        </main>
      </div>
    </RouterProvider>
  );
}
