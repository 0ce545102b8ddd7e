import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
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
  const chosen = useLiveQuery(async () => (ids.length ? await database().documents.bulkGet(ids) : []), [ids.join(',')]);
  const found = useLiveQuery(
    async () =>
      words.length && query.trim().length >= 3
        ? database()
            .documents.filter((record) => !record.deleted && words.every((word) => foldText(String(record.title ?? '')).includes(word)))
            .limit(SHOWN)
            .toArray()
        : [],
    [words.join(' ')],
  );
  const title = (id: string, record: StoredRecord | undefined) => (record ? String(record.title) : t('editor.documentUnknown', { id }));
  return (
    <fieldset>
      <legend>{t('editor.documents')}</legend>
      {ids.length ? (
        <ul className="answer-links" aria-label={t('editor.documentsChosen')}>
          {ids.map((id, i) => (
            <li key={id}>
              {title(id, chosen?.[i])}{' '}
              <Button variant="quiet" size="small" aria-label={t('editor.removeDocument', { title: title(id, chosen?.[i]) })} onPress={() => onChange(ids.filter((other) => other !== id))}>
                {t('editor.remove')}
              </Button>
            </li>
          ))}
        </ul>
      ) : null}
      {/* Enter in the search words must not save the whole answer (implicit form submission). */}
      <div
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
      ) : query.trim().length >= 3 && found ? (
        <p className="answer-library-meta">{t('editor.documentsNone')}</p>
      ) : null}
      {error ? <ErrorMessage>{error}</ErrorMessage> : null}
    </fieldset>
  );
}
