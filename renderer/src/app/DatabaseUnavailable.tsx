import { useTranslation } from 'react-i18next';

/** Shown instead of the workspace when IndexedDB cannot be opened (blocked, quota, newer schema). */
export function DatabaseUnavailable({ error }: { error: unknown }) {
  const { t } = useTranslation();
  return (
    <main className="main" role="alert">
      <h1>{t('dbError.title')}</h1>
      <p>{t('dbError.body')}</p>
      <pre>{error instanceof Error ? `${error.name}: ${error.message}` : String(error)}</pre>
    </main>
  );
}
