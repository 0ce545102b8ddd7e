import type { ComponentType } from 'react';
import type { Area } from './areas';
import type { Route } from './route';
import { ContactScreen } from '../features/contact/ContactScreen';
import { SearchScreen } from '../features/search/SearchScreen';
import { WooScreen } from '../features/woo/WooScreen';
import { CasesScreen } from '../features/cases/CasesScreen';
import { OverviewScreen } from '../features/overview/OverviewScreen';
import { SettingsScreen } from '../features/settings/SettingsScreen';

export interface ScreenProps {
  route: Route;
}

/** Each area's screen comes from its own feature folder. */
export const SCREENS: Record<Area, ComponentType<ScreenProps>> = {
  contact: ContactScreen,
  search: SearchScreen,
  woo: WooScreen,
  cases: CasesScreen,
  overview: OverviewScreen,
  settings: SettingsScreen,
};
