import { useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ManagedConfigState } from '../../../../shared/host';
import { applyManagedWorkstation, needsSetup, useManagedConfig } from './managedConfig';
import { useReleaseState } from './release';
import './setup.css';

type SetupState = Extract<ManagedConfigState, { status: 'missing' | 'invalid' }>;

/** An example an administrator can copy; values are placeholders, not defaults. */
function exampleConfig(centre: string): string {
  return JSON.stringify({ hubUrl: 'https://hub.gemeente.nl', centre, workstation: 'K7Q' }, null, 2);
}

/** Paths or messages shown verbatim, one per line, as the administrator must type or find them. */
function CodeList({ className, lines }: { className: string; lines: readonly string[] }) {
  return (
    <ul className={className}>
      {lines.map((line) => (
        <li key={line}>
          <code>{line}</code>
        </li>
      ))}
    </ul>
  );
}

/**
 * The first-run screen of a packaged desk that IT has not configured yet (or configured wrongly):
 * it says where the configuration is expected, what is wrong with it, and what to do. Staff
 * cannot fix it themselves – the file is admin-owned on purpose – so it addresses them and IT.
 */
export function SetupScreen({ state }: { state: SetupState }) {
  const { t } = useTranslation('setup');
  const release = useReleaseState();
  return (
    <main className="main setup-screen" aria-labelledby="setup-title">
      <h1 id="setup-title" tabIndex={-1}>
        {t('title')}
      </h1>
      <p>{t('intro')}</p>
      {state.status === 'missing' ? (
        <section aria-labelledby="setup-where">
          <h2 id="setup-where">{t('missing')}</h2>
          <CodeList className="setup-paths" lines={state.locations} />
        </section>
      ) : (
        <section aria-labelledby="setup-problems" role="alert">
          <h2 id="setup-problems">{t('invalid')}</h2>
          <CodeList className="setup-problems" lines={state.problems} />
          <p>
            {t('readFrom')} {state.sources.join(', ')}
          </p>
        </section>
      )}
      <section aria-labelledby="setup-example">
        <h2 id="setup-example">{t('example')}</h2>
        <pre className="setup-example">{exampleConfig(t('exampleCentre'))}</pre>
        <p>{t('fields')}</p>
      </section>
      <p className="setup-action">{t('action')}</p>
      {release ? <p className="setup-version">{t('version', { version: release.version })}</p> : null}
    </main>
  );
}

/**
 * For the app shell: the first-run screen when the managed configuration is missing or invalid,
 * otherwise null (also while the host has not answered, so a configured desk never flickers).
 * A managed desk also takes its workstation code from the configuration.
 */
export function useSetupScreen(): ReactNode {
  const state = useManagedConfig();
  useEffect(() => {
    void applyManagedWorkstation(state);
  }, [state]);
  return needsSetup(state) ? <SetupScreen state={state} /> : null;
}
