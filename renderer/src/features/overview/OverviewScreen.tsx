import { useTranslation } from 'react-i18next';
import { EmptyState, PageHeader } from '../../ui';

export function OverviewScreen() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('area.overview.title')} />
      <EmptyState>{t('area.overview.empty')}</EmptyState>
    </>
  );
}
