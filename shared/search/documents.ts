import MiniSearch, { type Options, type SearchOptions } from 'minisearch';
import { normaliseTerm, tokenize, typoTolerance } from './text';

/**
 * The document finder's search core (issue 14 point 6): pure, so the renderer, the hub, the
 * tests and the benchmark share one ranking. MiniSearch does the inverted index, BM25 ranking,
 * prefix and fuzzy matching (docs/decisions/080-document-search-library.md); this module adds the
 * Dutch processing, the facet counts and the filters.
 */
export interface CatalogueDocument {
  id: string;
  title: string;
  description: string;
  /** Woo art. 3.3 letter code, e.g. '2i'. */
  category: string;
  publisherName: string;
  /** ISO date (YYYY-MM-DD…); the year facet reads its first four characters. */
  date?: string;
  text?: string;
}

export interface FacetCount {
  value: string;
  count: number;
}

export interface DocumentFacets {
  category: FacetCount[];
  publisher: FacetCount[];
  year: FacetCount[];
}

export interface SearchFilters {
  category?: string;
  publisher?: string;
  year?: number;
}

export interface DocumentHit {
  id: string;
  score: number;
  /** Index terms this document matched, for highlighting (see highlight.ts). */
  terms: string[];
}

export interface DocumentSearchResult {
  hits: DocumentHit[];
  /** Every document that matches the query and the filters, also beyond `limit`. */
  total: number;
  facets: DocumentFacets;
}

interface Facts {
  category: string;
  publisher: string;
  year: number | undefined;
  date: string;
}

/** Built by {@link buildDocumentIndex}; opaque to callers. */
export interface DocumentIndex {
  readonly engine: MiniSearch<CatalogueDocument>;
  readonly facts: Map<string, Facts>;
}

export const INDEX_FORMAT_VERSION = 1;
export const DEFAULT_LIMIT = 50;

const FIELDS = ['title', 'description', 'text', 'publisherName'] as const;

export const ENGINE_OPTIONS: Options<CatalogueDocument> = {
  fields: [...FIELDS],
  storeFields: [],
  tokenize,
  processTerm: (term) => normaliseTerm(term) ?? null,
  extractField: (document, field) => {
    const value = (document as unknown as Record<string, unknown>)[field];
    return typeof value === 'string' ? value : '';
  },
};

/**
 * The query side: every word must match (the total is then the number of real matches), the
 * title weighs most, a longer word may carry a typo, and the last word may be a prefix while
 * the person is still typing.
 */
export function engineSearchOptions(): SearchOptions {
  return {
    combineWith: 'AND',
    boost: { title: 3, description: 1.2, text: 1, publisherName: 0.8 },
    fuzzy: (term) => typoTolerance(term),
    prefix: (term, index, terms) => index === terms.length - 1 && term.length >= 3,
    weights: { fuzzy: 0.4, prefix: 0.6 },
  };
}

function factsOf(document: CatalogueDocument): Facts {
  const date = document.date ?? '';
  const year = /^\d{4}/.test(date) ? Number(date.slice(0, 4)) : undefined;
  return { category: document.category, publisher: document.publisherName, year, date };
}

function newEngine(): MiniSearch<CatalogueDocument> {
  return new MiniSearch<CatalogueDocument>(ENGINE_OPTIONS);
}

export function buildDocumentIndex(docs: Iterable<CatalogueDocument>): DocumentIndex {
  const index: DocumentIndex = { engine: newEngine(), facts: new Map() };
  for (const document of docs) putDocument(index, document);
  return index;
}

/** Adds or replaces one document (the index follows sync changes without a rebuild). */
export function putDocument(index: DocumentIndex, document: CatalogueDocument): void {
  if (index.facts.has(document.id)) index.engine.discard(document.id);
  index.engine.add(document);
  index.facts.set(document.id, factsOf(document));
}

export function removeDocument(index: DocumentIndex, id: string): void {
  if (!index.facts.has(id)) return;
  index.engine.discard(id);
  index.facts.delete(id);
}

export function documentCount(index: DocumentIndex): number {
  return index.facts.size;
}

function passes(facts: Facts, filters: SearchFilters, skip?: keyof SearchFilters): boolean {
  if (skip !== 'category' && filters.category !== undefined && facts.category !== filters.category) return false;
  if (skip !== 'publisher' && filters.publisher !== undefined && facts.publisher !== filters.publisher) return false;
  if (skip !== 'year' && filters.year !== undefined && facts.year !== filters.year) return false;
  return true;
}

function sortedCounts(counts: Map<string, number>): FacetCount[] {
  return [...counts]
    .map(([value, count]) => ({ value, count }))
    .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
}

function bump(counts: Map<string, number>, key: string): void {
  counts.set(key, (counts.get(key) ?? 0) + 1);
}

/**
 * Finds the documents matching every word of `query`, best first. An empty query lists the whole
 * catalogue, newest first. Facet counts are disjunctive: each facet is counted over the matches
 * under the *other* filters, so choosing a category still shows how many the other categories hold.
 */
export function searchDocuments(
  index: DocumentIndex,
  query: string,
  options: { limit?: number } & SearchFilters = {},
): DocumentSearchResult {
  const limit = Math.max(0, Math.floor(options.limit ?? DEFAULT_LIMIT));
  const filters: SearchFilters = {
    ...(options.category ? { category: options.category } : {}),
    ...(options.publisher ? { publisher: options.publisher } : {}),
    ...(options.year !== undefined && Number.isFinite(options.year) ? { year: options.year } : {}),
  };
  const words = tokenize(query).map(normaliseTerm).filter((term): term is string => term !== null);
  let matches: Array<{ id: string; score: number; terms: string[]; facts: Facts }>;
  if (words.length === 0) {
    matches = [...index.facts].map(([id, facts]) => ({ id, score: 0, terms: [], facts }));
    matches.sort((a, b) => (a.facts.date < b.facts.date ? 1 : a.facts.date > b.facts.date ? -1 : 0));
  } else {
    matches = [];
    for (const result of index.engine.search(query, engineSearchOptions())) {
      const id = String(result.id);
      const facts = index.facts.get(id);
      if (facts) matches.push({ id, score: result.score, terms: result.terms, facts });
    }
  }
  const category = new Map<string, number>();
  const publisher = new Map<string, number>();
  const year = new Map<string, number>();
  const hits: DocumentHit[] = [];
  let total = 0;
  for (const match of matches) {
    const { facts } = match;
    if (passes(facts, filters, 'category') && facts.category) bump(category, facts.category);
    if (passes(facts, filters, 'publisher') && facts.publisher) bump(publisher, facts.publisher);
    if (passes(facts, filters, 'year') && facts.year !== undefined) bump(year, String(facts.year));
    if (!passes(facts, filters)) continue;
    total += 1;
    if (hits.length < limit) hits.push({ id: match.id, score: match.score, terms: match.terms });
  }
  const years = sortedCounts(year).sort((a, b) => b.value.localeCompare(a.value));
  return { hits, total, facets: { category: sortedCounts(category), publisher: sortedCounts(publisher), year: years } };
}

/** The index as JSON for IndexedDB, so a desk does not rebuild 100,000 documents at every start. */
export function serializeDocumentIndex(index: DocumentIndex): string {
  return JSON.stringify({
    version: INDEX_FORMAT_VERSION,
    engine: index.engine.toJSON(),
    facts: [...index.facts].map(([id, facts]) => [id, facts.category, facts.publisher, facts.date]),
  });
}

export class IndexFormatError extends Error {}

/** Reads {@link serializeDocumentIndex}'s output; throws IndexFormatError for anything else (rebuild then). */
export function loadDocumentIndex(json: string): DocumentIndex {
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch (error) {
    throw new IndexFormatError('the stored search index is not JSON', { cause: error });
  }
  if (
    typeof parsed !== 'object' || parsed === null ||
    (parsed as { version?: unknown }).version !== INDEX_FORMAT_VERSION ||
    !Array.isArray((parsed as { facts?: unknown }).facts)
  ) {
    throw new IndexFormatError(`the stored search index is not format version ${INDEX_FORMAT_VERSION}`);
  }
  const { engine, facts } = parsed as { engine: unknown; facts: unknown[] };
  const index: DocumentIndex = {
    engine: MiniSearch.loadJS<CatalogueDocument>(engine as Parameters<typeof MiniSearch.loadJS>[0], ENGINE_OPTIONS),
    facts: new Map(),
  };
  for (const row of facts) {
    if (!Array.isArray(row) || row.length !== 4 || !row.every((cell) => typeof cell === 'string')) {
      throw new IndexFormatError('the stored search index has a malformed document entry');
    }
    const [id, category, publisher, date] = row as [string, string, string, string];
    index.facts.set(id, factsOf({ id, title: '', description: '', category, publisherName: publisher, date }));
  }
  return index;
}
