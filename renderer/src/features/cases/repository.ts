import { useLiveQuery } from 'dexie-react-hooks';
import type { CaseRecord, ContactRecord, TaskRecord } from '../../../../shared/model/case';
import { phoneQueryForm } from '../../../../shared/model/phone';
import { searchWords } from '../../../../shared/text/searchWords';
import { commitAction } from '../../db/commit';
import { database, type LoketDatabase, type StoredRecord } from '../../db/database';

/**
 * Reading cases. Other features (Woo, coordinator) read a case through these functions, never
 * through the Dexie table, so the rules about tombstones live in one place.
 */

/** The case with this id, or undefined when it does not exist or was deleted (tombstone). */
export async function getCase(id: string, db: LoketDatabase = database()): Promise<CaseRecord | undefined> {
  const record = await db.cases.get(id);
  return record && !record.deleted ? (record as unknown as CaseRecord) : undefined;
}

/**
 * Live view of one case: `undefined` while loading, `null` when it does not exist (or was
 * deleted), the record otherwise. Re-renders when the case changes, also through sync.
 */
export function useCase(id: string | undefined): CaseRecord | null | undefined {
  return useLiveQuery(async () => (id ? ((await getCase(id)) ?? null) : null), [id]);
}

/**
 * Joins records that point at a case with that case, in one read for the whole list. A record
 * whose case was deleted gets `undefined`, so lists can say so instead of failing.
 */
export async function withCases<T, R>(
  db: LoketDatabase,
  items: readonly T[],
  caseIdOf: (item: T) => string,
  join: (item: T, caseRecord: CaseRecord | undefined) => R,
): Promise<R[]> {
  const cases = (await db.cases.bulkGet([...new Set(items.map(caseIdOf))])) as (CaseRecord | undefined)[];
  const byId = new Map(cases.filter((record): record is CaseRecord => Boolean(record && !record.deleted)).map((record) => [record.id, record]));
  return items.map((item) => join(item, byId.get(caseIdOf(item))));
}

/** {@link withCases} for lists that only show the case number. */
export function withCaseNumbers<T, R>(
  db: LoketDatabase,
  items: readonly T[],
  caseIdOf: (item: T) => string,
  join: (item: T, caseNumber: string | undefined) => R,
): Promise<R[]> {
  return withCases(db, items, caseIdOf, (item, caseRecord) => join(item, caseRecord?.number));
}

// ---------------------------------------------------------------------------------------------
// Search

export const SEARCH_LIMIT = 20;
/**
 * Reading index entries and records costs about 20 µs each in Chromium, so the search bounds
 * how many it reads. A word with at most this many matches is "selective": its keys are read
 * and intersected. Commoner words are checked on the candidate records instead.
 */
const WORD_KEY_CAP = 400;
/** When every word is common, at most this many of the newest cases are read. */
const WALK_BUDGET = 1500;
const WALK_CHUNK = 250;

export interface CaseSearchOptions {
  limit?: number;
  /** Read every index entry and every record needed, however many: complete, but slower. */
  exhaustive?: boolean;
  /** For tests: the selectivity cap and walk budget, small so a small database exercises them. */
  keyCap?: number;
  walkBudget?: number;
}

export interface CaseSearchResult {
  /** Newest first. */
  cases: CaseRecord[];
  /**
   * False when only the newest cases were searched (every word of the query is common) and
   * fewer than `limit` matched: older matches may exist. `exhaustive` settles it.
   */
  complete: boolean;
}

/** A run of digits with phone layout, standing on its own (not the tail of 'OC-2026-B2-00123'). */
const PHONE_RUN = /(?<![\p{L}\p{N}-])(?:\+|00)?\d[\d\s().-]{4,}\d(?![\p{L}\p{N}])/gu;

/**
 * The query as terms; each term is a set of alternative prefixes, any of which may match. A
 * phone number typed with spaces ('06 1234 5678') is one term in its canonical form.
 */
export function queryTerms(query: string): string[][] {
  const terms: string[][] = [];
  const rest = query.replace(PHONE_RUN, (run) => {
    const canonical = phoneQueryForm(run);
    if (!canonical || canonical.replace(/\D/g, '').length < 6) return run;
    terms.push([...new Set([canonical, ...searchWords(run.replace(/\s+/g, ''))])]);
    return ' ';
  });
  for (const word of searchWords(rest)) terms.push([word]);
  return terms;
}

function matchesAll(record: StoredRecord, terms: string[][]): boolean {
  const words = Array.isArray(record.searchWords) ? (record.searchWords as string[]) : [];
  return terms.every((alternatives) => words.some((word) => alternatives.some((prefix) => word.startsWith(prefix))));
}

/**
 * The cases worked on most recently: by their newest contact. Not by `updatedAt`, which system
 * actions also stamp (the daily retention purge, erasures, bulk assignment, renumbering), nor by
 * id (synced cases may have name-based or backdated ids). A contact is what staff did with a
 * visitor, so its `startedAt` is when the case was last worked on. Contacts are walked newest
 * first through their index, a page at a time, until enough distinct live cases are found.
 */
export async function recentCases(db: LoketDatabase, limit = SEARCH_LIMIT): Promise<CaseRecord[]> {
  const page = Math.max(limit * 5, 50);
  const seen = new Set<string>();
  const found: CaseRecord[] = [];
  for (let offset = 0; found.length < limit; offset += page) {
    const contacts = await db.contacts.orderBy('startedAt').reverse().offset(offset).limit(page).toArray();
    const ids: string[] = [];
    for (const contact of contacts) {
      const caseId = contact.caseId;
      if (contact.deleted || typeof caseId !== 'string' || seen.has(caseId)) continue;
      seen.add(caseId);
      ids.push(caseId);
    }
    for (const record of await db.cases.bulkGet(ids)) {
      if (record && !record.deleted && found.length < limit) found.push(record as unknown as CaseRecord);
    }
    if (contacts.length < page) break;
  }
  return found;
}

/**
 * Cases by number, name, phone, e-mail or words of the question: every typed word must be the
 * start of one of the case's words. Newest first, at most `limit`.
 *
 * Each word's matching keys come from the multi-entry `searchWords` index, read only up to a
 * cap; the words under the cap are intersected, smallest first, and the candidates are loaded
 * newest first until enough match the other words too. When every word is common, the newest
 * cases are read in chunks until enough match – within a budget, beyond which the result says
 * it is not complete and the screen offers to search everything.
 */
export async function searchCases(db: LoketDatabase, query: string, options: CaseSearchOptions = {}): Promise<CaseSearchResult> {
  const limit = options.limit ?? SEARCH_LIMIT;
  const keyCap = options.exhaustive ? Number.POSITIVE_INFINITY : (options.keyCap ?? WORD_KEY_CAP);
  const walkBudget = options.exhaustive ? Number.POSITIVE_INFINITY : (options.walkBudget ?? WALK_BUDGET);
  const terms = queryTerms(query);
  if (terms.length === 0) return { cases: await recentCases(db, limit), complete: true };

  const keySets = await Promise.all(
    terms.map(async (alternatives) => {
      const keys = new Set<string>();
      let selective = true;
      for (const prefix of alternatives) {
        const range = db.cases.where('searchWords').startsWith(prefix);
        const found = await (Number.isFinite(keyCap) ? range.limit(keyCap + 1) : range).primaryKeys();
        if (found.length > keyCap) selective = false;
        for (const key of found) keys.add(key);
      }
      return { keys, selective };
    }),
  );
  const selective = keySets.filter((set) => set.selective).sort((a, b) => a.keys.size - b.keys.size);
  const needsCheck = selective.length < keySets.length;
  const results: CaseRecord[] = [];

  if (selective.length === 0) {
    let before: string | undefined;
    for (let read = 0; read < walkBudget && results.length < limit; read += WALK_CHUNK) {
      const size = Math.min(WALK_CHUNK, walkBudget - read);
      const chunk = await (before === undefined ? db.cases.orderBy(':id') : db.cases.where(':id').below(before)).reverse().limit(size).toArray();
      for (const record of chunk) {
        if (!record.deleted && matchesAll(record, terms)) results.push(record as unknown as CaseRecord);
        if (results.length === limit) break;
      }
      if (chunk.length < size) return { cases: results, complete: true };
      before = chunk.at(-1)!.id;
    }
    return { cases: results, complete: results.length === limit };
  }

  let candidates = [...selective[0]!.keys];
  for (const set of selective.slice(1)) candidates = candidates.filter((key) => set.keys.has(key));
  candidates.sort().reverse();
  const chunk = Math.max(limit * 2, 40);
  for (let start = 0; start < candidates.length && results.length < limit; start += chunk) {
    const records = await db.cases.bulkGet(candidates.slice(start, start + chunk));
    for (const record of records) {
      if (!record || record.deleted || (needsCheck && !matchesAll(record, terms))) continue;
      results.push(record as unknown as CaseRecord);
      if (results.length === limit) break;
    }
  }
  return { cases: results, complete: true };
}

/**
 * Live search for the screens; `null` searches nothing. Each search is measured
 * ('loket:case-search') so the benchmark reads the repository's own time over a realistic
 * database.
 */
export function useCaseSearch(query: string | null, options: { exhaustive?: boolean } = {}): CaseSearchResult | undefined {
  const exhaustive = options.exhaustive ?? false;
  return useLiveQuery(async () => {
    // null: the list is not shown, so nothing is read (and nothing re-read after every save).
    if (query === null) return undefined;
    const start = performance.now();
    const result = await searchCases(database(), query, { exhaustive });
    performance.measure('loket:case-search', { start, end: performance.now(), detail: { query, count: result.cases.length, complete: result.complete } });
    return result;
  }, [query, exhaustive]);
}

// ---------------------------------------------------------------------------------------------
// Timeline

export type TimelineEntry =
  | { kind: 'contact'; at: string; record: ContactRecord }
  | { kind: 'task'; at: string; record: TaskRecord };

/** A case's contacts and tasks, newest first (a task by the moment it was created). */
export async function caseTimeline(db: LoketDatabase, caseId: string): Promise<TimelineEntry[]> {
  const [contacts, tasks] = await Promise.all([
    db.contacts.where('caseId').equals(caseId).filter((r) => !r.deleted).toArray(),
    db.tasks.where('caseId').equals(caseId).filter((r) => !r.deleted).toArray(),
  ]);
  const entries: TimelineEntry[] = [
    ...contacts.map((record) => ({ kind: 'contact' as const, at: record.startedAt as string, record: record as unknown as ContactRecord })),
    ...tasks.map((record) => ({ kind: 'task' as const, at: record.createdAt, record: record as unknown as TaskRecord })),
  ];
  // Same moment (a contact and the callback it created): the task, which came out of it, goes on top.
  return entries.sort((a, b) => b.at.localeCompare(a.at) || (a.kind === b.kind ? 0 : a.kind === 'task' ? -1 : 1));
}

export function useCaseTimeline(caseId: string | undefined): TimelineEntry[] | undefined {
  return useLiveQuery(async () => (caseId ? caseTimeline(database(), caseId) : []), [caseId]);
}

/** Closes or reopens a case by hand (coordinator or desk, after the last contact). */
export async function setCaseStatus(db: LoketDatabase, caseId: string, status: CaseRecord['status'], context: { actor: string; now?: Date }): Promise<void> {
  const now = context.now ?? new Date();
  await commitAction(db, { actor: context.actor, action: status === 'closed' ? 'case.closed' : 'case.reopened', now }, [
    { entity: 'cases', op: 'patch', id: caseId, values: { status, closedAt: status === 'closed' ? now.toISOString() : null } },
  ]);
}
