import { localSetting, useLocalSetting } from '../app/localSettings';

/**
 * How long this desk may stay untouched before it locks (issue 9 point 7). A setting of the
 * workstation, not of the person: a desk facing the public may lock sooner than a back office.
 * The settings screen sets it in whole minutes; it is stored in seconds under 'loket.lock', where
 * the session's idle lock (renderer/src/session/useIdleLock.ts) reads it through this module.
 */
export interface LockSettings {
  idleSeconds: number;
}

export const DEFAULT_IDLE_MINUTES = 5;
export const MIN_IDLE_MINUTES = 1;
export const MAX_IDLE_MINUTES = 60;
export const DEFAULT_IDLE_SECONDS = DEFAULT_IDLE_MINUTES * 60;

function parse(raw: string | null): LockSettings {
  try {
    const seconds = raw ? (JSON.parse(raw) as Partial<LockSettings>).idleSeconds : undefined;
    // The screen's 1–60 minutes bound what staff choose; a stored value outside them (seconds, or
    // days, as tests and administrators set by hand) is kept, and only a damaged one falls back.
    const valid = typeof seconds === 'number' && Number.isFinite(seconds) && seconds >= 1;
    return { idleSeconds: valid ? seconds : DEFAULT_IDLE_SECONDS };
  } catch {
    return { idleSeconds: DEFAULT_IDLE_SECONDS };
  }
}

export const lockSettings = localSetting<LockSettings>('loket.lock', parse);

/** The idle time in seconds; re-renders when it changes (also from another window). */
export function useIdleSeconds(): number {
  return useLocalSetting(lockSettings).idleSeconds;
}

/** The idle time in whole minutes, as the settings screen shows it (rounded up, at least 1). */
export function idleMinutes(seconds: number): number {
  return Math.max(MIN_IDLE_MINUTES, Math.ceil(seconds / 60));
}

export type IdleMinutesResult = { ok: true; minutes: number } | { ok: false };

/** What staff typed as minutes: a whole number from 1 to 60 (surrounding spaces allowed). */
export function parseIdleMinutes(text: string): IdleMinutesResult {
  const trimmed = text.trim();
  if (!/^\d{1,3}$/.test(trimmed)) return { ok: false };
  const minutes = Number(trimmed);
  return minutes >= MIN_IDLE_MINUTES && minutes <= MAX_IDLE_MINUTES ? { ok: true, minutes } : { ok: false };
}

export function setIdleMinutes(minutes: number): void {
  if (!Number.isInteger(minutes) || minutes < MIN_IDLE_MINUTES || minutes > MAX_IDLE_MINUTES) {
    throw new RangeError(`idle minutes must be a whole number from ${MIN_IDLE_MINUTES} to ${MAX_IDLE_MINUTES}, got ${minutes}`);
  }
  lockSettings.update({ idleSeconds: minutes * 60 });
}
