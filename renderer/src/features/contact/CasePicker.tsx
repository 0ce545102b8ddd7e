import { useRef, type Ref } from 'react';
import { GridList, GridListItem } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useDraft } from '../../app/drafts';
import { CaseLine, SearchMore, useCase, useCaseSearchWithMore } from '../cases';
import { CASE_QUERY_DRAFT_KEY } from './draftKeys';
import { Button, ChoiceGroup, EmptyState, ErrorMessage, SearchField } from '../../ui';

interface Props {
  mode: 'new' | 'existing';
  caseId: string | null;
  onModeChange: (mode: 'new' | 'existing') => void;
  onPick: (caseId: string | null) => void;
  error?: string | undefined;
  searchRef: Ref<HTMLInputElement>;
}

/**
 * New case (the default) or an existing one, found by number, name, phone, e-mail or words of
 * the question. The query is kept as a draft too: it is typed input.
 */
export function CasePicker({ mode, caseId, onModeChange, onPick, error, searchRef }: Props) {
  const { t, i18n } = useTranslation('intake');
  const [query, setQuery] = useDraft(CASE_QUERY_DRAFT_KEY, '');
  const picked = useCase(mode === 'existing' ? (caseId ?? undefined) : undefined);
  const { result, searchAll } = useCaseSearchWithMore(mode === 'existing' && !caseId ? query : null);
  const results = result?.cases;
  const pickedRef = useRef<HTMLDivElement>(null);

  const pick = (id: string | null) => {
    onPick(id);
    // Land on the confirmation of what was picked, so it is read out.
    if (id) requestAnimationFrame(() => pickedRef.current?.focus());
  };

  return (
    <section className="case-picker" aria-labelledby="case-picker-title">
      <h2 id="case-picker-title" className="section-title">
        {t('case.title')}
      </h2>
      <ChoiceGroup
        label={t('case.modeLabel')}
        value={mode}
        onChange={onModeChange}
        options={[
          { id: 'new' as const, label: t('case.new'), description: t('case.newDescription') },
          { id: 'existing' as const, label: t('case.existing') },
        ]}
      />
      {mode === 'existing' && caseId && picked ? (
        <div className="picked-case" ref={pickedRef} tabIndex={-1} aria-label={t('case.pickedLabel', { number: picked.number })}>
          <span className="picked-case-title">{t('case.picked')}</span>
          <CaseLine record={picked} />
          <Button size="small" onPress={() => onPick(null)}>
            {t('case.change')}
          </Button>
        </div>
      ) : null}
      {mode === 'existing' && caseId && picked === null ? (
        <ErrorMessage>{t('case.gone')}</ErrorMessage>
      ) : null}
      {mode === 'existing' && !caseId ? (
        <>
          <SearchField className="case-search" label={t('case.search')} description={t('case.searchHint')} value={query} onChange={setQuery} error={error} inputRef={searchRef} />
          <GridList
            // The rows are cached by the collection: re-render them when the language changes.
            dependencies={[i18n.language]}
            className="case-results"
            aria-label={query.trim() ? t('case.resultsFor', { query: query.trim() }) : t('case.recent')}
            items={results ?? []}
            onAction={(key) => pick(String(key))}
            renderEmptyState={() => <EmptyState variant="inline">{results === undefined ? t('common:loading') : t('case.none')}</EmptyState>}
          >
            {(record) => (
              <GridListItem id={record.id} textValue={record.number} className="case-result">
                <CaseLine record={record} />
                <span className="case-result-action" aria-hidden="true">
                  {t('case.pick')}
                </span>
              </GridListItem>
            )}
          </GridList>
          <SearchMore result={result} onSearchAll={searchAll} />
        </>
      ) : null}
    </section>
  );
}
