import { useMemo } from 'react';
import { localSetting, useLocalSetting } from '../app/localSettings';
import { centreSettings, useCentreSettings } from '../centre';
import { DEFAULT_TOPICS, type CentreSettings } from '../../../shared/centre/settings';

export { DEFAULT_TOPICS };
import { CHANNELS, type Channel } from '../../../shared/model/records';

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


export const DEFAULT_SETTINGS: WorkstationSettings = {
  defaultChannel: 'balie',
  topics: DEFAULT_TOPICS,
  defaultAssignee: 'Team Openbaarheid',
};

const KEY = 'loket.workstation';

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

const setting = localSetting(KEY, parse);

/** The centre's synced topic list (issue 10 point 7) wins over this workstation's own once a coordinator set it. */
function withCentreTopics(local: WorkstationSettings, centre: CentreSettings | null): WorkstationSettings {
  return centre ? { ...local, topics: centre.topics } : local;
}

export function workstationSettings(): WorkstationSettings {
  return withCentreTopics(setting.read(), centreSettings());
}

export function updateWorkstationSettings(patch: Partial<WorkstationSettings>): void {
  setting.update(patch);
}

export function useWorkstationSettings(): WorkstationSettings {
  const local = useLocalSetting(setting);
  const centre = useCentreSettings();
  return useMemo(() => withCentreTopics(local, centre), [local, centre]);
}
