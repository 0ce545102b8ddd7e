import { useTranslation } from 'react-i18next';
import type { WooFilingDraft } from '../../../../shared/woo/filing';
import type { ReceiptLanguage } from '../../../../shared/print/language';
import { routeHref } from '../../app/route';
import { AvgRoute, ReferralRoute, type RouteProps } from './CheckRoutes';
import { Button, ButtonLink, ChoiceGroup } from '../../ui';

interface Props extends RouteProps {
  receiptLanguage: ReceiptLanguage;
  onReceiptLanguage: (lng: ReceiptLanguage) => void;
  onContinue: () => void;
}

/**
 * The short check before filing: own personal data → AVG access request; already public →
 * search first; another body → referral (Woo art. 4.2). Each answer that leads elsewhere opens
 * that route right here, so the visitor leaves with the right outcome.
 */
export function FilingCheck({ draft, update, receiptLanguage, onReceiptLanguage, onSettled, onContinue }: Props) {
  const { t } = useTranslation('woo');
  const yesNo = [
    { id: 'yes' as const, label: t('check.yes') },
    { id: 'no' as const, label: t('check.no') },
  ];
  const setCheck = (key: keyof WooFilingDraft['check'], value: 'yes' | 'no') =>
    update((d) => ({ ...d, check: { ...d.check, [key]: value } }));
  const { ownData, maybePublic, otherBody } = draft.check;
  const answered = ownData !== '' && maybePublic !== '' && otherBody !== '';
  const elsewhere = ownData === 'yes' || otherBody === 'yes';

  return (
    <section className="panel woo-check" aria-labelledby="woo-check-title">
      <h2 id="woo-check-title">{t('check.title')}</h2>
      <p>{t('check.intro')}</p>

      <ChoiceGroup
        name="ownData"
        label={t('check.ownData')}
        description={t('check.ownDataHint')}
        value={ownData}
        onChange={(v) => setCheck('ownData', v)}
        options={yesNo}
      />
      {ownData === 'yes' ? <AvgRoute draft={draft} update={update} onSettled={onSettled} /> : null}

      <ChoiceGroup
        name="maybePublic"
        label={t('check.maybePublic')}
        description={t('check.maybePublicHint')}
        value={maybePublic}
        onChange={(v) => setCheck('maybePublic', v)}
        options={yesNo}
      />
      {maybePublic === 'yes' ? (
        <div className="woo-route" role="group" aria-label={t('check.searchTitle')}>
          <p>{t('check.searchBody')}</p>
          <ButtonLink href={routeHref('search')}>
            {t('check.searchLink')}
          </ButtonLink>
        </div>
      ) : null}

      <ChoiceGroup
        name="otherBody"
        label={t('check.otherBody')}
        description={t('check.otherBodyHint')}
        value={otherBody}
        onChange={(v) => setCheck('otherBody', v)}
        options={yesNo}
      />
      {otherBody === 'yes' ? (
        <ReferralRoute draft={draft} update={update} language={receiptLanguage} onLanguage={onReceiptLanguage} onSettled={onSettled} />
      ) : null}

      <div className="woo-actions">
        <Button variant={elsewhere ? 'secondary' : 'primary'} isDisabled={!answered} onPress={onContinue}>
          {elsewhere ? t('check.continueAnyway') : t('check.continue')}
        </Button>
        {!answered ? <p className="woo-description">{t('check.answerAll')}</p> : null}
      </div>
    </section>
  );
}
