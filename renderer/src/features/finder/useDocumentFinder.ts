import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo, useState } from 'react';
import { searchDocuments, type DocumentSearchResult, type SearchFilters } from '../../../../shared/search';
import type { LoketDatabase } from '../../db/database';
import { asDocument, documentIndex, refreshDocumentIndex, type LiveIndex, type PublishedDocument } from './documentIndex';

export const MAX_RESULTS = 50;

export interface FinderResult extends DocumentSearchResult {
  documents: Array<{ document: PublishedDocument; terms: string[] }>;
  catalogueSize: number;
}

/**
 * The finder's query: the shared search core over the live index, then the listed documents read
 * from the desk database. The index follows the catalogue when a pull changes it.
 */
export function useDocumentFinder(db: LoketDatabase, query: string, filters: SearchFilters): FinderResult | undefined {
  const [state, setState] = useState<LiveIndex>();
  const [version, setVersion] = useState(0);
  const [failed, setFailed] = useState<unknown>();
  if (failed) throw failed;
  // Any write to the catalogue changes one of these (a pull moves the checkpoint in the same transaction).
  const trigger = useLiveQuery(async () => `${await db.documents.count()}:${String((await db.meta.get('pullCheckpoint'))?.value ?? 0)}`, [db]);
  useEffect(() => {
    let current = true;
    documentIndex(db).then((loaded) => current && setState(loaded), setFailed);
    return () => {
      current = false;
    };
  }, [db]);
  useEffect(() => {
    if (!state || trigger === undefined) return;
    let current = true;
    refreshDocumentIndex(db).then((changed) => current && changed && setVersion((v) => v + 1), setFailed);
    return () => {
      current = false;
    };
  }, [db, state, trigger]);
  const { category, publisher, year } = filters;
  const found = useMemo(
    () => (state ? searchDocuments(state.index, query, { limit: MAX_RESULTS, ...(category ? { category } : {}), ...(publisher ? { publisher } : {}), ...(year ? { year } : {}) }) : undefined),
    // `version` re-runs the search when the index changed in place.
    [state, query, category, publisher, year, version],
  );
  const documents = useLiveQuery(async () => {
    if (!found) return undefined;
    const records = await db.documents.bulkGet(found.hits.map((hit) => hit.id));
    return found.hits.flatMap((hit, i) => {
      const record = records[i];
      const document = record ? asDocument(record) : null;
      return document ? [{ document, terms: hit.terms }] : [];
    });
  }, [db, found]);
  if (!found || !documents || !state) return undefined;
  return { ...found, documents, catalogueSize: state.index.facts.size };
}
