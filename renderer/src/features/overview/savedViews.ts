import { localSetting, useLocalSetting } from '../../app/localSettings';
import { DEFAULT_FILTER, SORT_KEYS, type CaseFilter } from '../../../../shared/cases/history';

/** A named filter + sort the coordinator comes back to ("open Woo, overdue"). Kept per workstation. */
export interface SavedView {
  name: string;
  filter: CaseFilter;
}

function parse(raw: string | null): { views: SavedView[] } {
  try {
    const stored = (raw ? JSON.parse(raw) : {}) as { views?: unknown };
    const views = Array.isArray(stored.views) ? stored.views : [];
    return {
      views: views.flatMap((v: { name?: unknown; filter?: Partial<CaseFilter> }) =>
        typeof v?.name === 'string' && v.name.trim() && typeof v.filter === 'object' && v.filter
          ? [{ name: v.name.trim(), filter: { ...DEFAULT_FILTER, ...v.filter, sort: SORT_KEYS.includes(v.filter.sort!) ? v.filter.sort! : DEFAULT_FILTER.sort } }]
          : [],
      ),
    };
  } catch {
    return { views: [] };
  }
}

const setting = localSetting('loket.overview.views', parse);

export function useSavedViews(): SavedView[] {
  return useLocalSetting(setting).views;
}

/** Saves (or replaces, by name) a view. */
export function saveView(view: SavedView): void {
  const others = setting.read().views.filter((v) => v.name !== view.name);
  setting.update({ views: [...others, view].sort((a, b) => a.name.localeCompare(b.name, 'nl')) });
}

export function deleteView(name: string): void {
  setting.update({ views: setting.read().views.filter((v) => v.name !== name) });
}
