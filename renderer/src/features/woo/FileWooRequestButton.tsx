import { useTranslation } from 'react-i18next';
import { ButtonLink } from '../../ui';
import { routeHref } from '../../app/route';
import { useWooRequestsForCase } from './repository';
import './woo.css';

/**
 * "Woo-verzoek indienen" for the case screen. When the case already has a running Woo request,
 * it leads to that request instead, so nobody files the same request twice.
 */
export function FileWooRequestButton({ caseId }: { caseId: string }) {
  const { t } = useTranslation('woo');
  const requests = useWooRequestsForCase(caseId);
  const running = requests?.find((r) => r.status !== 'besloten' && r.status !== 'gesloten');
  if (running) {
    return (
      <ButtonLink href={routeHref('woo', running.id)}>
        {t('button.open')}
      </ButtonLink>
    );
  }
  return (
    <ButtonLink href={routeHref('woo', 'new', caseId)}>
      {t('button.file')}
    </ButtonLink>
  );
}
