import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { routeHref } from '../../app/route';
import { useDraft } from '../../app/drafts';
import { database } from '../../db/database';
import { host } from '../../host';
import { Button, ButtonLink, EmptyState, ErrorMessage, PageHeader, SearchField } from '../../ui';
import { useFormatters } from '../../ui/format';
import { MAX_RESULTS, useDocumentSearch, type PublishedDocument } from './repository';
import './search.css';

/**
 * The desk's answer to "is it perhaps already public?": search the published-document catalogue
 * the hub syncs down, and hand the visitor the address. No result leads to a Woo request.
 */
export function SearchScreen() {
  const { t } = useTranslation('search');
  // A draft, so the words survive a detour (e.g. from the Woo check and back).
  const [query, setQuery] = useDraft('document-search', '');
  const found = useDocumentSearch(database(), query);
  return (
    <>
      <PageHeader title={t('title')} />
      <div className="panel document-search">
        <SearchField label={t('field')} description={t('fieldHint')} value={query} onChange={setQuery} size="large" autoFocus />
      </div>
      {found === undefined ? (
        <EmptyState>{t('loading')}</EmptyState>
      ) : found.catalogueSize === 0 ? (
        <EmptyState>{t('emptyCatalogue')}</EmptyState>
      ) : found.results.length === 0 ? (
        <EmptyState
          action={
            <ButtonLink variant="primary" href={routeHref('woo', 'new')}>
              {t('fileWoo')}
            </ButtonLink>
          }
        >
          {t('noResults', { query: query.trim() })}
        </EmptyState>
      ) : (
        <section aria-labelledby="document-results">
          <h2 id="document-results" className="document-count" aria-live="polite">
            {query.trim() ? t('count', { count: found.total }) : t('countAll', { count: found.total })}
          </h2>
          {found.total > found.results.length ? <p className="document-more">{t('more', { max: MAX_RESULTS })}</p> : null}
          <ul className="document-list">
            {found.results.map((document) => (
              <DocumentItem key={document.id} document={document} />
            ))}
          </ul>
        </section>
      )}
    </>
  );
}

function DocumentItem({ document }: { document: PublishedDocument }) {
  const { t, i18n } = useTranslation('search');
  const format = useFormatters();
  const [refused, setRefused] = useState(false);
  const date = document.publishedOn ? format.calendarDate(document.publishedOn) : '';
  const headingId = `document-${document.id}`;
  return (
    <li className="panel document" aria-labelledby={headingId}>
      <h3 id={headingId}>{document.title}</h3>
      <p className="document-meta">
        {document.category && i18n.exists(`search:categories.${document.category}`)
          ? t('category', { code: document.category, name: t(`categories.${document.category}`) })
          : null}
        {date ? <span>{t('published', { date })}</span> : null}
        <span>{document.publisherName}</span>
      </p>
      {document.description ? <p>{document.description}</p> : null}
      <p className="document-address">
        <span className="document-address-label">{t('address')}</span> <span className="document-url">{document.source}</span>
      </p>
      <Button onPress={() => void host.openLink(document.source).then((ok) => setRefused(!ok))}>
        {t('open')}
      </Button>
      {refused ? (
        <ErrorMessage>{t('openFailed')}</ErrorMessage>
      ) : null}
    </li>
  );
}
