import { counterKey, formatCaseNumber } from '../../../../shared/caseNumber/caseNumber';
import type { LoketDatabase } from '../../db/database';
import { stationCode } from '../../workstation';

/**
 * Case numbers are assigned offline (docs/decisions/010-case-numbers.md): the station code keeps
 * workstations apart, a per-station, per-year counter in the meta table numbers the cases, and it
 * is incremented in the same transaction that creates the case.
 */

/**
 * The next free case number. Must run inside the read-write transaction that creates the case
 * (tables: meta and cases), so two saves at once cannot read the same counter: IndexedDB runs
 * overlapping read-write transactions one after the other. Numbers already present (e.g. pulled
 * from the hub after a reinstall with the same station code) are skipped, never reused.
 */
export async function nextCaseNumber(db: LoketDatabase, now: Date): Promise<string> {
  const station = await stationCode(db);
  const year = now.getFullYear();
  const key = counterKey(station, year);
  const stored = await db.meta.get(key);
  let sequence = (typeof stored?.value === 'number' ? stored.value : 0) + 1;
  let number = formatCaseNumber({ year, station, sequence });
  while ((await db.cases.where('number').equals(number).count()) > 0) {
    sequence += 1;
    number = formatCaseNumber({ year, station, sequence });
  }
  await db.meta.put({ key, value: sequence });
  return number;
}
