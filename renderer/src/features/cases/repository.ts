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

// ---------------------------------------------------------------------------------------------
// Search

export const SEARCH_LIMIT = 20;
/**
 * A word matching more cases than this is not worth intersecting by key: its keys are not loaded,
 * the candidates from the other words are checked against it instead.
 */
const WORD_KEY_CAP = 2000;
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

/** The newest cases (ids are UUIDv7, so key order is creation order). */
export async function recentCases(db: LoketDatabase, limit = SEARCH_LIMIT): Promise<CaseRecord[]> {
  const records = await db.cases.orderBy(':id').reverse().filter((record) => !record.deleted).limit(limit).toArray();
  return records as unknown as CaseRecord[];
}

/**
 * Cases by number, name, phone, e-mail or words of the question: every typed word must be the
 * start of one of the case's words. Newest first, at most `limit`.
 *
 * Each word's matching keys come from the multi-entry `searchWords` index; the sets are
 * intersected, smallest first, and only the newest candidates are loaded. A word matching very
 * many cases (e.g. 'vraag') is checked on the loaded candidates instead; when every word is that
 * common, the newest cases are walked until enough match.
 */
export async function searchCases(db: LoketDatabase, query: string, limit = SEARCH_LIMIT): Promise<CaseRecord[]> {
  const terms = queryTerms(query);
  if (terms.length === 0) return recentCases(db, limit);

  const keySets = await Promise.all(
    terms.map(async (alternatives) => {
      const keys = new Set<string>();
      let complete = true;
      for (const prefix of alternatives) {
        const found = await db.cases.where('searchWords').startsWith(prefix).limit(WORD_KEY_CAP + 1).primaryKeys();
        if (found.length > WORD_KEY_CAP) complete = false;
        for (const key of found) keys.add(key);
      }
      return { keys, complete };
    }),
  );
  const selective = keySets.filter((set) => set.complete).sort((a, b) => a.keys.size - b.keys.size);
  const needsCheck = selective.length < keySets.length;

  if (selective.length === 0) {
    const records = await db.cases
      .orderBy(':id')
      .reverse()
      .filter((record) => !record.deleted && matchesAll(record, terms))
      .limit(limit)
      .toArray();
    return records as unknown as CaseRecord[];
  }

  let candidates = [...selective[0]!.keys];
  for (const set of selective.slice(1)) candidates = candidates.filter((key) => set.keys.has(key));
  candidates.sort().reverse();

  const results: CaseRecord[] = [];
  const chunk = Math.max(limit * 2, 40);
  for (let start = 0; start < candidates.length && results.length < limit; start += chunk) {
    const records = await db.cases.bulkGet(candidates.slice(start, start + chunk));
    for (const record of records) {
      if (!record || record.deleted || (needsCheck && !matchesAll(record, terms))) continue;
      results.push(record as unknown as CaseRecord);
      if (results.length === limit) break;
    }
  }
  return results;
}

/**
 * Live search for the screens. Each search is measured ('loket:case-search') so the benchmark
 * reads the repository's own time over a realistic database.
 */
export function useCaseSearch(query: string, limit = SEARCH_LIMIT): CaseRecord[] | undefined {
  return useLiveQuery(async () => {
    const start = performance.now();
    const results = await searchCases(database(), query, limit);
    performance.measure('loket:case-search', { start, end: performance.now(), detail: { query, count: results.length } });
    return results;
  }, [query, limit]);
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
