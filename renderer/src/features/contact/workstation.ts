import { useSyncExternalStore } from 'react';
import { CHANNELS, type Channel } from '../../../../shared/model/records';

/**
 * Settings of this workstation (not of the person using it): which channel a new contact starts
 * on (the phone desk vs. the counter), the topic list and who callbacks go to by default. They
 * live in localStorage: read synchronously, so the intake opens with the right channel at once,
 * and never synced, because two workstations legitimately differ.
 */

export interface WorkstationSettings {
  defaultChannel: Channel;
  topics: string[];
  /** Person or team that callbacks are assigned to unless staff choose otherwise. */
  defaultAssignee: string;
}

/** The municipality replaces these in the workstation settings; Dutch, because they are data. */
export const DEFAULT_TOPICS = [
  'Afval en reiniging',
  'Archief en historie',
  'Bouwen en wonen',
  'Gemeenteraad en besluiten',
  'Openbare ruimte',
  'Parkeren en verkeer',
  'Persoonsgegevens (AVG)',
  'Subsidies',
  'Vergunningen',
  'Woo-verzoek',
  'Zorg en welzijn',
  'Overig',
];

export const DEFAULT_SETTINGS: WorkstationSettings = {
  defaultChannel: 'balie',
  topics: DEFAULT_TOPICS,
  defaultAssignee: 'Team Openbaarheid',
};

const KEY = 'loket.workstation';
const listeners = new Set<() => void>();
let cached: { raw: string | null; value: WorkstationSettings } | undefined;

function parse(raw: string | null): WorkstationSettings {
  try {
    const stored = raw ? (JSON.parse(raw) as Partial<WorkstationSettings>) : {};
    const topics = Array.isArray(stored.topics) ? stored.topics.filter((t): t is string => typeof t === 'string' && t.trim() !== '') : [];
    return {
      defaultChannel: (CHANNELS as readonly unknown[]).includes(stored.defaultChannel) ? stored.defaultChannel! : DEFAULT_SETTINGS.defaultChannel,
      topics: topics.length ? topics : DEFAULT_SETTINGS.topics,
      defaultAssignee:
        typeof stored.defaultAssignee === 'string' && stored.defaultAssignee.trim() ? stored.defaultAssignee : DEFAULT_SETTINGS.defaultAssignee,
    };
  } catch {
    // A damaged entry must not keep the desk from working: fall back to the defaults.
    return DEFAULT_SETTINGS;
  }
}

export function workstationSettings(): WorkstationSettings {
  const raw = globalThis.localStorage?.getItem(KEY) ?? null;
  if (cached?.raw !== raw) cached = { raw, value: parse(raw) };
  return cached.value;
}

export function updateWorkstationSettings(patch: Partial<WorkstationSettings>): void {
  localStorage.setItem(KEY, JSON.stringify({ ...workstationSettings(), ...patch }));
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  // Another window of the app on this workstation changed them.
  const onStorage = (event: StorageEvent) => {
    if (event.key === KEY) listener();
  };
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', onStorage);
  };
}

export function useWorkstationSettings(): WorkstationSettings {
  return useSyncExternalStore(subscribe, workstationSettings);
}
