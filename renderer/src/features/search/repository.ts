import { useLiveQuery } from 'dexie-react-hooks';
import { foldText, searchWords } from '../../../../shared/text/searchWords';
import type { LoketDatabase, StoredRecord } from '../../db/database';

/** A published document as the hub's catalogue delivers it (Woogle-like fields). */
export interface PublishedDocument {
  id: string;
  title: string;
  description: string;
  /** Woo art. 3.3 category letter code, e.g. '2i'. */
  category: string;
  publisherName: string;
  publishedOn: string;
  documentType?: string;
  source: string;
}

function asDocument(record: StoredRecord): PublishedDocument | null {
  const { id, title, description, category, publisherName, publishedOn, documentType, source } = record;
  if (typeof title !== 'string' || typeof source !== 'string') return null;
  return {
    id,
    title,
    description: typeof description === 'string' ? description : '',
    category: typeof category === 'string' ? category : '',
    publisherName: typeof publisherName === 'string' ? publisherName : '',
    publishedOn: typeof publishedOn === 'string' ? publishedOn : '',
    ...(typeof documentType === 'string' ? { documentType } : {}),
    source,
  };
}

export const MAX_RESULTS = 50;

export interface DocumentSearch {
  /** The best matches, at most {@link MAX_RESULTS}. */
  results: PublishedDocument[];
  /** How many documents match (for an empty query: every document), also beyond the ones listed. */
  total: number;
  /** How many documents the catalogue on this workstation holds, to tell "no match" from "nothing synced yet". */
  catalogueSize: number;
}

/**
 * Finds published documents whose title, description, text or publisher contain every typed
 * word (as a word prefix, accents and case ignored). Title matches rank first, then newest.
 * The catalogue is read-mostly and small enough (thousands) to filter in memory.
 */
export async function searchDocuments(db: LoketDatabase, query: string): Promise<DocumentSearch> {
  const words = searchWords(query);
  const records = await db.documents.filter((record) => !record.deleted).toArray();
  let catalogueSize = 0;
  const scored: Array<{ document: PublishedDocument; score: number }> = [];
  for (const record of records) {
    const document = asDocument(record);
    if (!document) continue;
    catalogueSize += 1;
    if (words.length === 0) {
      scored.push({ document, score: 0 });
      continue;
    }
    const titleWords = searchWords(document.title);
    const bodyWords = searchWords(document.description, typeof record.text === 'string' ? record.text : '', document.publisherName, document.documentType);
    let score = 0;
    let all = true;
    for (const word of words) {
      if (titleWords.some((candidate) => candidate.startsWith(word))) score += 2;
      else if (bodyWords.some((candidate) => candidate.startsWith(word))) score += 1;
      else {
        all = false;
        break;
      }
    }
    if (all) scored.push({ document, score });
  }
  scored.sort((a, b) => b.score - a.score || b.document.publishedOn.localeCompare(a.document.publishedOn));
  return { results: scored.slice(0, MAX_RESULTS).map((entry) => entry.document), total: scored.length, catalogueSize };
}

export function useDocumentSearch(db: LoketDatabase, query: string) {
  return useLiveQuery(() => searchDocuments(db, query), [db, foldText(query.trim())]);
}
