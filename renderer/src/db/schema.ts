import type { Transaction } from 'dexie';
import { caseSearchWords } from '../../../shared/model/caseSearch';

/**
 * Every schema version the app has shipped, oldest first. Never edit a shipped version: add a
 * new one with an upgrade function. Dexie runs the upgrades in order for a database that is
 * behind, so any older workstation can be updated directly to the newest version.
 */
export interface SchemaVersion {
  version: number;
  stores: Record<string, string | null>;
  upgrade?: (tx: Transaction) => Promise<void>;
}

/** Rebuilds the local word index of every case (after the words a case is found by changed). */
async function reindexCaseWords(tx: Transaction): Promise<void> {
  await tx
    .table('cases')
    .toCollection()
    .modify((record: Record<string, unknown>) => {
      record.searchWords = caseSearchWords(record);
    });
}

/** v6: events after the old push cursor (an event id) are still to be sent; the others were sent. */
async function markAuditUnsent(tx: Transaction): Promise<void> {
  const cursor = (await tx.table('meta').get('auditPushedUntil')) as { value?: unknown } | undefined;
  const until = typeof cursor?.value === 'string' ? cursor.value : undefined;
  await tx
    .table('audit')
    .toCollection()
    .modify((event: { id: string; unsent?: number }) => {
      event.unsent = until !== undefined && event.id <= until ? 0 : 1;
    });
}

export const SCHEMA_VERSIONS: SchemaVersion[] = [
  {
    version: 1,
    stores: {
      cases: 'id, number, status, kind, updatedAt',
      contacts: 'id, caseId, startedAt',
      tasks: 'id, caseId, status, dueAt',
      wooRequests: 'id, caseId',
      documents: 'id, category, publishedOn',
      audit: 'id, recordId, at',
      outbox: '++seq, &mutationId, entity, id',
      meta: 'key',
    },
  },
  {
    // v2: word index for the case search, filled for cases written by v1.
    version: 2,
    stores: {
      cases: 'id, &number, status, kind, updatedAt, *searchWords',
      wooRequests: 'id, caseId, decideBy',
    },
    upgrade: reindexCaseWords,
  },
  {
    // v3 (contact intake): open tasks by due time for the start screen, and the case word index
    // rebuilt so numbers are found by their tail ('00123') and phone numbers however typed.
    version: 3,
    stores: {
      tasks: 'id, caseId, status, dueAt, [status+dueAt]',
    },
    upgrade: reindexCaseWords,
  },
  {
    // v4 (Woo): open requests by status for the Woo list and the start screen's "due this week".
    version: 4,
    stores: {
      wooRequests: 'id, caseId, decideBy, status',
    },
  },
  {
    // v5: case numbers are no longer a unique index. Two workstations given the same station code
    // would otherwise make a pulled case unstorable and stall sync; now both cases are kept, both
    // stay findable, and the sync client reports the duplicate to a coordinator (decision 010).
    version: 5,
    stores: {
      cases: 'id, number, status, kind, updatedAt, *searchWords',
    },
  },
  {
    // v6 (sync protocol v2, decision 060): audit events carry `unsent` (1 until the hub has them),
    // so the push cursor no longer depends on the clock that made the event ids; `syncIssues` is
    // the "Niet verzonden" list (mutations the hub refused, kept with its reason) and the notices
    // of overruled changes and conflicts.
    version: 6,
    stores: {
      audit: 'id, recordId, at, unsent',
      syncIssues: '++key, kind, entity, id',
    },
    upgrade: markAuditUnsent,
  },
  {
    // v7 (answer library, issue 14 point 3): the hub's answers, pulled down and kept for offline
    // use; the pull cursor lives in `meta`. Retired answers stay (flagged) so an older contact's
    // "beantwoord met antwoord X" can still be looked up.
    version: 7,
    stores: {
      answers: 'id, retired',
    },
  },
  {
    // v8 (finder): catalogue documents by revision, so the document index catches up by reading
    // only what a pull added since it was stored, not the whole catalogue on every start.
    version: 8,
    stores: {
      documents: 'id, category, publishedOn, rev',
    },
  },
];

export const CURRENT_SCHEMA_VERSION = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1]!.version;

/** The words a case is found by (shared, so Node tools such as the benchmark seed use the same). */
export { caseSearchWords };
