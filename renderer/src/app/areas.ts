import type { MenuCommand } from '../../../shared/host';

/** The areas of the navigation frame, in menu order; Alt+1..6 jumps to them. */
export const AREAS = ['contact', 'search', 'woo', 'cases', 'overview', 'settings'] as const;
export type Area = (typeof AREAS)[number];

export const AREA_COMMANDS: Record<Area, MenuCommand> = {
  contact: 'go-contact',
  search: 'go-search',
  woo: 'go-woo',
  cases: 'go-cases',
  overview: 'go-overview',
  settings: 'go-settings',
};

export function isArea(value: string): value is Area {
  return (AREAS as readonly string[]).includes(value);
}
