import type MiniSearch from 'minisearch';
import type { SearchOptions } from 'minisearch';

/**
 * The finder's query evaluation and persisted form over MiniSearch's own index
 * (docs/decisions/080-document-search-library.md, "Speed").
 *
 * MiniSearch builds and maintains the index (radix tree of terms, postings per field, field
 * lengths, incremental add/discard/vacuum). Its `search` answers a broad query by building an
 * object with per-term match details for every matching document and sorting all of them; over
 * 100,000 documents a query matching 10,000 spends most of its time there, while the finder needs
 * only the best 50 plus counts. `evaluateQuery` computes the same BM25+ scores, term expansion
 * (prefix, fuzzy, their weights), field boosts and AND combination as MiniSearch 7's
 * `executeQuery`, with flat arrays instead of per-document objects; documents.test.ts checks that
 * its scores equal `engine.search`'s for the same options.
 *
 * MiniSearch keeps these structures private, so this module reads them through the shape below
 * (MiniSearch 7.x; the dependency is pinned to the 7 line and the equality test fails if it moves).
 */
export type TermData = Map<number, Map<number, number>>;

interface RadixTree {
  get(term: string): TermData | undefined;
  has(term: string): boolean;
  set(term: string, value: TermData): unknown;
  atPrefix(prefix: string): Iterable<[string, TermData]>;
  fuzzyGet(term: string, maxDistance: number): Map<string, [TermData, number]>;
  [Symbol.iterator](): Iterator<[string, TermData]>;
}

export interface EngineInternals {
  _index: RadixTree;
  _fieldIds: Record<string, number>;
  _avgFieldLength: number[];
  _documentCount: number;
  _nextId: number;
  _dirtCount: number;
  _documentIds: Map<number, string>;
  _idToShortId: Map<string, number>;
  _fieldLength: Map<number, number[]>;
  _options: { fields: string[]; tokenize: (text: string) => string[] };
  removeTerm(fieldId: number, docId: number, term: string): void;
}

export function internals(engine: MiniSearch<never> | MiniSearch<unknown>): EngineInternals {
  return engine as unknown as EngineInternals;
}

/**
 * One term's postings straight from the persisted typed arrays. It is a Map (what MiniSearch
 * expects in its tree) that turns into ordinary Maps the first time MiniSearch itself touches it
 * (an update, a vacuum, its own search); until then the query evaluation reads the arrays, so a
 * loaded index costs no per-posting work before its first query.
 */
export class PackedTermData extends Map<number, Map<number, number>> {
  packed: { docs: Uint32Array; freqs: Uint16Array | Uint32Array; starts: Uint32Array; base: number; fields: number } | null;
  constructor(docs: Uint32Array, freqs: Uint16Array | Uint32Array, starts: Uint32Array, base: number, fields: number) {
    super();
    this.packed = { docs, freqs, starts, base, fields };
  }
  /** Start and end of field `fieldId`'s postings in `docs`/`freqs`. */
  range(fieldId: number): [number, number] {
    const { starts, base } = this.packed!;
    return [starts[base + fieldId]!, starts[base + fieldId + 1]!];
  }
  private unpack(): void {
    const packed = this.packed;
    if (!packed) return;
    this.packed = null;
    for (let field = 0; field < packed.fields; field++) {
      const from = packed.starts[packed.base + field]!;
      const to = packed.starts[packed.base + field + 1]!;
      if (from === to) continue;
      const postings = new Map<number, number>();
      for (let i = from; i < to; i++) postings.set(packed.docs[i]!, packed.freqs[i]!);
      super.set(field, postings);
    }
  }
  override get size(): number {
    this.unpack();
    return super.size;
  }
  override get(key: number): Map<number, number> | undefined {
    this.unpack();
    return super.get(key);
  }
  override has(key: number): boolean {
    this.unpack();
    return super.has(key);
  }
  override set(key: number, value: Map<number, number>): this {
    this.unpack();
    return super.set(key, value);
  }
  override delete(key: number): boolean {
    this.unpack();
    return super.delete(key);
  }
  override clear(): void {
    this.packed = null;
    super.clear();
  }
  override forEach(fn: (value: Map<number, number>, key: number, map: Map<number, Map<number, number>>) => void, thisArg?: unknown): void {
    this.unpack();
    super.forEach(fn, thisArg);
  }
  override keys(): MapIterator<number> {
    this.unpack();
    return super.keys();
  }
  override values(): MapIterator<Map<number, number>> {
    this.unpack();
    return super.values();
  }
  override entries(): MapIterator<[number, Map<number, number>]> {
    this.unpack();
    return super.entries();
  }
  override [Symbol.iterator](): MapIterator<[number, Map<number, number>]> {
    this.unpack();
    return super[Symbol.iterator]();
  }
}

/** MiniSearch 7's defaults, which `evaluateQuery` must share with `engine.search`. */
const BM25 = { k: 1.2, b: 0.7, d: 0.5 };
const DEFAULT_WEIGHTS = { fuzzy: 0.45, prefix: 0.375 };
const DEFAULT_MAX_FUZZY = 6;

/**
 * Per document (by MiniSearch short id), what scoring reads for every posting, as flat arrays
 * instead of MiniSearch's Maps (a Map lookup per posting was most of a broad query's time), plus
 * reusable scratch arrays so a query allocates nothing in proportion to the catalogue.
 */
export interface DocTable {
  fields: number;
  capacity: number;
  /** 1 while the short id is in the index (MiniSearch's `_documentIds`). */
  alive: Uint8Array;
  /** Field lengths at shortId·fields + fieldId. */
  fieldLength: Float64Array;
  /** The caller's slot for the document (documents.ts Facts), -1 when none. */
  slotOf: Int32Array;
  scores: Float64Array;
  termScores: Float64Array;
  seen: Int32Array;
  matched: Int32Array;
  generation: number;
}

export function createDocTable(fields: number, capacity = 1024): DocTable {
  return {
    fields,
    capacity,
    alive: new Uint8Array(capacity),
    fieldLength: new Float64Array(capacity * fields),
    slotOf: new Int32Array(capacity).fill(-1),
    scores: new Float64Array(capacity),
    termScores: new Float64Array(capacity),
    seen: new Int32Array(capacity),
    matched: new Int32Array(capacity),
    generation: 1,
  };
}

function grow(table: DocTable, shortId: number): void {
  if (shortId < table.capacity) return;
  let capacity = table.capacity;
  while (capacity <= shortId) capacity *= 2;
  const bigger = <T extends Uint8Array | Int32Array | Float64Array>(old: T, make: (n: number) => T, per = 1): T => {
    const next = make(capacity * per);
    next.set(old);
    return next;
  };
  table.alive = bigger(table.alive, (n) => new Uint8Array(n));
  table.fieldLength = bigger(table.fieldLength, (n) => new Float64Array(n), table.fields);
  const slotOf = new Int32Array(capacity).fill(-1);
  slotOf.set(table.slotOf);
  table.slotOf = slotOf;
  table.scores = new Float64Array(capacity);
  table.termScores = new Float64Array(capacity);
  table.seen = new Int32Array(capacity);
  table.matched = new Int32Array(capacity);
  table.generation = 1;
  table.capacity = capacity;
}

/** Records a document MiniSearch has just indexed under `shortId`. */
export function setDocument(table: DocTable, shortId: number, lengths: ArrayLike<number>, slot: number): void {
  grow(table, shortId);
  table.alive[shortId] = 1;
  for (let f = 0; f < table.fields; f++) table.fieldLength[shortId * table.fields + f] = lengths[f] ?? 0;
  table.slotOf[shortId] = slot;
}

export function clearDocument(table: DocTable, shortId: number): void {
  if (shortId >= table.capacity) return;
  table.alive[shortId] = 0;
  table.slotOf[shortId] = -1;
}

function bm25(termFreq: number, matching: number, total: number, fieldLength: number, avgFieldLength: number): number {
  const { k, b, d } = BM25;
  const invDocFreq = Math.log(1 + (total - matching + 0.5) / (matching + 0.5));
  return invDocFreq * (d + (termFreq * (k + 1)) / (termFreq + k * (1 - b + (b * fieldLength) / avgFieldLength)));
}

interface Expansion {
  term: string;
  weight: number;
  data: TermData;
}

export interface Evaluation {
  /** Matching documents (MiniSearch short ids), in MiniSearch's result order before sorting. */
  docs: Int32Array;
  /** Score per short id (only meaningful for `docs`; the table's scratch, valid until its next query). */
  scores: Float64Array;
  count: number;
  /** Every index term that was searched, per query word, for highlighting. */
  expansions: Expansion[];
}

/**
 * Evaluates `query` like `engine.search(query, options)` with `combineWith: 'AND'` and no
 * document boost or filter, returning every match with its score, unsorted.
 */
export function evaluateQuery(engine: EngineInternals, table: DocTable, query: string, options: SearchOptions): Evaluation {
  if (options.combineWith !== 'AND' || options.boostDocument || options.filter || options.boostTerm || options.fields || options.bm25) {
    throw new Error('evaluateQuery supports AND queries with field boosts, prefix and fuzzy only');
  }
  const tokenize = options.tokenize ?? engine._options.tokenize;
  const processTerm = options.processTerm!;
  const terms = tokenize(query)
    .flatMap((word) => {
      const processed = processTerm(word);
      return Array.isArray(processed) ? processed : [processed];
    })
    .filter((term): term is string => !!term);
  const weights = { ...DEFAULT_WEIGHTS, ...options.weights };
  const maxFuzzy = options.maxFuzzy ?? DEFAULT_MAX_FUZZY;
  const fields = engine._options.fields;
  const fieldIds = fields.map((field) => engine._fieldIds[field]!);
  const fieldBoosts = fields.map((field) => (options.boost && Object.prototype.hasOwnProperty.call(options.boost, field) ? options.boost[field] : undefined) || 1);
  grow(table, engine._nextId);
  if (table.generation > 1 << 30) {
    table.seen.fill(0);
    table.matched.fill(0);
    table.generation = 1;
  }
  // Stamps instead of clearing: word q of this query marks documents with base + q + 1.
  const base = table.generation;
  table.generation += terms.length + 2;
  const { scores, termScores, seen, matched, alive, fieldLength: lengthOf } = table;
  const stride = table.fields;
  let touched = new Int32Array(64);
  let touchedCount = 0;
  const all: Expansion[] = [];
  const total = engine._documentCount;
  const index = engine._index;

  const post = (docId: number, score: number, stamp: number) => {
    if (seen[docId] !== stamp) {
      seen[docId] = stamp;
      termScores[docId] = score;
      if (touchedCount === touched.length) {
        const grown = new Int32Array(touched.length * 2);
        grown.set(touched);
        touched = grown;
      }
      touched[touchedCount++] = docId;
    } else {
      termScores[docId] = termScores[docId]! + score;
    }
  };

  let candidates = new Int32Array(0);
  let candidateCount = 0;
  for (let q = 0; q < terms.length; q++) {
    const term = terms[q]!;
    const fuzzySetting = typeof options.fuzzy === 'function' ? options.fuzzy(term, q, terms) : (options.fuzzy ?? false);
    const prefix = typeof options.prefix === 'function' ? options.prefix(term, q, terms) : options.prefix === true;
    const expansions: Expansion[] = [];
    const exact = index.get(term);
    if (exact) expansions.push({ term, weight: 1, data: exact });
    let fuzzyMatches: Map<string, [TermData, number]> | undefined;
    if (fuzzySetting) {
      const fuzzy = fuzzySetting === true ? 0.2 : fuzzySetting;
      const maxDistance = fuzzy < 1 ? Math.min(maxFuzzy, Math.round(term.length * fuzzy)) : fuzzy;
      if (maxDistance) fuzzyMatches = index.fuzzyGet(term, maxDistance);
    }
    if (prefix) {
      for (const [derived, data] of index.atPrefix(term)) {
        const distance = derived.length - term.length;
        if (!distance) continue;
        fuzzyMatches?.delete(derived);
        expansions.push({ term: derived, weight: (weights.prefix * derived.length) / (derived.length + 0.3 * distance), data });
      }
    }
    if (fuzzyMatches) {
      for (const [derived, [data, distance]] of fuzzyMatches) {
        if (!distance) continue;
        expansions.push({ term: derived, weight: (weights.fuzzy * derived.length) / (derived.length + distance), data });
      }
    }
    all.push(...expansions);
    const stamp = base + q + 1;
    touchedCount = 0;
    for (const { term: derived, weight, data } of expansions) {
      for (let f = 0; f < fields.length; f++) {
        const fieldId = fieldIds[f]!;
        const boost = fieldBoosts[f]!;
        const avgFieldLength = engine._avgFieldLength[fieldId]!;
        if (data instanceof PackedTermData && data.packed) {
          const { docs, freqs } = data.packed;
          const [from, to] = data.range(fieldId);
          let matching = to - from;
          for (let i = from; i < to; i++) {
            const docId = docs[i]!;
            if (docId >= table.capacity || alive[docId] !== 1) {
              // A document discarded since the index was stored: MiniSearch drops it the same way.
              engine.removeTerm(fieldId, docId, derived);
              matching -= 1;
              continue;
            }
            post(docId, weight * boost * bm25(freqs[i]!, matching, total, lengthOf[docId * stride + fieldId]!, avgFieldLength), stamp);
          }
        } else {
          const postings = data.get(fieldId);
          if (!postings) continue;
          let matching = postings.size;
          postings.forEach((freq, docId) => {
            if (docId >= table.capacity || alive[docId] !== 1) {
              engine.removeTerm(fieldId, docId, derived);
              matching -= 1;
              return;
            }
            post(docId, weight * boost * bm25(freq, matching, total, lengthOf[docId * stride + fieldId]!, avgFieldLength), stamp);
          });
        }
      }
    }
    // AND: keep the documents that matched every earlier word, in this word's result order
    // (MiniSearch's combined order).
    const next = new Int32Array(touchedCount);
    let nextCount = 0;
    for (let i = 0; i < touchedCount; i++) {
      const docId = touched[i]!;
      if (q > 0 && matched[docId] !== base + q) continue;
      matched[docId] = base + q + 1;
      scores[docId] = q === 0 ? termScores[docId]! : scores[docId]! + termScores[docId]!;
      next[nextCount++] = docId;
    }
    candidates = next;
    candidateCount = nextCount;
    if (candidateCount === 0) break;
  }
  // MiniSearch multiplies by the number of distinct query words matched: all of them under AND.
  const quality = new Set(terms).size || 1;
  for (let i = 0; i < candidateCount; i++) scores[candidates[i]!] = scores[candidates[i]!]! * quality;
  return { docs: candidates, scores, count: terms.length === 0 ? 0 : candidateCount, expansions: all };
}

/** The index terms (from the query's expansions) that document `docId` contains, for highlighting. */
export function matchedTerms(evaluation: Evaluation, docId: number): string[] {
  const found: string[] = [];
  for (const { term, data } of evaluation.expansions) {
    if (found.includes(term)) continue;
    if (data instanceof PackedTermData && data.packed) {
      const { docs } = data.packed;
      for (let field = 0; field < data.packed.fields && !found.includes(term); field++) {
        const [from, to] = data.range(field);
        if (binarySearch(docs, from, to, docId)) found.push(term);
      }
    } else {
      for (const postings of data.values()) {
        if (postings.has(docId)) {
          found.push(term);
          break;
        }
      }
    }
  }
  return found;
}

/** Whether sorted `values[from..to)` holds `value`. */
function binarySearch(values: Uint32Array, from: number, to: number, value: number): boolean {
  let low = from;
  let high = to - 1;
  while (low <= high) {
    const middle = (low + high) >>> 1;
    const at = values[middle]!;
    if (at === value) return true;
    if (at < value) low = middle + 1;
    else high = middle - 1;
  }
  return false;
}
