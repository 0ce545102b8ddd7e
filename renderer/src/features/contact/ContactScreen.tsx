import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../ui/EmptyState';
import { PageHeader } from '../../ui/PageHeader';

export function ContactScreen() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('area.contact.title')} />
      <EmptyState>{t('area.contact.empty')}</EmptyState>
    </>
  );
}
