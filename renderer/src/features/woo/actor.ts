import { actorFor, useStationCode } from '../../workstation';

/**
 * Who an action is recorded as: the intake's convention (the workstation's station code until
 * staff sign in). Undefined while the station code loads, so nothing is recorded as
 * 'werkplek-onbekend' (workstation's useActor returns that while loading).
 */
export function useActor(): string | undefined {
  const station = useStationCode();
  return station ? actorFor(station) : undefined;
}
