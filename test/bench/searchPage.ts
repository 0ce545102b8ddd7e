/** Runs inside the benchmark page (bundled by search.bench.ts): the measuring code plus IndexedDB. */
import { loadDocumentIndex, searchDocuments } from '../../shared/search';
import type { Publisher } from '../../server/src/catalogue/generate';
import { catalogue, measureMiniSearch, measureOrama } from './searchCore';

function idb<T>(run: (store: IDBObjectStore) => IDBRequest<T>, mode: IDBTransactionMode): Promise<T> {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open('search-bench', 1);
    open.onupgradeneeded = () => open.result.createObjectStore('index');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const request = run(open.result.transaction('index', mode).objectStore('index'), );
      request.onsuccess = () => {
        open.result.close();
        resolve(request.result);
      };
      request.onerror = () => reject(request.error);
    };
  });
}

const api = {
  async measure(count: number, publishers: Publisher[], withOrama: boolean) {
    const documents = catalogue(count, publishers);
    const figures = measureMiniSearch(documents, 3, true);
    const stored = figures.stored!;
    delete figures.stored;
    const started = performance.now();
    await idb((store) => store.put(stored, 'documents'), 'readwrite');
    const storeMs = performance.now() - started;
    const orama = withOrama ? await measureOrama(documents, 1) : undefined;
    return { ...figures, storeMs, ...(orama ? { orama } : {}) };
  },
  /** In a freshly opened page: time from navigation start until the first query has answered. */
  async startToSearchable() {
    const stored = await idb<unknown>((store) => store.get('documents'), 'readonly');
    const readAt = performance.now();
    const index = loadDocumentIndex(stored);
    const loadedAt = performance.now();
    const found = searchDocuments(index, 'vergunnning havenkade');
    return { readMs: readAt, loadMs: loadedAt - readAt, searchableMs: performance.now(), total: found.total };
  },
};
(globalThis as unknown as { searchBench: typeof api }).searchBench = api;
