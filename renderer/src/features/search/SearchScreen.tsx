import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../ui/EmptyState';
import { PageHeader } from '../../ui/PageHeader';

export function SearchScreen() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('area.search.title')} />
      <EmptyState>{t('area.search.empty')}</EmptyState>
    </>
  );
}
