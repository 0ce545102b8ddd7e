import { useStationCode } from './stationCode';

/**
 * Who an action is recorded as. Until staff sign in to the hub (a later feature), actions are
 * attributed to the workstation by its station code, which is what an auditor can trace back.
 */
export function actorFor(stationCode: string | undefined): string {
  return `werkplek-${stationCode ?? 'onbekend'}`;
}

/** The actor for actions taken on this screen now. */
export function useActor(): string {
  return actorFor(useStationCode());
}
