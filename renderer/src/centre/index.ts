/**
 * The centre's settings on this desk (issue 10 point 7): pulled from the hub (GET
 * /centre/settings) on start and every few minutes, kept in localStorage so receipts, deadlines
 * and the intake have them synchronously and offline, and saved by a coordinator (POST). Until a
 * coordinator has saved them once, `centreSettings()` is null and each feature keeps its own
 * defaults.
 */
import type { z } from 'zod';
import { localSetting, useLocalSetting } from '../app/localSettings';
import { centreSettingsSchema, storedCentreSettingsSchema, type CentreSettings, type StoredCentreSettings } from '../../../shared/centre/settings';

type Fetch = (url: string, init?: RequestInit) => Promise<Response>;

const EMPTY: StoredCentreSettings = { settings: null, rev: 0, updatedAt: null, updatedBy: null };

function parse(raw: string | null): StoredCentreSettings {
  try {
    const parsed = storedCentreSettingsSchema.safeParse(raw ? JSON.parse(raw) : null);
    return parsed.success ? parsed.data : EMPTY;
  } catch {
    return EMPTY;
  }
}

const stored = localSetting<StoredCentreSettings>('loket.centre', parse);

let connection: { fetch: Fetch; hubUrl: () => Promise<string | undefined> } | undefined;

export function centreSettings(): CentreSettings | null {
  return stored.read().settings;
}

export function useStoredCentreSettings(): StoredCentreSettings {
  return useLocalSetting(stored);
}

export function useCentreSettings(): CentreSettings | null {
  return useLocalSetting(stored).settings;
}

export class CentreSettingsError extends Error {
  /** `status`: the hub's HTTP status when it answered (e.g. 409 for an edit on a stale revision). */
  constructor(
    readonly code: 'no-hub' | 'unreachable' | 'refused' | 'invalid',
    readonly status?: number,
  ) {
    super(code);
    this.name = 'CentreSettingsError';
  }
}

/**
 * A call to the hub as the signed-in staff member (the same authenticated fetch sync uses); the
 * answer is checked with `schema`. Used here and by the coordinator's inbox (conflict details).
 */
export async function hubRequest<T>(path: string, schema: z.ZodType<T>, init?: RequestInit): Promise<T> {
  const hub = connection ? await connection.hubUrl() : undefined;
  if (!connection || !hub) throw new CentreSettingsError('no-hub');
  let response: Response;
  try {
    response = await connection.fetch(new URL(path, hub).toString(), init);
  } catch {
    throw new CentreSettingsError('unreachable');
  }
  if (!response.ok) throw new CentreSettingsError(response.status === 400 ? 'invalid' : 'refused', response.status);
  const parsed = schema.safeParse(response.status === 204 ? null : await response.json().catch(() => null));
  if (!parsed.success) throw new CentreSettingsError('invalid');
  return parsed.data;
}

const call = (path: string, init?: RequestInit) => hubRequest(path, storedCentreSettingsSchema, init);

/** Fetches the hub's settings; a newer revision replaces the local copy. */
export async function refreshCentreSettings(): Promise<void> {
  const fresh = await call('/centre/settings');
  if (fresh.rev >= stored.read().rev) stored.update(fresh);
}

/** Saves new settings on the hub (coordinators); every desk picks them up on its next refresh. */
export async function saveCentreSettings(settings: CentreSettings): Promise<StoredCentreSettings> {
  const valid = centreSettingsSchema.parse(settings);
  const saved = await call('/centre/settings', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(valid) });
  stored.update(saved);
  return saved;
}

const REFRESH_MS = 5 * 60_000;

/** Keeps the local copy current while someone is signed in; returns the stop function. */
export function startCentreSync(options: { fetch: Fetch; hubUrl: () => Promise<string | undefined> }): () => void {
  connection = options;
  const tick = () => void refreshCentreSettings().catch(() => undefined);
  tick();
  const timer = setInterval(tick, REFRESH_MS);
  return () => {
    clearInterval(timer);
    if (connection === options) connection = undefined;
  };
}
