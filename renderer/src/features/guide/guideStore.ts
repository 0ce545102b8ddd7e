import { DEFAULT_GUIDE } from '../../../../shared/guide/defaultGuide';
import { guideDefinitionSchema, type GuideDefinition } from '../../../../shared/guide/definition';
import { storedGuideSchema, type StoredGuide } from '../../../../shared/guide/stored';
import { localSetting, useLocalSetting } from '../../app/localSettings';
import { hubRequest } from '../../centre';

/**
 * The guide on this desk (issue 14 point 2): pulled from the hub (GET /guide) on sign-in and every
 * few minutes, kept in localStorage so the desk walks it offline and at once on start, and saved
 * by a coordinator (POST /guide). Until a coordinator saved one, the built-in guide is used.
 */
const EMPTY: StoredGuide = { guide: null, savedAt: null, savedBy: null };

function parse(raw: string | null): StoredGuide {
  try {
    const parsed = storedGuideSchema.safeParse(raw ? JSON.parse(raw) : null);
    return parsed.success ? parsed.data : EMPTY;
  } catch {
    return EMPTY;
  }
}

const stored = localSetting<StoredGuide>('loket.guide', parse);

/** The guide to walk: the hub's if it is newer than the built-in one. */
function current(value: StoredGuide): GuideDefinition {
  return value.guide && value.guide.version > DEFAULT_GUIDE.version ? value.guide : DEFAULT_GUIDE;
}

export function guideDefinition(): GuideDefinition {
  return current(stored.read());
}

export function useGuideDefinition(): GuideDefinition {
  return current(useLocalSetting(stored));
}

export function useStoredGuide(): StoredGuide {
  return useLocalSetting(stored);
}

/** Fetches the hub's guide; only a higher version replaces the local copy. */
export async function refreshGuide(): Promise<void> {
  const fresh = await hubRequest('/guide', storedGuideSchema);
  if (fresh.guide && fresh.guide.version > guideDefinition().version) stored.update(fresh);
}

/**
 * Saves a new version on the hub (coordinators): `guide.version` must be one above the version it
 * was made from. Throws CentreSettingsError (status 409 when someone saved meanwhile).
 */
export async function saveGuide(guide: GuideDefinition): Promise<StoredGuide> {
  const valid = guideDefinitionSchema.parse(guide);
  const saved = await hubRequest('/guide', storedGuideSchema, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(valid) });
  stored.update(saved);
  return saved;
}

const REFRESH_MS = 60_000;

/** Keeps the local copy current while someone is signed in; returns the stop function. */
export function startGuideSync(): () => void {
  const tick = () => void refreshGuide().catch(() => undefined);
  // After the sign-in has set up the hub connection (started in the same tick).
  const first = setTimeout(tick, 0);
  const timer = setInterval(tick, REFRESH_MS);
  return () => {
    clearTimeout(first);
    clearInterval(timer);
  };
}
