import { useEffect, useState } from 'react';
import { z } from 'zod';
import { isBelowMinimum } from '../../../../shared/deploy/version';
import { host } from '../../host';

/**
 * Updates are rolled out by the municipality's software distribution (docs/decisions/052): the
 * desk does not update itself. The hub reports the oldest desk version IT still supports in
 * /health; a desk below it shows a notice so staff can report it before something breaks.
 */

const healthSchema = z.object({ minimumDeskVersion: z.string().max(64).optional() });

export type FetchLike = (url: string, init?: RequestInit) => Promise<Response>;

/** The hub's minimum desk version, or undefined when it has none or cannot be asked. */
export async function fetchMinimumDeskVersion(hubUrl: string, fetchImpl: FetchLike = fetch): Promise<string | undefined> {
  try {
    const response = await fetchImpl(`${hubUrl}/health`, { cache: 'no-store' });
    if (!response.ok) return undefined;
    const parsed = healthSchema.safeParse(await response.json());
    return parsed.success ? parsed.data.minimumDeskVersion : undefined;
  } catch {
    // Offline or a hub that does not answer: no notice; the connection status already says so.
    return undefined;
  }
}

export interface ReleaseState {
  version: string;
  /** Set when the hub requires a newer desk than this one. */
  requiredVersion?: string;
}

/** Asked at start and then every quarter of an hour, so a new minimum shows up during the day. */
export const RELEASE_CHECK_INTERVAL_MS = 15 * 60 * 1000;

export function useReleaseState(): ReleaseState | undefined {
  const [state, setState] = useState<ReleaseState>();
  useEffect(() => {
    let active = true;
    const check = async () => {
      const info = await host.info();
      const minimum = info.hubUrl ? await fetchMinimumDeskVersion(info.hubUrl) : undefined;
      if (!active) return;
      setState({ version: info.version, ...(minimum && isBelowMinimum(info.version, minimum) ? { requiredVersion: minimum } : {}) });
    };
    void check();
    const timer = setInterval(() => void check(), RELEASE_CHECK_INTERVAL_MS);
    return () => {
      active = false;
      clearInterval(timer);
    };
  }, []);
  return state;
}
