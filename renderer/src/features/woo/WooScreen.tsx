import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../ui/EmptyState';
import { PageHeader } from '../../ui/PageHeader';

export function WooScreen() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('area.woo.title')} />
      <EmptyState>{t('area.woo.empty')}</EmptyState>
    </>
  );
}
