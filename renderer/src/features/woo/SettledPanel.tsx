import { useTranslation } from 'react-i18next';
import { Button, ButtonLink } from '../../ui';
import { routeHref } from '../../app/route';
import { PageHeader } from '../../ui/PageHeader';

export interface Settled {
  caseId: string;
  caseNumber: string;
  kind: 'avg' | 'referral';
}

/** After the filing check routed the matter elsewhere (AVG access request or referral): where next. */
export function SettledPanel({ settled, onAnother }: { settled: Settled; onAnother: () => void }) {
  const { t } = useTranslation('woo');
  return (
    <>
      <PageHeader title={t('file.title')} />
      <div className="panel woo-settled" role="status">
        <h2>{settled.kind === 'avg' ? t('avg.recorded') : t('referral.recorded')}</h2>
        <p>{t('file.caseNumber', { number: settled.caseNumber })}</p>
        <div className="woo-actions">
          <ButtonLink variant="primary" href={routeHref('cases', settled.caseId)}>
            {t('file.toCase')}
          </ButtonLink>
          <Button onPress={onAnother}>
            {t('file.another')}
          </Button>
          <ButtonLink href={routeHref('woo')}>
            {t('file.toList')}
          </ButtonLink>
        </div>
      </div>
    </>
  );
}
