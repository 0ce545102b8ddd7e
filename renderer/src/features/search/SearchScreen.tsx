import { useState } from 'react';
import { Button, Input, Label, Link, SearchField, Text } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { routeHref } from '../../app/route';
import { useDraft } from '../../app/drafts';
import { database } from '../../db/database';
import { host } from '../../host';
import { PageHeader } from '../../ui/PageHeader';
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
      <SearchField className="panel document-search" value={query} onChange={setQuery} autoFocus>
        <Label className="field-label">{t('field')}</Label>
        <Input className="document-search-input" />
        <Text slot="description" className="field-description">
          {t('fieldHint')}
        </Text>
      </SearchField>
      {found === undefined ? (
        <p className="empty-state">{t('loading')}</p>
      ) : found.catalogueSize === 0 ? (
        <p className="empty-state">{t('emptyCatalogue')}</p>
      ) : found.results.length === 0 ? (
        <div className="empty-state">
          <p>{t('noResults', { query: query.trim() })}</p>
          <Link className="button primary" href={routeHref('woo', 'new')}>
            {t('fileWoo')}
          </Link>
        </div>
      ) : (
        <section aria-labelledby="document-results">
          <h2 id="document-results" className="document-count" aria-live="polite">
            {query.trim() ? t('count', { count: found.total }) : t('countAll', { count: found.total })}
          </h2>
          {found.total > found.results.length ? <p className="field-description">{t('more', { max: MAX_RESULTS })}</p> : null}
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
  const [refused, setRefused] = useState(false);
  const date = document.publishedOn
    ? new Intl.DateTimeFormat(i18n.resolvedLanguage, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${document.publishedOn}T00:00:00Z`))
    : '';
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
      <Button className="button" onPress={() => void host.openLink(document.source).then((ok) => setRefused(!ok))}>
        {t('open')}
      </Button>
      {refused ? (
        <p className="field-error" role="alert">
          {t('openFailed')}
        </p>
      ) : null}
    </li>
  );
}
