import { useEffect } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { normaliseStationCode, stationCodeFromClientId } from '../../../shared/caseNumber/caseNumber';
import { database, type LoketDatabase } from '../db/database';

/**
 * The station code identifies this workstation in case numbers and audit trails
 * (docs/decisions/010-case-numbers.md). It is stored in the meta table, not in localStorage,
 * because case numbering reads it inside the transaction that creates a case.
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

/**
 * The code last read on this page. A screen that opens reads the code again asynchronously; until
 * that read is back it uses this one, so an action taken in the first moment is not recorded as
 * "werkplek-onbekend" in the audit trail.
 */
let lastKnown: string | undefined;

/** This workstation's code, live (an administrator may change it); created on first use. */
export function useStationCode(): string | undefined {
  // Creating the code writes, which a live query may not do: that happens once, outside it.
  useEffect(() => {
    void stationCode(database());
  }, []);
  const live = useLiveQuery(async () => {
    const stored = await database().meta.get(STATION_KEY);
    const code = typeof stored?.value === 'string' ? stored.value : undefined;
    if (code) lastKnown = code;
    return code;
  }, []);
  return live ?? lastKnown;
}

