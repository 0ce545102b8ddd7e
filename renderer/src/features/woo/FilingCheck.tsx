import { useTranslation } from 'react-i18next';
import type { WooFilingDraft } from '../../../../shared/woo/filing';
import type { ReceiptLanguage } from '../../../../shared/print/language';
import { routeHref } from '../../app/route';
import { AvgRoute, ReferralRoute, type RouteProps } from './CheckRoutes';
import { Button, ButtonLink, ChoiceGroup } from '../../ui';

type Question = keyof WooFilingDraft['check'];

/** One yes/no question of the check: label `check.<question>`, hint `check.<question>Hint`. */
function CheckQuestion({ question, draft, update }: Pick<RouteProps, 'draft' | 'update'> & { question: Question }) {
  const { t } = useTranslation('woo');
  return (
    <ChoiceGroup
      name={question}
      label={t(`check.${question}`)}
      description={t(`check.${question}Hint`)}
      value={draft.check[question]}
      onChange={(value) => update((d) => ({ ...d, check: { ...d.check, [question]: value } }))}
      options={[
        { id: 'yes', label: t('check.yes') },
        { id: 'no', label: t('check.no') },
      ]}
    />
  );
}

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
  const { ownData, maybePublic, otherBody } = draft.check;
  const answered = ownData !== '' && maybePublic !== '' && otherBody !== '';
  const elsewhere = ownData === 'yes' || otherBody === 'yes';

  return (
    <section className="panel woo-check" aria-labelledby="woo-check-title">
      <h2 id="woo-check-title">{t('check.title')}</h2>
      <p>{t('check.intro')}</p>

      <CheckQuestion question="ownData" draft={draft} update={update} />
      {ownData === 'yes' ? <AvgRoute draft={draft} update={update} onSettled={onSettled} /> : null}

      <CheckQuestion question="maybePublic" draft={draft} update={update} />
      {maybePublic === 'yes' ? (
        <div className="woo-route" role="group" aria-label={t('check.searchTitle')}>
          <p>{t('check.searchBody')}</p>
          <ButtonLink href={routeHref('search')}>
            {t('check.searchLink')}
          </ButtonLink>
        </div>
      ) : null}

      <CheckQuestion question="otherBody" draft={draft} update={update} />
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
