import { lazy, Suspense } from 'react';
import { I18nProvider } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { ScreenProps } from '../../app/route';
import { loadPublishers } from '../directory';
import { EmptyState } from '../../ui';
import { uiLocale } from '../../ui/format';
import { WooList } from './WooList';
import './woo.css';

// The filing form and the request screen (date pickers, the directory picker, dialogs) are their
// own chunks, so they do not slow the start of the app. They are fetched as soon as the app is
// idle, together with the publisher directory, so they are there when the network is not.
const loadFiling = () => import('./FileWooRequest');
const loadRequest = () => import('./WooRequestScreen');
const FileWooRequest = lazy(() => loadFiling().then((m) => ({ default: m.FileWooRequest })));
const WooRequestScreen = lazy(() => loadRequest().then((m) => ({ default: m.WooRequestScreen })));

function whenIdle(work: () => void): void {
  if (typeof window === 'undefined') return;
  if ('requestIdleCallback' in window) window.requestIdleCallback(work, { timeout: 5000 });
  else setTimeout(work, 2000);
}

whenIdle(() => {
  // A failure here is retried by the screens themselves when they are opened.
  void loadFiling().catch(() => undefined);
  void loadRequest().catch(() => undefined);
  void loadPublishers().catch(() => undefined);
});

/** '#/woo/new?case=<id>' is accepted as well as '#/woo/new/<id>'. */
export function caseIdFromRoute(rest: readonly string[]): string | undefined {
  const [first = '', second] = rest;
  if (second) return second;
  const query = first.split('?')[1];
  return query ? (new URLSearchParams(query).get('case') ?? undefined) : undefined;
}

/** `#/woo` list, `#/woo/new[/<caseId>]` filing, `#/woo/<requestId>` one request. */
export function WooScreen({ route }: ScreenProps) {
  const { t, i18n } = useTranslation('woo');
  const [first] = route.rest;
  let screen;
  if (first === undefined) screen = <WooList />;
  else if (first === 'new' || first.startsWith('new?')) screen = <FileWooRequest key={route.rest.join('/')} caseId={caseIdFromRoute(route.rest)} />;
  else screen = <WooRequestScreen requestId={first} />;
  // Date fields follow the UI language (dd-mm-jjjj in Dutch).
  return (
    <I18nProvider locale={uiLocale(i18n.resolvedLanguage)}>
      <Suspense fallback={<EmptyState variant="inline">{t('loading')}</EmptyState>}>{screen}</Suspense>
    </I18nProvider>
  );
}
