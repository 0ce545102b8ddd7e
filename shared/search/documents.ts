import MiniSearch, { type Options, type SearchOptions } from 'minisearch';
import { clearDocument, createDocTable, evaluateQuery, internals, matchedTerms, PackedTermData, setDocument, type DocTable } from './engine';
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
  private count = 0;
  get size(): number {
    return this.count;
  }
  set(id: string, category: string, publisher: string, date: string): void {
    let slot = this.slots.get(id);
    if (slot === undefined) {
      slot = this.free.pop() ?? this.ids.length;
      this.slots.set(id, slot);
      this.count += 1;
    }
    this.ids[slot] = id;
    this.category[slot] = category ? this.categories.code(category) : -1;
    this.publisher[slot] = publisher ? this.publishers.code(publisher) : -1;
    this.year[slot] = yearOf(date);
    this.date[slot] = date;
  }
  delete(id: string): void {
    const slot = this.slots.get(id);
    if (slot === undefined) return;
    this.slots.delete(id);
    this.free.push(slot);
    this.count -= 1;
  }
  /**
   * Fills an empty Facts from stored arrays, slot i = document i, without the id → slot Map
   * (built later by {@link indexSlots}: the first query does not need it).
   */
  load(ids: string[], categories: string[], publishers: string[], category: Int32Array, publisher: Int32Array, dates: string[]): void {
    for (const value of categories) this.categories.code(value);
    for (const value of publishers) this.publishers.code(value);
    for (let i = 0; i < ids.length; i++) {
      this.ids.push(ids[i]!);
      this.category.push(category[i]! < categories.length ? category[i]! : -1);
      this.publisher.push(publisher[i]! < publishers.length ? publisher[i]! : -1);
      this.year.push(yearOf(dates[i]!));
      this.date.push(dates[i]!);
    }
    this.count = ids.length;
  }
  indexSlots(): void {
    for (let slot = 0; slot < this.ids.length; slot++) this.slots.set(this.ids[slot]!, slot);
  }
}

/** The year of an ISO date, 0 without one (the year facet's hot path: no regex). */
function yearOf(date: string): number {
  if (date.length < 4) return 0;
  let year = 0;
  for (let i = 0; i < 4; i++) {
    const digit = date.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return 0;
    year = year * 10 + digit;
  }
  return year;
}

/** Built by {@link buildDocumentIndex} or {@link loadDocumentIndex}; opaque to callers. */
export interface DocumentIndex {
  /** MiniSearch itself. Reading it completes a loaded index's deferred tables (see `complete`). */
  readonly engine: MiniSearch<CatalogueDocument>;
  /** The engine without completing: the query path needs only the term tree and `table`. */
  readonly core: MiniSearch<CatalogueDocument>;
  /**
   * Builds what a loaded index left for later because no query needs it: MiniSearch's id and
   * field-length Maps and the id → slot Map, which changes (put, remove) and storing do need.
   */
  complete(): void;
  readonly facts: Facts;
  /** What the query evaluation reads per document, kept in step by putDocument/removeDocument. */
  readonly table: DocTable;
  /** Slots newest first, for the empty query; rebuilt lazily after a change. */
  newest?: ArrayLike<number>;
}

function makeIndex(engine: MiniSearch<CatalogueDocument>, facts: Facts, table: DocTable, deferred?: () => void): DocumentIndex {
  let pending = deferred;
  const complete = () => {
    if (!pending) return;
    const run = pending;
    pending = undefined;
    run();
  };
  return {
    get engine() {
      complete();
      return engine;
    },
    core: engine,
    complete,
    facts,
    table,
  };
}

/** 2: typed arrays for IndexedDB's structured clone instead of MiniSearch's JSON (loads without parsing). */
export const INDEX_FORMAT_VERSION = 2;
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
 * title weighs most, a word the catalogue does not contain may carry a typo when it is long
 * enough, and the last word may be a prefix from three letters while the person is still typing.
 *
 * Typo tolerance only for unknown words: a word that is in the index is what the person meant
 * ("monumenten" must not also find every "document", two edits away), and expanding a known
 * word to its neighbours was the most expensive part of a query.
 */
export function engineSearchOptions(index: DocumentIndex): SearchOptions {
  const tree = internals(index.core)._index;
  return {
    // A typed compound is searched as typed; only the index splits compounds (text.ts).
    processTerm: (term) => normaliseTerm(term) ?? null,
    combineWith: 'AND',
    boost: { title: 3, description: 1.2, text: 1, publisherName: 0.8 },
    fuzzy: (term) => (tree.has(term) ? 0 : typoTolerance(term)),
    prefix: (term, index, terms) => index === terms.length - 1 && term.length >= 3,
    weights: { fuzzy: 0.4, prefix: 0.6 },
  };
}

function newEngine(): MiniSearch<CatalogueDocument> {
  return new MiniSearch<CatalogueDocument>(ENGINE_OPTIONS);
}

export function buildDocumentIndex(docs: Iterable<CatalogueDocument>): DocumentIndex {
  const index = makeIndex(newEngine(), new Facts(), createDocTable(FIELDS.length));
  for (const document of docs) putDocument(index, document);
  return index;
}

/** Adds or replaces one document (the index follows sync changes without a rebuild). */
export function putDocument(index: DocumentIndex, document: CatalogueDocument): void {
  index.complete();
  const engine = internals(index.core);
  if (index.facts.slots.has(document.id)) {
    clearDocument(index.table, engine._idToShortId.get(document.id)!);
    index.engine.discard(document.id);
  }
  index.engine.add(document);
  index.facts.set(document.id, document.category, document.publisherName, document.date ?? '');
  const shortId = engine._idToShortId.get(document.id)!;
  setDocument(index.table, shortId, engine._fieldLength.get(shortId) ?? [], index.facts.slots.get(document.id)!);
  index.newest = undefined;
}

export function removeDocument(index: DocumentIndex, id: string): void {
  index.complete();
  if (!index.facts.slots.has(id)) return;
  clearDocument(index.table, internals(index.core)._idToShortId.get(id)!);
  index.engine.discard(id);
  index.facts.delete(id);
  index.newest = undefined;
}

export function documentCount(index: DocumentIndex): number {
  return index.facts.size;
}

function newestFirst(index: DocumentIndex): ArrayLike<number> {
  if (!index.newest) {
    index.complete();
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
 *
 * Every match is scored (the total and the facets need them all), but only the best `limit` are
 * kept and sorted, in a small buffer, instead of sorting tens of thousands of matches.
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
  let total = 0;
  const { category: categoryOf, publisher: publisherOf, year: yearOf } = facts;
  const engine = internals(index.core);
  const hasWords = tokenize(query).some((word) => normaliseTerm(word) !== null);
  const evaluation = hasWords ? evaluateQuery(engine, index.table, query, engineSearchOptions(index)) : undefined;
  const order = evaluation ? evaluation.docs : newestFirst(index);
  const count = evaluation ? evaluation.count : order.length;
  // The best `limit` so far, best first; a later match with an equal score stays behind (stable).
  const bestKey = new Int32Array(limit);
  const bestScore = new Float64Array(limit);
  let kept = 0;
  for (let i = 0; i < count; i++) {
    const key = order[i]!;
    const slot = evaluation ? index.table.slotOf[key]! : key;
    if (slot < 0) continue;
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
    if (limit === 0) continue;
    if (!evaluation) {
      if (kept < limit) bestKey[kept++] = key;
      continue;
    }
    const score = evaluation.scores[key]!;
    if (kept === limit && score <= bestScore[limit - 1]!) continue;
    let at = kept === limit ? limit - 1 : kept;
    while (at > 0 && bestScore[at - 1]! < score) {
      bestScore[at] = bestScore[at - 1]!;
      bestKey[at] = bestKey[at - 1]!;
      at -= 1;
    }
    bestScore[at] = score;
    bestKey[at] = key;
    if (kept < limit) kept += 1;
  }
  const hits: DocumentHit[] = [];
  for (let i = 0; i < kept; i++) {
    const key = bestKey[i]!;
    hits.push(
      evaluation
        ? { id: facts.ids[index.table.slotOf[key]!]!, score: bestScore[i]!, terms: matchedTerms(evaluation, key) }
        : { id: facts.ids[key]!, score: 0, terms: [] },
    );
  }
  const years: FacetCount[] = [];
  for (let offset = yearTally.length - 1; offset >= 0; offset--) if (yearTally[offset]! > 0) years.push({ value: String(1900 + offset), count: yearTally[offset]! });
  return {
    hits,
    total,
    facets: { category: counts(facts.categories.values, categoryTally), publisher: counts(facts.publishers.values, publisherTally), year: years },
  };
}

/**
 * The index as IndexedDB stores it (structured clone): MiniSearch's postings as flat typed
 * arrays and the documents' facts as parallel arrays. Loading it copies no posting: each term
 * reads its slice of the arrays until it is first changed (engine.ts PackedTermData), so a desk
 * with 100,000 documents is searchable well within a second of start.
 */
export interface StoredDocumentIndex {
  version: typeof INDEX_FORMAT_VERSION;
  fields: string[];
  documentCount: number;
  nextId: number;
  averageFieldLength: number[];
  /** Per indexed document i: MiniSearch's short id, the document id, its field lengths (fields.length each) and facts. */
  shortIds: Uint32Array;
  ids: string[];
  fieldLengths: Uint32Array;
  /** Per term t: postings of field f at docs/freqs[starts[t·F+f] .. starts[t·F+f+1]), short ids ascending. */
  terms: string[];
  starts: Uint32Array;
  docs: Uint32Array;
  /** Term frequencies, capped at 65,535 (BM25 has long saturated there). */
  freqs: Uint16Array;
  facts: { categories: string[]; publishers: string[]; category: Int32Array; publisher: Int32Array; dates: string[] };
  /** Document numbers (i above) newest first, for the empty query. */
  newest: Int32Array;
}

/** A Uint32Array that grows, for writing postings of unknown count. */
class Growing {
  values = new Uint32Array(1024);
  length = 0;
  push(value: number): void {
    if (this.length === this.values.length) {
      const grown = new Uint32Array(this.values.length * 2);
      grown.set(this.values);
      this.values = grown;
    }
    this.values[this.length++] = value;
  }
  done(): Uint32Array {
    return this.values.slice(0, this.length);
  }
}

/** The index for IndexedDB, so a desk does not rebuild 100,000 documents at every start. */
export function serializeDocumentIndex(index: DocumentIndex): StoredDocumentIndex {
  index.complete();
  const engine = internals(index.core);
  const { facts, table } = index;
  const fields = [...FIELDS];
  const fieldCount = fields.length;
  const live = engine._documentIds;
  const shortIds = new Uint32Array(live.size);
  const ids: string[] = [];
  const fieldLengths = new Uint32Array(live.size * fieldCount);
  const category = new Int32Array(live.size);
  const publisher = new Int32Array(live.size);
  const dates: string[] = [];
  const numberOfSlot = new Int32Array(facts.ids.length).fill(-1);
  let n = 0;
  for (const [shortId, id] of live) {
    const slot = table.slotOf[shortId]!;
    shortIds[n] = shortId;
    ids.push(id);
    const lengths = engine._fieldLength.get(shortId) ?? [];
    for (let f = 0; f < fieldCount; f++) fieldLengths[n * fieldCount + f] = lengths[engine._fieldIds[fields[f]!]!] ?? 0;
    category[n] = facts.category[slot]!;
    publisher[n] = facts.publisher[slot]!;
    dates.push(facts.date[slot]!);
    numberOfSlot[slot] = n;
    n += 1;
  }
  const terms: string[] = [];
  const starts = new Growing();
  const docs = new Growing();
  const freqs = new Growing();
  for (const [term, data] of engine._index) {
    const from = docs.length;
    const termStarts: number[] = [];
    for (let f = 0; f < fieldCount; f++) {
      const fieldId = engine._fieldIds[fields[f]!]!;
      termStarts.push(docs.length);
      // Postings of documents discarded since are left out (what a vacuum would do).
      if (data instanceof PackedTermData && data.packed) {
        const { docs: packedDocs, freqs: packedFreqs } = data.packed;
        const [start, end] = data.range(fieldId);
        for (let i = start; i < end; i++) {
          if (!live.has(packedDocs[i]!)) continue;
          docs.push(packedDocs[i]!);
          freqs.push(packedFreqs[i]!);
        }
      } else {
        // Short ids ascending, as the loaded form's binary search for highlighting expects. A
        // Map keeps insertion order and MiniSearch hands out ascending short ids, so they already
        // are; sort only if that ever stops being true.
        const postings = data.get(fieldId);
        if (!postings) continue;
        const at = docs.length;
        let previous = -1;
        let ascending = true;
        postings.forEach((freq, docId) => {
          if (!live.has(docId)) return;
          if (docId < previous) ascending = false;
          previous = docId;
          docs.push(docId);
          freqs.push(Math.min(freq, 65535));
        });
        if (!ascending) {
          const pairs = Array.from({ length: docs.length - at }, (_, i) => [docs.values[at + i]!, freqs.values[at + i]!] as const).sort((a, b) => a[0] - b[0]);
          pairs.forEach(([docId, freq], i) => {
            docs.values[at + i] = docId;
            freqs.values[at + i] = freq;
          });
        }
      }
    }
    if (docs.length === from) continue;
    terms.push(term);
    for (const start of termStarts) starts.push(start);
  }
  starts.push(docs.length);
  const newest = newestFirst(index);
  const newestNumbers = new Int32Array(newest.length);
  for (let i = 0; i < newest.length; i++) newestNumbers[i] = numberOfSlot[newest[i]!]!;
  return {
    version: INDEX_FORMAT_VERSION,
    fields,
    documentCount: live.size,
    nextId: engine._nextId,
    averageFieldLength: fields.map((field) => engine._avgFieldLength[engine._fieldIds[field]!] ?? 0),
    shortIds,
    ids,
    fieldLengths,
    terms,
    starts: starts.done(),
    docs: docs.done(),
    freqs: Uint16Array.from(freqs.done()),
    facts: { categories: [...facts.categories.values], publishers: [...facts.publishers.values], category, publisher, dates },
    newest: newestNumbers,
  };
}

export class IndexFormatError extends Error {}

const isStrings = (value: unknown, length?: number): value is string[] =>
  Array.isArray(value) && (length === undefined || value.length === length) && value.every((item) => typeof item === 'string');

/**
 * Reads {@link serializeDocumentIndex}'s output (as IndexedDB gives it back); throws
 * IndexFormatError for anything else, such as an index stored by an older version (rebuild then).
 * Only what a query reads is built now; MiniSearch's own Maps follow on the first change.
 */
export function loadDocumentIndex(stored: unknown): DocumentIndex {
  const fail = (what: string) => new IndexFormatError(`the stored search index ${what}`);
  if (typeof stored !== 'object' || stored === null) throw fail('is not an object');
  const s = stored as Partial<StoredDocumentIndex>;
  if (s.version !== INDEX_FORMAT_VERSION) throw fail(`is not format version ${INDEX_FORMAT_VERSION}`);
  if (!isStrings(s.fields) || s.fields.join() !== FIELDS.join()) throw fail('indexes other fields');
  const fieldCount = FIELDS.length;
  const { shortIds, ids, fieldLengths, terms, starts, docs, freqs, facts, newest } = s;
  if (
    !(shortIds instanceof Uint32Array) || !isStrings(ids, shortIds.length) ||
    !(fieldLengths instanceof Uint32Array) || fieldLengths.length !== shortIds.length * fieldCount ||
    !isStrings(terms) || !(starts instanceof Uint32Array) || starts.length !== terms.length * fieldCount + 1 ||
    !(docs instanceof Uint32Array) || !(freqs instanceof Uint16Array) || docs.length !== freqs.length ||
    starts[starts.length - 1] !== docs.length ||
    typeof s.nextId !== 'number' || shortIds.some((shortId) => shortId >= s.nextId!) ||
    !Array.isArray(s.averageFieldLength) || s.averageFieldLength.length !== fieldCount ||
    !(newest instanceof Int32Array) || newest.length !== shortIds.length || newest.some((i) => i < 0 || i >= shortIds.length)
  ) {
    throw fail('has malformed index arrays');
  }
  const count = shortIds.length;
  if (
    typeof facts !== 'object' || facts === null || !isStrings(facts.categories) || !isStrings(facts.publishers) ||
    !(facts.category instanceof Int32Array) || !(facts.publisher instanceof Int32Array) || !isStrings(facts.dates, count) ||
    facts.category.length !== count || facts.publisher.length !== count
  ) {
    throw fail('has malformed document facts');
  }
  const engine = newEngine();
  const state = internals(engine);
  // Stored field order equals MiniSearch's field ids (same FIELDS, ids by position).
  if (FIELDS.some((field, f) => state._fieldIds[field] !== f)) throw fail('has another field order');
  state._documentCount = count;
  state._nextId = s.nextId;
  state._dirtCount = 0;
  FIELDS.forEach((field, f) => (state._avgFieldLength[f] = s.averageFieldLength![f]!));
  for (let t = 0; t < terms.length; t++) state._index.set(terms[t]!, new PackedTermData(docs, freqs, starts, t * fieldCount, fieldCount));
  const documentFacts = new Facts();
  documentFacts.load(ids, facts.categories, facts.publishers, facts.category, facts.publisher, facts.dates);
  const table = createDocTable(fieldCount, Math.max(1024, s.nextId));
  for (let i = 0; i < count; i++) setDocument(table, shortIds[i]!, fieldLengths.subarray(i * fieldCount, (i + 1) * fieldCount), i);
  const index = makeIndex(engine, documentFacts, table, () => {
    for (let i = 0; i < count; i++) {
      state._documentIds.set(shortIds[i]!, ids[i]!);
      state._idToShortId.set(ids[i]!, shortIds[i]!);
      state._fieldLength.set(shortIds[i]!, Array.from(fieldLengths.subarray(i * fieldCount, (i + 1) * fieldCount)));
    }
    documentFacts.indexSlots();
  });
  index.newest = newest;
  return index;
}
