import { useMemo } from 'react';
import type { CentreSettings } from '../../../shared/centre/settings';
import { useLocalSetting, type LocalSetting } from '../app/localSettings';
import { centreSettings, useCentreSettings } from './index';

/**
 * A workstation's local setting with what a coordinator set for the whole centre on top
 * (issue 10 point 7): `read` outside React, `update` patches the local values (the fallback),
 * `use` follows both in a component. `withCentre` decides which centre values win.
 */
export function centredSetting<T>(setting: LocalSetting<T>, withCentre: (local: T, centre: CentreSettings | null) => T) {
  return {
    read: (): T => withCentre(setting.read(), centreSettings()),
    update: (patch: Partial<T>): void => setting.update(patch),
    use: function useCentredSetting(): T {
      const local = useLocalSetting(setting);
      const centre = useCentreSettings();
      return useMemo(() => withCentre(local, centre), [local, centre]);
    },
  };
}
