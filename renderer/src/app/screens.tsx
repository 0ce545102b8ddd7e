import type { ComponentType } from 'react';
import type { Area } from './areas';
import type { ScreenProps } from './route';
import { ContactScreen } from '../features/contact';
import { FinderScreen } from '../features/finder';
import { FileWooRequestButton, WooScreen } from '../features/woo';
import { CasesScreen } from '../features/cases';
import { OverviewScreen } from '../features/overview';
import { SettingsScreen } from '../features/settings';
import { Administration } from '../session';

/**
 * Each area's screen comes from its own feature folder. This is also where features are
 * composed: a feature that shows another feature's component (the case screen's Woo button)
 * receives it here, so features never import each other's screens and no import cycle forms.
 */
function CasesArea(props: ScreenProps) {
  return <CasesScreen {...props} caseActions={(caseId) => <FileWooRequestButton caseId={caseId} />} />;
}

/** Centre settings, then the hub's workstations (coordinator, admin) and accounts (admin). */
function SettingsArea() {
  return (
    <>
      <SettingsScreen />
      <Administration />
    </>
  );
}

export const SCREENS: Record<Area, ComponentType<ScreenProps>> = {
  contact: ContactScreen,
  search: FinderScreen,
  woo: WooScreen,
  cases: CasesArea,
  overview: OverviewScreen,
  settings: SettingsArea,
};
