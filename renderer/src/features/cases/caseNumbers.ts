import { useEffect } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import {
  counterKey,
  formatCaseNumber,
  normaliseStationCode,
  stationCodeFromClientId,
} from '../../../../shared/caseNumber/caseNumber';
import { database, type LoketDatabase } from '../../db/database';

/**
 * Case numbers are assigned offline (docs/decisions/010-case-numbers.md): the station code keeps
 * workstations apart, a per-station, per-year counter in the meta table numbers the cases, and it
 * is incremented in the same transaction that creates the case.
 */

const STATION_KEY = 'stationCode';

/** This workstation's station code: assigned by an administrator, or derived once from the client id. */
export async function stationCode(db: LoketDatabase): Promise<string> {
  return db.transaction('rw', db.meta, async () => {
    const stored = await db.meta.get(STATION_KEY);
    if (typeof stored?.value === 'string') return stored.value;
    const code = stationCodeFromClientId(await db.clientId());
    await db.meta.put({ key: STATION_KEY, value: code });
    return code;
  });
}

export class InvalidStationCodeError extends Error {
  constructor(readonly input: string) {
    super(`Not a station code: ${input}`);
    this.name = 'InvalidStationCodeError';
  }
}

/** An administrator assigns the code (unique per municipality); numbers already given keep theirs. */
export async function setStationCode(db: LoketDatabase, input: string): Promise<string> {
  const code = normaliseStationCode(input);
  if (!code) throw new InvalidStationCodeError(input);
  await db.meta.put({ key: STATION_KEY, value: code });
  return code;
}

/** This workstation's code, live (an administrator may change it); created on first use. */
export function useStationCode(): string | undefined {
  // Creating the code writes, which a live query may not do: that happens once, outside it.
  useEffect(() => {
    void stationCode(database());
  }, []);
  return useLiveQuery(async () => {
    const stored = await database().meta.get(STATION_KEY);
    return typeof stored?.value === 'string' ? stored.value : undefined;
  }, []);
}

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
