/**
 * The document finder benchmark's measuring code. Pure (no Node, no DOM): search.bench.ts runs it
 * inside Chromium, and it runs in Node too for a quick look (`tsx test/bench/searchCore.ts 20000`).
 */
import { create, insertMultiple, search as oramaSearch } from '@orama/orama';
import { stemmer as dutchStemmer } from '@orama/stemmers/dutch';
import { generateCatalogue, type Publisher } from '../../server/src/catalogue/generate';
import {
  buildDocumentIndex,
  engineSearchOptions,
  loadDocumentIndex,
  searchDocuments,
  serializeDocumentIndex,
  type CatalogueDocument,
  type StoredDocumentIndex,
} from '../../shared/search';
import { JUDGED, NEEDLES, QUERIES } from './searchSets';

export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

export function catalogue(count: number, publishers: readonly Publisher[]): CatalogueDocument[] {
  const documents: CatalogueDocument[] = [];
  for (const row of generateCatalogue(count - NEEDLES.length, publishers, { seed: 100 })) {
    documents.push({
      id: row.dc_identifier,
      title: row.dc_title,
      description: row.dc_description,
      category: row.dc_type,
      publisherName: row.dc_publisher_name,
      date: row.foi_decisionDate,
      text: [row.foi_requestText, row.foi_decisionText].filter(Boolean).join('\n\n'),
    });
  }
  // The needles at spread-out positions, so none benefits from being first or last.
  NEEDLES.forEach((doc, i) => documents.splice(Math.floor(((i + 1) * documents.length) / (NEEDLES.length + 1)), 0, doc));
  return documents;
}

const now = () => performance.now();

/** The stored index's size: its typed arrays plus its strings (UTF-16 in IndexedDB's clone, counted as UTF-8 here). */
function storedBytes(stored: StoredDocumentIndex): number {
  let bytes = 0;
  const visit = (value: unknown): void => {
    if (ArrayBuffer.isView(value)) bytes += value.byteLength;
    else if (typeof value === 'string') bytes += new TextEncoder().encode(value).byteLength;
    else if (Array.isArray(value)) value.forEach(visit);
    else if (typeof value === 'object' && value !== null) Object.values(value).forEach(visit);
    else bytes += 8;
  };
  visit(stored);
  return bytes;
}

/**
 * Times two ways of answering each query, interleaved (A B, then B A the next round) so load
 * changes on the shared machine and JIT warm-up hit both alike.
 */
function timePair(a: (query: string) => unknown, b: (query: string) => unknown, rounds: number): [number[], number[]] {
  for (const query of QUERIES) {
    a(query);
    b(query);
  }
  const timesA: number[] = [];
  const timesB: number[] = [];
  const time = (run: (query: string) => unknown, query: string, into: number[]) => {
    const start = now();
    run(query);
    into.push(now() - start);
  };
  for (let round = 0; round < rounds; round++) {
    for (const query of QUERIES) {
      if (round % 2 === 0) {
        time(a, query, timesA);
        time(b, query, timesB);
      } else {
        time(b, query, timesB);
        time(a, query, timesA);
      }
    }
  }
  return [timesA, timesB];
}

export interface EngineFigures {
  buildMs: number;
  p50: number;
  p95: number;
  recall: number;
  missed: string[];
}

export interface SearchFigures {
  documents: number;
  miniSearch: EngineFigures & { indexBytes: number; serializeMs: number; loadMs: number; loadedFirstQueryMs: number; loadedP50: number; loadedP95: number };
  rawMiniSearch: { p50: number; p95: number };
  orama?: EngineFigures;
  /** The stored index, for the persisted start-up measurement in a fresh page. */
  stored?: StoredDocumentIndex;
}

export function measureMiniSearch(documents: CatalogueDocument[], rounds = 3, keepStored = false): SearchFigures {
  let start = now();
  const index = buildDocumentIndex(documents);
  const buildMs = now() - start;
  start = now();
  const stored = serializeDocumentIndex(index);
  const serializeMs = now() - start;
  start = now();
  const loaded = loadDocumentIndex(stored);
  const loadMs = now() - start;
  searchDocuments(loaded, 'vergunning');
  const loadedFirstQueryMs = now() - start;

  // The same options object the app's search derives its query from (shared/search/documents.ts).
  const options = engineSearchOptions(index);
  const [app, raw] = timePair(
    (query) => searchDocuments(index, query, { limit: 50 }),
    (query) => index.engine.search(query, options),
    rounds,
  );
  // The loaded index answers from the stored arrays until a term changes: time that path too.
  const loadedTimes: number[] = [];
  for (const query of QUERIES) searchDocuments(loaded, query, { limit: 50 });
  for (const query of QUERIES) {
    const started = now();
    searchDocuments(loaded, query, { limit: 50 });
    loadedTimes.push(now() - started);
  }
  const missed = JUDGED.filter((entry) => !searchDocuments(index, entry.query, { limit: 10 }).hits.some((hit) => hit.id === entry.mustFind)).map((entry) => entry.query);
  return {
    documents: documents.length,
    miniSearch: {
      buildMs,
      p50: percentile(app, 50),
      p95: percentile(app, 95),
      recall: (JUDGED.length - missed.length) / JUDGED.length,
      missed,
      indexBytes: storedBytes(stored),
      serializeMs,
      loadMs,
      loadedFirstQueryMs,
      loadedP50: percentile(loadedTimes, 50),
      loadedP95: percentile(loadedTimes, 95),
    },
    rawMiniSearch: { p50: percentile(raw, 50), p95: percentile(raw, 95) },
    ...(keepStored ? { stored } : {}),
  };
}

export async function measureOrama(documents: CatalogueDocument[], rounds = 1): Promise<EngineFigures> {
  let start = now();
  const db = create({
    schema: { title: 'string', description: 'string', text: 'string', publisherName: 'string', category: 'enum' } as const,
    components: { tokenizer: { language: 'dutch', stemming: true, stemmer: dutchStemmer } },
  });
  await insertMultiple(db, documents.map((doc) => ({ ...doc, text: doc.text ?? '' })) as never[], 1000);
  const buildMs = now() - start;
  const run = (query: string, limit: number) =>
    oramaSearch(db, { term: query, tolerance: 1, boost: { title: 3 }, limit, facets: { category: {} } }) as unknown as { hits: Array<{ document: { id: string } }> };
  for (const query of QUERIES) run(query, 50);
  const times: number[] = [];
  for (let round = 0; round < rounds; round++) {
    for (const query of QUERIES) {
      start = now();
      run(query, 50);
      times.push(now() - start);
    }
  }
  const missed = JUDGED.filter((entry) => !run(entry.query, 10).hits.some((hit) => hit.document.id === entry.mustFind)).map((entry) => entry.query);
  return { buildMs, p50: percentile(times, 50), p95: percentile(times, 95), recall: (JUDGED.length - missed.length) / JUDGED.length, missed };
}
