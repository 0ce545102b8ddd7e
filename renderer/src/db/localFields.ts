import type { SyncedEntity } from '../../../shared/model/records';
import type { StoredRecord } from './database';
import { caseSearchWords } from './schema';

/** Local-only index fields, derived from the record and never synced. */
const LOCAL_FIELDS = new Set(['searchWords']);

/** Adds the local index fields; used for local writes and for records pulled from the hub. */
export function withLocalFields(entity: SyncedEntity, record: StoredRecord): StoredRecord {
  if (entity === 'cases') return { ...record, searchWords: caseSearchWords(record) };
  return record;
}

export function syncable(values: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(values).filter(([key]) => !LOCAL_FIELDS.has(key)));
}
