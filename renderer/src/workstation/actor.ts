import { type SignedInStaff, useSignedInStaff } from './staff';
import { useStationCode } from './stationCode';

/**
 * Who an action is recorded as: the signed-in staff member at this workstation ('anna@K7Q', the
 * form the hub records too), or – with nobody signed in, as in tests and before a desk's first
 * sign-in – the workstation by its station code, which is what an auditor can trace back.
 */
export function actorFor(stationCode: string | undefined, staff?: SignedInStaff | null): string {
  const station = stationCode ?? 'onbekend';
  return staff ? `${staff.username}@${station}` : `werkplek-${station}`;
}

/** The actor for actions taken on this screen now. */
export function useActor(): string {
  return actorFor(useStationCode(), useSignedInStaff());
}
