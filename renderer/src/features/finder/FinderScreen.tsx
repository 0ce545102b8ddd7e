import { useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { routeHref } from '../../app/route';
import { useDraft } from '../../app/drafts';
import { database } from '../../db/database';
import { Button, ButtonLink, EmptyState, PageHeader, SearchField } from '../../ui';
import { AnswerMatches } from '../answers';
import { startIntakeWith } from '../contact';
import { GuideEditor, GuidePanel } from '../guide';
import { CatalogueImport } from './CatalogueImport';
import { DocumentDetail } from './DocumentDetail';
import { FacetBar, type Filters } from './FacetBar';
import { ResultList } from './ResultList';
import { MAX_RESULTS, useDocumentFinder } from './useDocumentFinder';
import './finder.css';

/**
 * The desk's answer to "is it perhaps already public?": search the published catalogue the hub
 * syncs down – typos, inflections and accents forgiven – narrow it by category, publisher and
 * year, and hand the visitor the document. No result leads to a Woo request.
 */
export function FinderScreen() {
  const { t } = useTranslation('finder');
  // Drafts, so the words and filters survive a detour (e.g. from the Woo check and back).
  const [query, setQuery] = useDraft('document-search', '');
  const [filters, setFilters] = useDraft<Filters>('document-filters', {});
  const [openId, setOpenId] = useState<string>();
  const lastFocused = useRef<string>(undefined);
  const listRef = useRef<HTMLOListElement>(null);
  const searchRef = useRef<HTMLInputElement>(null);
  const found = useDocumentFinder(database(), query, filters);
  const open = found?.documents.find((entry) => entry.document.id === openId);

  const toResults = (event: KeyboardEvent) => {
    if (event.key !== 'ArrowDown') return;
    const first = listRef.current?.querySelector<HTMLElement>('[data-result]');
    if (first) {
      event.preventDefault();
      first.focus();
    }
  };
  const back = () => {
    setOpenId(undefined);
    // Back where the person was in the list.
    requestAnimationFrame(() => listRef.current?.querySelector<HTMLElement>(`[data-result="${lastFocused.current ?? ''}"]`)?.focus());
  };

  if (open) return <DocumentDetail document={open.document} terms={open.terms} onBack={back} />;
  return (
    <>
      <PageHeader title={t('title')} />
      <GuidePanel onDocument={() => searchRef.current?.focus()} />
      <div className="panel finder-search" onKeyDown={toResults}>
        <SearchField label={t('field')} description={t('fieldHint')} value={query} onChange={setQuery} size="large" autoFocus inputRef={searchRef} />
      </div>
      {/* One box for both: matching answers from the library come first (issue 14 point 3). */}
      <AnswerMatches query={query} />
      {found === undefined ? (
        <EmptyState>{t('loading')}</EmptyState>
      ) : found.catalogueSize === 0 ? (
        <EmptyState>{t('emptyCatalogue')}</EmptyState>
      ) : (
        <div className="finder-body">
          <FacetBar facets={found.facets} filters={filters} onChange={setFilters} />
          {found.total === 0 ? (
            <EmptyState
              action={
                // A miss is first of all an outcome to record; a formal request is the visitor's choice.
                <>
                  <Button variant="primary" onPress={() => startIntakeWith({ outcome: 'document-not-found', question: query.trim() })}>
                    {t('recordNotFound')}
                  </Button>
                  <ButtonLink variant="secondary" href={routeHref('woo', 'new')}>
                    {t('fileWoo')}
                  </ButtonLink>
                </>
              }
            >
              {t('noResults', { query: query.trim() })}
            </EmptyState>
          ) : (
            <section aria-labelledby="finder-results" className="finder-results">
              <h2 id="finder-results" className="finder-count" aria-live="polite">
                {query.trim() ? t('count', { count: found.total }) : t('countAll', { count: found.total })}
              </h2>
              {found.total > found.documents.length ? <p className="finder-more">{t('more', { max: MAX_RESULTS })}</p> : null}
              <ResultList
                listRef={listRef}
                results={found.documents}
                onOpen={(id) => {
                  lastFocused.current = id;
                  setOpenId(id);
                }}
              />
            </section>
          )}
        </div>
      )}
      <CatalogueImport />
      <GuideEditor />
    </>
  );
}
