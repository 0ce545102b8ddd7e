import { useLiveQuery } from 'dexie-react-hooks';
import type { CaseRecord } from '../../../../shared/model/case';
import { database, type LoketDatabase } from '../../db/database';

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
