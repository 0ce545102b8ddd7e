import { useEffect } from 'react';
import { useIdleSeconds } from '../workstation';

// The idle time is a workstation setting (renderer/src/workstation/lock.ts, set on the settings screen).
const ACTIVITY = ['pointerdown', 'pointermove', 'keydown', 'wheel', 'touchstart'] as const;

/** Calls `lock` after the configured time without keyboard, mouse or touch activity. */
export function useIdleLock(enabled: boolean, lock: () => void): void {
  const idleSeconds = useIdleSeconds();
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
