import MiniSearch, { type Options, type SearchOptions } from 'minisearch';
import { indexTerms, normaliseTerm, tokenize, typoTolerance } from './text';

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

/** A facet's distinct values, each under a small number, so counting is array arithmetic. */
class Dictionary {
  readonly values: string[] = [];
  private readonly codes = new Map<string, number>();
  code(value: string): number {
    let code = this.codes.get(value);
    if (code === undefined) {
      code = this.values.length;
      this.values.push(value);
      this.codes.set(value, code);
    }
    return code;
  }
  find(value: string): number | undefined {
    return this.codes.get(value);
  }
}

/**
 * Per document, in parallel arrays indexed by a slot number: the facet codes and the date.
 * Searching 100,000 documents touches these for every match, so they are flat arrays, not objects.
 */
class Facts {
  readonly slots = new Map<string, number>();
  readonly ids: string[] = [];
  readonly category: number[] = [];
  readonly publisher: number[] = [];
  /** The year, 0 when the document has no date. */
  readonly year: number[] = [];
  readonly date: string[] = [];
  readonly categories = new Dictionary();
  readonly publishers = new Dictionary();
  private free: number[] = [];
  get size(): number {
    return this.slots.size;
  }
  set(id: string, category: string, publisher: string, date: string): void {
    let slot = this.slots.get(id);
    if (slot === undefined) {
      slot = this.free.pop() ?? this.ids.length;
      this.slots.set(id, slot);
    }
    this.ids[slot] = id;
    this.category[slot] = category ? this.categories.code(category) : -1;
    this.publisher[slot] = publisher ? this.publishers.code(publisher) : -1;
    this.year[slot] = /^\d{4}/.test(date) ? Number(date.slice(0, 4)) : 0;
    this.date[slot] = date;
  }
  delete(id: string): void {
    const slot = this.slots.get(id);
    if (slot === undefined) return;
    this.slots.delete(id);
    this.free.push(slot);
  }
}

/** Built by {@link buildDocumentIndex}; opaque to callers. */
export interface DocumentIndex {
  readonly engine: MiniSearch<CatalogueDocument>;
  readonly facts: Facts;
  /** Slots newest first, for the empty query; rebuilt lazily after a change. */
  newest?: number[];
}

export const INDEX_FORMAT_VERSION = 1;
export const DEFAULT_LIMIT = 50;

const FIELDS = ['title', 'description', 'text', 'publisherName'] as const;

export const ENGINE_OPTIONS: Options<CatalogueDocument> = {
  fields: [...FIELDS],
  storeFields: [],
  tokenize,
  processTerm: (term) => {
    const terms = indexTerms(term);
    return terms.length > 0 ? terms : null;
  },
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
    // A typed compound is searched as typed; only the index splits compounds (text.ts).
    processTerm: (term) => normaliseTerm(term) ?? null,
    combineWith: 'AND',
    boost: { title: 3, description: 1.2, text: 1, publisherName: 0.8 },
    fuzzy: (term) => typoTolerance(term),
    prefix: (term, index, terms) => index === terms.length - 1 && term.length >= 3,
    weights: { fuzzy: 0.4, prefix: 0.6 },
  };
}
const SEARCH_OPTIONS = engineSearchOptions();

function newEngine(): MiniSearch<CatalogueDocument> {
  return new MiniSearch<CatalogueDocument>(ENGINE_OPTIONS);
}

export function buildDocumentIndex(docs: Iterable<CatalogueDocument>): DocumentIndex {
  const index: DocumentIndex = { engine: newEngine(), facts: new Facts() };
  for (const document of docs) putDocument(index, document);
  return index;
}

/** Adds or replaces one document (the index follows sync changes without a rebuild). */
export function putDocument(index: DocumentIndex, document: CatalogueDocument): void {
  if (index.facts.slots.has(document.id)) index.engine.discard(document.id);
  index.engine.add(document);
  index.facts.set(document.id, document.category, document.publisherName, document.date ?? '');
  index.newest = undefined;
}

export function removeDocument(index: DocumentIndex, id: string): void {
  if (!index.facts.slots.has(id)) return;
  index.engine.discard(id);
  index.facts.delete(id);
  index.newest = undefined;
}

export function documentCount(index: DocumentIndex): number {
  return index.facts.size;
}

function newestFirst(index: DocumentIndex): number[] {
  if (!index.newest) {
    const { date } = index.facts;
    index.newest = [...index.facts.slots.values()].sort((a, b) => (date[a]! < date[b]! ? 1 : date[a]! > date[b]! ? -1 : 0));
  }
  return index.newest;
}

function counts(values: readonly string[], tally: Int32Array): FacetCount[] {
  const result: FacetCount[] = [];
  for (let code = 0; code < tally.length; code++) if (tally[code]! > 0) result.push({ value: values[code]!, count: tally[code]! });
  return result.sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
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
  const { facts } = index;
  // A filter value no document has matches nothing: code -2 never occurs.
  const wantCategory = options.category ? (facts.categories.find(options.category) ?? -2) : -1;
  const wantPublisher = options.publisher ? (facts.publishers.find(options.publisher) ?? -2) : -1;
  const wantYear = options.year !== undefined && Number.isFinite(options.year) ? options.year : -1;
  const categoryTally = new Int32Array(facts.categories.values.length);
  const publisherTally = new Int32Array(facts.publishers.values.length);
  // Years as offsets from 1900 in a flat array: counting is the hot loop for 100,000 matches.
  const yearTally = new Int32Array(300);
  const hits: DocumentHit[] = [];
  let total = 0;
  const { category: categoryOf, publisher: publisherOf, year: yearOf, slots } = facts;
  const hasWords = tokenize(query).some((word) => normaliseTerm(word) !== null);
  const results = hasWords ? index.engine.search(query, SEARCH_OPTIONS) : undefined;
  const order = results ?? newestFirst(index);
  for (let i = 0; i < order.length; i++) {
    const result = results?.[i];
    const slot = result ? slots.get(result.id as string) : (order[i] as number);
    if (slot === undefined) continue;
    const category = categoryOf[slot]!;
    const publisher = publisherOf[slot]!;
    const year = yearOf[slot]!;
    const okCategory = wantCategory === -1 || category === wantCategory;
    const okPublisher = wantPublisher === -1 || publisher === wantPublisher;
    const okYear = wantYear === -1 || year === wantYear;
    if (okPublisher && okYear && category >= 0) categoryTally[category]!++;
    if (okCategory && okYear && publisher >= 0) publisherTally[publisher]!++;
    if (okCategory && okPublisher && year >= 1900 && year < 2200) yearTally[year - 1900]!++;
    if (!(okCategory && okPublisher && okYear)) continue;
    total += 1;
    if (hits.length < limit) hits.push(result ? { id: result.id as string, score: result.score, terms: result.terms } : { id: facts.ids[slot]!, score: 0, terms: [] });
  }
  const years: FacetCount[] = [];
  for (let offset = yearTally.length - 1; offset >= 0; offset--) if (yearTally[offset]! > 0) years.push({ value: String(1900 + offset), count: yearTally[offset]! });
  return {
    hits,
    total,
    facets: { category: counts(facts.categories.values, categoryTally), publisher: counts(facts.publishers.values, publisherTally), year: years },
  };
}

/** The index as JSON for IndexedDB, so a desk does not rebuild 100,000 documents at every start. */
export function serializeDocumentIndex(index: DocumentIndex): string {
  return JSON.stringify({
    version: INDEX_FORMAT_VERSION,
    engine: index.engine.toJSON(),
    facts: [...index.facts.slots.values()].map((slot) => {
      const { facts } = index;
      return [facts.ids[slot], facts.categories.values[facts.category[slot]!] ?? '', facts.publishers.values[facts.publisher[slot]!] ?? '', facts.date[slot]];
    }),
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
    facts: new Facts(),
  };
  for (const row of facts) {
    if (!Array.isArray(row) || row.length !== 4 || !row.every((cell) => typeof cell === 'string')) {
      throw new IndexFormatError('the stored search index has a malformed document entry');
    }
    const [id, category, publisher, date] = row as [string, string, string, string];
    index.facts.set(id, category, publisher, date);
  }
  return index;
}
