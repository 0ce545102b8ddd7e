import { useState } from 'react';
import { Button } from '../../ui';
import { useTranslation } from 'react-i18next';
import { type CaseSearchResult, useCaseSearch } from './repository';
import './cases.css';

/**
 * The case search as screens use it: fast over the newest cases, and – when every word typed is
 * common and the newest cases hold too few matches – one press away from searching everything.
 */
export function useCaseSearchWithMore(query: string | null): { result: CaseSearchResult | undefined; searchAll: () => void } {
  const [allFor, setAllFor] = useState<string | null>(null);
  const result = useCaseSearch(query, { exhaustive: query !== null && allFor === query });
  return { result, searchAll: () => setAllFor(query) };
}

export function SearchMore({ result, onSearchAll }: { result: CaseSearchResult | undefined; onSearchAll: () => void }) {
  const { t } = useTranslation('cases');
  if (!result || result.complete) return null;
  return (
    <div className="search-more">
      <p>{t('list.partial')}</p>
      <Button size="small" onPress={onSearchAll}>
        {t('list.searchAll')}
      </Button>
    </div>
  );
}
