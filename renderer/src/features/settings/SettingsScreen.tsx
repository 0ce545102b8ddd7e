import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppInfo } from '../../../../shared/host';
import { host } from '../../host';
import { PageHeader } from '../../ui';
import { LockSettingsForm } from './LockSettingsForm';

export function SettingsScreen() {
  const { t } = useTranslation();
  const [info, setInfo] = useState<AppInfo | null>(null);
  useEffect(() => {
    void host.info().then(setInfo);
  }, []);
  return (
    <>
      <PageHeader title={t('area.settings.title')} />
      <section className="panel" aria-labelledby="settings-about">
        <h2 id="settings-about">{t('area.settings.about')}</h2>
        {info ? (
          <dl className="facts">
            <dt>{t('area.settings.host')}</dt>
            <dd>{info.host === 'electron' ? t('area.settings.hostElectron') : t('area.settings.hostBrowser')}</dd>
            <dt>{t('area.settings.version')}</dt>
            <dd>{info.version}</dd>
          </dl>
        ) : null}
      </section>
      <LockSettingsForm />
    </>
  );
}
