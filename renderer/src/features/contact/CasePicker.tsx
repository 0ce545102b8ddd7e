import { useRef, type Ref } from 'react';
import { Button, FieldError, GridList, GridListItem, Input, Label, SearchField, Text } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useDraft } from '../../app/drafts';
import { CaseLine, SearchMore, useCase, useCaseSearchWithMore } from '../cases';
import { CASE_QUERY_DRAFT_KEY } from './draftKeys';
import { ChoiceGroup } from './fields';

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
  const { t } = useTranslation('intake');
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
        onChange={(value) => onModeChange(value as 'new' | 'existing')}
        options={[
          { id: 'new', label: t('case.new'), description: t('case.newDescription') },
          { id: 'existing', label: t('case.existing') },
        ]}
      />
      {mode === 'existing' && caseId && picked ? (
        <div className="picked-case" ref={pickedRef} tabIndex={-1} aria-label={t('case.pickedLabel', { number: picked.number })}>
          <span className="picked-case-title">{t('case.picked')}</span>
          <CaseLine record={picked} />
          <Button className="button small" onPress={() => onPick(null)}>
            {t('case.change')}
          </Button>
        </div>
      ) : null}
      {mode === 'existing' && caseId && picked === null ? (
        <p className="field-error" role="alert">
          {t('case.gone')}
        </p>
      ) : null}
      {mode === 'existing' && !caseId ? (
        <>
          <SearchField className="field case-search" value={query} onChange={setQuery} isInvalid={Boolean(error)} validationBehavior="aria">
            <Label className="field-label">{t('case.search')}</Label>
            <Input ref={searchRef} className="input" autoComplete="off" spellCheck={false} />
            <Text slot="description" className="field-description">
              {t('case.searchHint')}
            </Text>
            <FieldError className="field-error">{error}</FieldError>
          </SearchField>
          <GridList
            className="case-results"
            aria-label={query.trim() ? t('case.resultsFor', { query: query.trim() }) : t('case.recent')}
            items={results ?? []}
            onAction={(key) => pick(String(key))}
            renderEmptyState={() => <p className="empty-inline">{results === undefined ? t('common:loading') : t('case.none')}</p>}
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
