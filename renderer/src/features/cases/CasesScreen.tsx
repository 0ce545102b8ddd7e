import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../ui/EmptyState';
import { PageHeader } from '../../ui/PageHeader';

export function CasesScreen() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('area.cases.title')} />
      <EmptyState>{t('area.cases.empty')}</EmptyState>
    </>
  );
}
