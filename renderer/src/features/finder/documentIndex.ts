import Dexie, { type Table } from 'dexie';
import {
  buildDocumentIndex,
  IndexFormatError,
  loadDocumentIndex,
  putDocument,
  removeDocument,
  serializeDocumentIndex,
  type CatalogueDocument,
  type DocumentIndex,
} from '../../../../shared/search';
import type { LoketDatabase, StoredRecord } from '../../db/database';

/**
 * The finder's search index over the synced catalogue (issue 14 point 6). It is kept in its own
 * IndexedDB database beside the desk's, so a restart loads it instead of indexing 100,000
 * documents again; records changed since (a hub revision above the stored one) are then applied
 * in the background while the loaded index already answers.
 */
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
  text?: string;
  dossier?: { title?: string; requestDate?: string; decisionDate?: string };
}

export function asDocument(record: StoredRecord): PublishedDocument | null {
  const { id, title, description, category, publisherName, publishedOn, documentType, source, text, dossier } = record;
  if (record.deleted || typeof title !== 'string' || typeof source !== 'string') return null;
  return {
    id,
    title,
    description: typeof description === 'string' ? description : '',
    category: typeof category === 'string' ? category : '',
    publisherName: typeof publisherName === 'string' ? publisherName : '',
    publishedOn: typeof publishedOn === 'string' ? publishedOn : '',
    ...(typeof documentType === 'string' ? { documentType } : {}),
    source,
    ...(typeof text === 'string' ? { text } : {}),
    ...(dossier && typeof dossier === 'object' ? { dossier: dossier as PublishedDocument['dossier'] } : {}),
  };
}

function catalogueEntry(document: PublishedDocument): CatalogueDocument {
  return {
    id: document.id,
    title: document.title,
    description: document.description,
    category: document.category,
    publisherName: document.publisherName,
    ...(document.publishedOn ? { date: document.publishedOn } : {}),
    ...(document.text ? { text: document.text } : {}),
  };
}

interface StoredIndex {
  key: string;
  /**
   * serializeDocumentIndex's typed arrays, stored as they are (structured clone): reading them
   * back parses nothing. Rows of format 1 had a `json` string instead and are rebuilt.
   */
  data?: unknown;
  /** The highest hub revision among the records the index has seen. */
  maxRev: number;
}

class IndexStore extends Dexie {
  indexes!: Table<StoredIndex, string>;
  constructor(name: string) {
    super(name);
    this.version(1).stores({ indexes: 'key' });
  }
}

export interface LiveIndex {
  index: DocumentIndex;
  maxRev: number;
}

const live = new Map<string, Promise<LiveIndex>>();

async function catchUp(db: LoketDatabase, state: LiveIndex): Promise<boolean> {
  let changed = false;
  let maxRev = state.maxRev;
  // Catalogue records are written only by pulls, which set the hub's revision: anything above
  // the stored maximum is new or changed.
  await db.documents.where('rev').above(state.maxRev).each((record) => {
    maxRev = Math.max(maxRev, record.rev);
    const document = asDocument(record);
    if (document) putDocument(state.index, catalogueEntry(document));
    else removeDocument(state.index, record.id);
    changed = true;
  });
  state.maxRev = maxRev;
  return changed;
}

async function save(store: IndexStore, state: LiveIndex): Promise<void> {
  await store.indexes.put({ key: 'documents', data: serializeDocumentIndex(state.index), maxRev: state.maxRev });
}

/**
 * Storing the index and catching up run in the background with nobody to tell: a quota or abort
 * error, or a database closed meanwhile, must not become an unhandled rejection. The index in
 * memory keeps working and the next start rebuilds or catches up. Only the error's name is
 * logged, never its message, which could quote document text.
 */
function inBackground(work: Promise<unknown>, what: string): void {
  work.catch((error: unknown) => console.warn(`${what} failed`, error instanceof Error ? error.name : typeof error));
}

/**
 * Storing 100,000 documents takes the renderer's main thread for about a second, and a first
 * catalogue pull arrives page by page: after a change the index is stored once things are quiet
 * for a few seconds, not after every page. Until then a restart loads the previous stored index
 * and catches up from its revision, so nothing is lost.
 */
export const SAVE_DELAY_MS = 5_000;
const pendingSaves = new Map<string, ReturnType<typeof setTimeout>>();

function saveSoon(db: LoketDatabase, state: LiveIndex): void {
  clearTimeout(pendingSaves.get(db.name));
  pendingSaves.set(
    db.name,
    setTimeout(() => {
      pendingSaves.delete(db.name);
      inBackground(save(new IndexStore(`${db.name}-search`), state), 'Storing the document index');
    }, SAVE_DELAY_MS),
  );
}

async function open(db: LoketDatabase): Promise<LiveIndex> {
  const store = new IndexStore(`${db.name}-search`);
  const stored = await store.indexes.get('documents').catch(() => undefined);
  if (stored) {
    try {
      const state = { index: loadDocumentIndex(stored.data), maxRev: stored.maxRev };
      // Searchable now; what arrived since the index was stored follows in the background.
      inBackground(
        catchUp(db, state).then((changed) => changed && saveSoon(db, state)),
        'Catching up the document index',
      );
      return state;
    } catch (error) {
      if (!(error instanceof IndexFormatError)) throw error;
      // An index from another version of the app: build a new one below.
    }
  }
  const state: LiveIndex = { index: buildDocumentIndex([]), maxRev: -1 };
  await catchUp(db, state);
  inBackground(save(store, state), 'Storing the document index');
  return state;
}

/** The index for this desk database, loaded or built once per session. */
export function documentIndex(db: LoketDatabase): Promise<LiveIndex> {
  let state = live.get(db.name);
  if (!state) {
    state = open(db);
    live.set(db.name, state);
    state.catch(() => live.delete(db.name));
  }
  return state;
}

/** After a pull: applies changed records; resolves true when the index changed. */
export async function refreshDocumentIndex(db: LoketDatabase): Promise<boolean> {
  const state = await documentIndex(db);
  const changed = await catchUp(db, state);
  if (changed) saveSoon(db, state);
  return changed;
}

/** Forgets the in-memory index (tests; a desk database that was deleted). */
export function dropDocumentIndex(db: LoketDatabase): void {
  clearTimeout(pendingSaves.get(db.name));
  pendingSaves.delete(db.name);
  live.delete(db.name);
}
