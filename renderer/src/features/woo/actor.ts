import { actorFor, useSignedInStaff, useStationCode } from '../../workstation';

/**
 * Who an action is recorded as: the intake's convention (the workstation's station code until
 * staff sign in, then the staff member at this workstation). Undefined while the station code loads, so nothing is recorded as
 * 'werkplek-onbekend' (workstation's useActor returns that while loading).
 */
export function useActor(): string | undefined {
  const station = useStationCode();
  const staff = useSignedInStaff();
  return station ? actorFor(station, staff) : undefined;
}
