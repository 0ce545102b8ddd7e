import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { i18nReady } from './i18n';
import { App } from './app/App';
import { DatabaseUnavailable } from './app/DatabaseUnavailable';
import { database } from './db/database';
import { host } from './host';
import { startSync } from './sync/scheduler';
import './app/app.css';

async function start() {
  await i18nReady;
  const root = createRoot(document.getElementById('root')!);
  try {
    await database().open();
  } catch (error) {
    root.render(<DatabaseUnavailable error={error} />);
    return;
  }
  startSync({ db: database(), hubUrl: () => host.info().then((info) => info.hubUrl) });
  root.render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}

void start();
