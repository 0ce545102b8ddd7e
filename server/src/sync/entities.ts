import type { SyncedEntity } from '../../../shared/model/records';

/** Where each synced entity lives on the hub. Interpolated into SQL, so only these literals. */
export const TABLES: Readonly<Record<SyncedEntity, string>> = {
  cases: 'cases',
  contacts: 'contacts',
  tasks: 'tasks',
  wooRequests: 'woo_requests',
  documents: 'documents',
};

/**
 * Fields where two concurrent changes need a person to decide (DESIGN.md "Sync protocol"): the
 * hub keeps its value and records a conflict. Every other field is last-writer-wins.
 */
export const CONFLICT_FIELDS: ReadonlySet<string> = new Set(['status', 'assignee', 'outcome']);

/**
 * Fields that only make sense together and therefore merge as one unit (issue 8 point 2): a
 * case's `status` and `closedAt`. When any member is held back (conflict or overruled), all are.
 */
export const FIELD_GROUPS: Readonly<Partial<Record<SyncedEntity, readonly (readonly string[])[]>>> = {
  cases: [['status', 'closedAt']],
};

/** Object fields merged per sub-field (point 3): a name from one desk and a phone from another both survive. */
export const NESTED_FIELDS: Readonly<Partial<Record<SyncedEntity, ReadonlySet<string>>>> = {
  cases: new Set(['visitor']),
};

/** Record metadata the hub owns; a patch may not set them (the client strips them, see renderer/src/db/commit.ts). */
export const SYSTEM_FIELDS: ReadonlySet<string> = new Set(['id', 'rev', 'createdAt', 'updatedAt', 'updatedBy', 'deleted']);
