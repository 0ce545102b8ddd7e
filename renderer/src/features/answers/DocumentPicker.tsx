import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { foldText } from '../../../../shared/text/searchWords';
import { database, type StoredRecord } from '../../db/database';
import { Button, ErrorMessage, SearchField } from '../../ui';

const SHOWN = 8;

/**
 * Linking catalogue documents to an answer: search this desk's copy of the catalogue by words of
 * the title and add a document; the chosen ones are listed by title. Stores the documents' ids.
 */
export function DocumentPicker({ ids, onChange, error }: { ids: string[]; onChange: (ids: string[]) => void; error: string | undefined }) {
  const { t } = useTranslation('answers');
  const [query, setQuery] = useState('');
  const words = foldText(query).split(/\s+/).filter((word) => word.length >= 2);
  // Both conditions are deps: one-letter words are dropped from `words`, so "ab" → "ab c" changes
  // only whether the search is active, and must still run it.
  const active = words.length > 0 && query.trim().length >= 3;
  const chosen = useLiveQuery(
    async () => new Map((ids.length ? await database().documents.bulkGet(ids) : []).flatMap((record) => (record ? [[record.id, record] as const] : []))),
    [ids.join(',')],
  );
  const found = useLiveQuery(
    async () =>
      active
        ? database()
            .documents.filter((record) => !record.deleted && words.every((word) => foldText(String(record.title ?? '')).includes(word)))
            .limit(SHOWN)
            .toArray()
        : [],
    [active, words.join(' ')],
  );
  // Titles by id, not by position: until the query catches up after an edit, `chosen` still
  // belongs to the previous list, and a row must never name another document.
  const title = (id: string, record: StoredRecord | undefined) => (record ? String(record.title) : t('editor.documentUnknown', { id }));

  // The pressed remove button disappears: focus goes to the next row's button, or the search.
  const listRef = useRef<HTMLUListElement>(null);
  const searchRef = useRef<HTMLDivElement>(null);
  const [focusAfterRemove, setFocusAfterRemove] = useState<number | null>(null);
  useEffect(() => {
    if (focusAfterRemove === null) return;
    setFocusAfterRemove(null);
    const buttons = listRef.current?.querySelectorAll<HTMLElement>('button') ?? [];
    const next = buttons[Math.min(focusAfterRemove, buttons.length - 1)];
    (next ?? searchRef.current?.querySelector<HTMLElement>('input'))?.focus();
  }, [focusAfterRemove, ids]);
  return (
    <fieldset>
      <legend>{t('editor.documents')}</legend>
      {ids.length ? (
        <ul className="answer-links" aria-label={t('editor.documentsChosen')} ref={listRef}>
          {ids.map((id, i) => (
            <li key={id}>
              {title(id, chosen?.get(id))}{' '}
              <Button
                variant="quiet"
                size="small"
                aria-label={t('editor.removeDocument', { title: title(id, chosen?.get(id)) })}
                onPress={() => {
                  onChange(ids.filter((other) => other !== id));
                  setFocusAfterRemove(i);
                }}
              >
                {t('editor.remove')}
              </Button>
            </li>
          ))}
        </ul>
      ) : null}
      {/* Enter in the search words must not save the whole answer (implicit form submission). */}
      <div
        ref={searchRef}
        onKeyDown={(event) => {
          if (event.key === 'Enter') event.preventDefault();
        }}
      >
        <SearchField label={t('editor.documentSearch')} description={t('editor.documentsHint')} value={query} onChange={setQuery} />
      </div>
      {found?.length ? (
        <ul className="answer-links" aria-label={t('editor.documentsFound')}>
          {found.map((record) => (
            <li key={record.id}>
              <Button size="small" isDisabled={ids.includes(record.id)} aria-label={t('editor.addDocument', { title: String(record.title) })} onPress={() => onChange([...ids, record.id])}>
                {t('editor.add')}
              </Button>{' '}
              {String(record.title)}
            </li>
          ))}
        </ul>
      ) : active && found ? (
        <p className="answer-library-meta">{t('editor.documentsNone')}</p>
      ) : null}
      {error ? <ErrorMessage>{error}</ErrorMessage> : null}
    </fieldset>
  );
}
