import { useTranslation } from 'react-i18next';
import { useReleaseState } from './release';
import './setup.css';

/**
 * The running version, always visible under the app's name in the top bar (staff read it out to
 * the service desk), and a notice when the hub requires a newer one: updates come through the
 * municipality's software distribution, so the notice asks staff to contact IT rather than
 * offering a download. Inline elements only: it sits in the brand block's column.
 */
export function ReleaseStatus() {
  const { t } = useTranslation('setup');
  const release = useReleaseState();
  if (!release) return null;
  return (
    <span className="release-status" role="status" aria-live="polite">
      <span className="release-version">{t('version', { version: release.version })}</span>
      {release.requiredVersion ? <span className="release-outdated">{t('outdated', { minimum: release.requiredVersion })}</span> : null}
    </span>
  );
}
