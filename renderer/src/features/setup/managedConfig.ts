import { useEffect, useState } from 'react';
import type { HostApi, ManagedConfigState } from '../../../../shared/host';
import { database, type LoketDatabase } from '../../db/database';
import { host } from '../../host';
import { setStationCode, stationCode } from '../../workstation';

/**
 * The machine's managed configuration, asked of the host once per window: it is decided when
 * the desktop shell starts and does not change while it runs (IT restarts the app after a change).
 */
let cached: Promise<ManagedConfigState> | undefined;

export function loadManagedConfig(from: Pick<HostApi, 'managedConfig'> = host): Promise<ManagedConfigState> {
  return (cached ??= from.managedConfig().catch(
    // A host that cannot answer is treated like an unmanaged one: the app stays usable.
    (): ManagedConfigState => ({ status: 'unmanaged' }),
  ));
}

/** For tests: forget the cached answer. */
export function resetManagedConfigCache(): void {
  cached = undefined;
}

/** undefined while the host has not answered yet. */
export function useManagedConfig(): ManagedConfigState | undefined {
  const [state, setState] = useState<ManagedConfigState>();
  useEffect(() => {
    let active = true;
    void loadManagedConfig().then((answer) => {
      if (active) setState(answer);
    });
    return () => {
      active = false;
    };
  }, []);
  return state;
}

/** Whether the first-run screen replaces the workspace. */
export function needsSetup(state: ManagedConfigState | undefined): state is Extract<ManagedConfigState, { status: 'missing' | 'invalid' }> {
  return state?.status === 'missing' || state?.status === 'invalid';
}

/**
 * On a managed desk the workstation code comes from IT's configuration: it replaces the locally
 * stored station code at start (case numbers already given keep theirs). Returns the code in use.
 */
export async function applyManagedWorkstation(state: ManagedConfigState | undefined, db: LoketDatabase = database()): Promise<string | undefined> {
  if (state?.status !== 'managed') return undefined;
  const current = await stationCode(db);
  return current === state.config.workstation ? current : setStationCode(db, state.config.workstation);
}
