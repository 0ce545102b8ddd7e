import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { routeHref } from '../../app/route';
import { useCentreSettings } from '../../centre';
import { host } from '../../host';
import { RECEIPT_LANGUAGES, isReceiptLanguage } from '../../../../shared/print/language';
import { Button, ButtonLink, ErrorMessage, PageHeader, RefusedLink, Select } from '../../ui';
import { useToday } from '../../ui/clock';
import { useFormatters } from '../../ui/format';
import type { PublishedDocument } from './documentIndex';
import { Highlighted } from './Highlighted';
import { printHandout } from './printHandout';
import { attachDocumentToContact, isDocumentAttached } from '../contact';

/** One document: its facts, its address (opened through the host's allow-list) and the hand-out. */
export function DocumentDetail({ document, terms, onBack }: { document: PublishedDocument; terms: string[]; onBack: () => void }) {
  const { t, i18n } = useTranslation('finder');
  const format = useFormatters();
  const centre = useCentreSettings();
  const today = useToday();
  const [problem, setProblem] = useState<'refused' | 'openFailed' | 'print' | 'attach'>();
  // The visitor's language for the hand-out; the UI language until the desk picks another.
  const [language, setLanguage] = useState<string>(isReceiptLanguage(i18n.language) ? i18n.language : 'nl');
  const [attached, setAttached] = useState(() => isDocumentAttached(document.id));
  const attach = () => {
    const ok = attachDocumentToContact({ id: document.id, title: document.title, ...(document.category ? { category: document.category } : {}) });
    setAttached(ok);
    setProblem(ok ? undefined : 'attach');
  };
  // Opening a document is a change of screen within the area: announce it like one.
  useEffect(() => {
    globalThis.document.querySelector<HTMLElement>('h1[data-page-title]')?.focus();
  }, [document.id]);
  const categoryName = document.category && i18n.exists(`search:categories.${document.category}`) ? t(`search:categories.${document.category}`) : '';
  const facts: Array<[string, string]> = [
    [t('detail.category'), categoryName ? `${document.category} ${categoryName}` : ''],
    [t('detail.publisher'), document.publisherName],
    [t('detail.published'), document.publishedOn ? format.calendarDate(document.publishedOn) : ''],
    [t('detail.type'), document.documentType ?? ''],
    [t('detail.requested'), document.dossier?.requestDate ? format.calendarDate(document.dossier.requestDate) : ''],
    [t('detail.decided'), document.dossier?.decisionDate ? format.calendarDate(document.dossier.decisionDate) : ''],
  ];
  const print = async () => {
    setProblem(undefined);
    if (!(await printHandout(document, language, centre?.name, today))) setProblem('print');
  };
  return (
    <>
      <PageHeader
        title={document.title}
        actions={
          <Button variant="quiet" onPress={onBack}>
            {t('detail.back')}
          </Button>
        }
      />
      <article className="panel finder-detail" aria-label={t('detail.label')}>
        {document.description ? (
          <p className="finder-detail-description">
            <Highlighted text={document.description} terms={terms} />
          </p>
        ) : null}
        <dl className="finder-facts">
          {facts
            .filter(([, value]) => value)
            .map(([label, value]) => (
              <div key={label}>
                <dt>{label}</dt>
                <dd>{value}</dd>
              </div>
            ))}
          <div>
            <dt>{t('address')}</dt>
            <dd className="finder-url">{document.source}</dd>
          </div>
        </dl>
        <div className="finder-actions">
          <Select
            label={t('detail.printLanguage')}
            layout="inline"
            value={language}
            onChange={setLanguage}
            options={RECEIPT_LANGUAGES.map((lng) => ({ id: lng, label: t(`answers:languages.${lng}`), lang: lng }))}
          />
          <Button variant="primary" onPress={() => void print()}>
            {t('detail.print')}
          </Button>
          {/* Stays on screen once attached (pressing again changes nothing), so the keyboard focus is not lost. */}
          <Button onPress={attach}>{attached ? t('detail.attachedShort') : t('detail.attach')}</Button>
          <Button
            onPress={() =>
              void host.openLink(document.source).then(
                (ok) => setProblem(ok ? undefined : 'refused'),
                () => setProblem('openFailed'),
              )
            }
          >
            {t('open')}
          </Button>
        </div>
        {/* The desktop app opens only allow-listed sites; the address stays copyable so the visitor still gets it. */}
        {problem === 'refused' || problem === 'openFailed' ? (
          <RefusedLink
            message={t(problem === 'refused' ? 'common:externalLink.refused' : 'common:externalLink.failed')}
            url={document.source}
            addressLabel={t('common:externalLink.address')}
          />
        ) : null}
        {problem === 'print' ? <ErrorMessage>{t('detail.printFailed')}</ErrorMessage> : null}
        {problem === 'attach' ? <ErrorMessage>{t('detail.attachFull')}</ErrorMessage> : null}
        <div role="status" className="finder-attached">
          {attached ? (
            <p>
              {t('detail.attached')}{' '}
              <ButtonLink variant="link" href={routeHref('contact', 'new')}>
                {t('detail.toContact')}
              </ButtonLink>
            </p>
          ) : null}
        </div>
      </article>
    </>
  );
}
