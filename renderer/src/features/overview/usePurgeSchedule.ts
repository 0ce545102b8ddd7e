import { useEffect } from 'react';
import { DEFAULT_RETENTION_MONTHS } from '../../../../shared/privacy/retention';
import { todayInAmsterdam } from '../../../../shared/calendar/amsterdam';
import { centreSettings } from '../../centre';
import { database } from '../../db/database';
import { useActor } from '../../workstation';
import { runRetentionPurge } from './repository';

const KEY = 'loket.overview.lastPurge';
const EVERY_MS = 60 * 60_000;
/** The first run waits until the coordinator has settled in: a daily purge need not compete with opening the workspace. */
const FIRST_AFTER_MS = 30_000;

/** Runs the retention purge at most once a day on a coordinator's workstation; returns how many cases changed. */
export async function purgeIfDue(actor: string, now = new Date()): Promise<number | null> {
  const today = todayInAmsterdam(now);
  if (localStorage.getItem(KEY) === today) return null;
  const months = centreSettings()?.retentionMonths ?? DEFAULT_RETENTION_MONTHS;
  const changed = await runRetentionPurge(database(), today, months, actor);
  localStorage.setItem(KEY, today);
  return changed;
}

/**
 * The scheduled purge (issue 10 point 8) on a coordinator's workstation while the workspace is
 * open, half a minute after opening and then hourly (once per Amsterdam day); the cleared fields
 * then sync to the hub and every desk. Each purged case is an audited action. The hub runs the
 * same purge daily on its own (server/src/centre/purge.ts), so the retention holds even when no
 * coordinator opens the workspace; whichever runs first clears the fields, the other finds nothing.
 */
export function useScheduledPurge(): void {
  const actor = useActor();
  useEffect(() => {
    const run = () => void purgeIfDue(actor).catch(() => undefined);
    const first = setTimeout(run, FIRST_AFTER_MS);
    const timer = setInterval(run, EVERY_MS);
    return () => {
      clearTimeout(first);
      clearInterval(timer);
    };
  }, [actor]);
}
