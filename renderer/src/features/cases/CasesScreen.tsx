import { Link } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { ScreenProps } from '../../app/route';
import { useDraft } from '../../app/drafts';
import { routeHref } from '../../app/route';
import { ListState, PageHeader, SearchField } from '../../ui';
import { CaseLine } from './CaseLine';
import { type CaseActions, CaseScreen } from './CaseScreen';
import { SearchMore, useCaseSearchWithMore } from './SearchMore';
import './cases.css';

/** `#/cases`: recent cases and the case search; `#/cases/<id>`: one case. */
export function CasesScreen({ route, caseActions }: ScreenProps & { caseActions?: CaseActions }) {
  const id = route.rest[0];
  if (id) return <CaseScreen caseId={id} actions={caseActions} />;
  return <CaseList />;
}

function CaseList() {
  const { t } = useTranslation('cases');
  const [query, setQuery] = useDraft('cases.query', '');
  const { result, searchAll } = useCaseSearchWithMore(query);
  const results = result?.cases;
  const trimmed = query.trim();
  return (
    <>
      <PageHeader title={t('list.title')} />
      <SearchField className="case-search wide" label={t('list.search')} description={t('list.searchHint')} value={query} onChange={setQuery} />
      <section className="panel" aria-labelledby="case-list-title">
        <h2 id="case-list-title">{trimmed ? t('list.resultsFor', { query: trimmed }) : t('list.recent')}</h2>
        <p className="visually-hidden" role="status">
          {results && trimmed ? t('list.count', { count: results.length }) : ''}
        </p>
        <ListState items={results} loading={t('common:loading')} empty={trimmed ? t('list.none', { query: trimmed }) : t('list.empty')}>
          {(list) => (
            <ul className="case-list">
              {list.map((record) => (
                <li key={record.id}>
                  <Link className="case-list-link" href={routeHref('cases', record.id)} aria-label={record.number}>
                    <CaseLine record={record} />
                  </Link>
                </li>
              ))}
            </ul>
          )}
        </ListState>
        <SearchMore result={result} onSearchAll={searchAll} />
      </section>
    </>
  );
}
