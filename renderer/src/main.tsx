import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { i18nReady } from './i18n';
import { App } from './app/App';
import { DatabaseUnavailable } from './app/DatabaseUnavailable';
import { database } from './db/database';
import { host } from './host';
import { startSync } from './sync/scheduler';
import { startCentreSync } from './centre';
import { startAnswerSync } from './features/answers';
import { startGuideSync } from './features/guide';
import { startDraftExpiry } from './app/drafts';
import { draftExpired } from '../../shared/privacy/retention';
import { session, SessionGate } from './session';
import { setSignedInStaff } from './workstation';
import './app/app.css';

async function start() {
  await i18nReady;
  // Unsaved forms may hold visitor details: they expire, at start and hourly (docs/decisions/091, shared/privacy).
  startDraftExpiry(draftExpired);
  const root = createRoot(document.getElementById('root')!);
  try {
    await database().open();
  } catch (error) {
    root.render(<DatabaseUnavailable error={error} />);
    return;
  }
  // Actions are recorded as the signed-in staff member: the workstation module keeps a copy, since
  // it may not import the session (which imports it).
  const copyStaff = () => {
    const state = session.get();
    setSignedInStaff(state.status === 'active' || state.status === 'locked' ? { username: state.user.username, displayName: state.user.displayName, role: state.user.role } : null);
  };
  session.subscribe(copyStaff);
  copyStaff();
  // Sync runs as the signed-in staff member (session.authFetch adds their token); a new round
  // starts as soon as someone signs in, and none runs while nobody is.
  let stopSync: (() => void) | undefined;
  let stopCentre: (() => void) | undefined;
  let stopAnswers: (() => void) | undefined;
  let stopGuide: (() => void) | undefined;
  let syncingAs: string | undefined;
  session.subscribe(() => {
    const state = session.get();
    const who = state.status === 'active' || state.status === 'locked' ? state.user.id : state.status === 'no-hub' ? 'local' : undefined;
    if (who === syncingAs) return;
    syncingAs = who;
    stopSync?.();
    stopSync = who ? startSync({ db: database(), hubUrl: () => host.info().then((info) => info.hubUrl), fetch: session.authFetch }) : undefined;
    // The centre's settings (receipts, holidays, topics, retention) follow the same sign-in (issue 10).
    stopCentre?.();
    stopCentre = who ? startCentreSync({ hubUrl: () => host.info().then((info) => info.hubUrl), fetch: session.authFetch }) : undefined;
    // The answer library (issue 14 point 3), pulled through the same connection into IndexedDB.
    stopAnswers?.();
    stopAnswers = who ? startAnswerSync() : undefined;
    // The visitor guide a coordinator edited, through the same connection (issue 14 point 2).
    stopGuide?.();
    stopGuide = who ? startGuideSync() : undefined;
  });
  root.render(
    <StrictMode>
      <SessionGate>{() => <App />}</SessionGate>
    </StrictMode>,
  );
}

void start();
