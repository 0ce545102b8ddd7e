/**
 * Who is working here: the workstation's identity (station code), its local settings, and the
 * actor that actions are recorded as. Features import this module, never each other, for these.
 */
export { actorFor, useActor } from './actor';
export {
  actorName,
  mayExportPersonalData,
  setSignedInStaff,
  signedInStaff,
  type SignedInStaff,
  type StaffRole,
  useMayExportPersonalData,
  useSignedInStaff,
  useStaffRole,
} from './staff';
export {
  DEFAULT_IDLE_MINUTES,
  idleMinutes,
  lockSettings,
  MAX_IDLE_MINUTES,
  MIN_IDLE_MINUTES,
  parseIdleMinutes,
  setIdleMinutes,
  useIdleSeconds,
} from './lock';
export { InvalidStationCodeError, setStationCode, stationCode, useStationCode } from './stationCode';
export {
  DEFAULT_SETTINGS,
  DEFAULT_TOPICS,
  type WorkstationSettings,
  updateWorkstationSettings,
  useWorkstationSettings,
  workstationSettings,
} from './settings';
