import { useEffect } from 'react';
import { localSetting, useLocalSetting } from '../app/localSettings';

/** How long a desk may stay untouched before it locks (default 5 minutes). */
export interface LockSettings {
  idleSeconds: number;
}
export const DEFAULT_IDLE_SECONDS = 300;

export const lockSettings = localSetting<LockSettings>('loket.lock', (raw) => {
  try {
    const parsed = raw ? (JSON.parse(raw) as Partial<LockSettings>) : {};
    const seconds = parsed.idleSeconds;
    return { idleSeconds: typeof seconds === 'number' && Number.isFinite(seconds) && seconds >= 1 ? seconds : DEFAULT_IDLE_SECONDS };
  } catch {
    return { idleSeconds: DEFAULT_IDLE_SECONDS };
  }
});

const ACTIVITY = ['pointerdown', 'pointermove', 'keydown', 'wheel', 'touchstart'] as const;

/** Calls `lock` after the configured time without keyboard, mouse or touch activity. */
export function useIdleLock(enabled: boolean, lock: () => void): void {
  const { idleSeconds } = useLocalSetting(lockSettings);
  useEffect(() => {
    if (!enabled) return;
    let timer = setTimeout(lock, idleSeconds * 1000);
    const reset = () => {
      clearTimeout(timer);
      timer = setTimeout(lock, idleSeconds * 1000);
    };
    for (const event of ACTIVITY) window.addEventListener(event, reset, { passive: true, capture: true });
    return () => {
      clearTimeout(timer);
      for (const event of ACTIVITY) window.removeEventListener(event, reset, { capture: true });
    };
  }, [enabled, idleSeconds, lock]);
}
