import type { ComponentType } from 'react';
import type { Area } from './areas';
import type { ScreenProps } from './route';
import { AnswerLibraryLink, AnswerLibraryScreen, ANSWER_LIBRARY_SEGMENT } from '../features/answers';
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

/** The search screen, or the coordinator's answer library at #/search/answers. */
function SearchArea({ route }: ScreenProps) {
  if (route.rest[0] === ANSWER_LIBRARY_SEGMENT) return <AnswerLibraryScreen rest={route.rest.slice(1)} />;
  return (
    <>
      <FinderScreen />
      <AnswerLibraryLink />
    </>
  );
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
  search: SearchArea,
  woo: WooScreen,
  cases: CasesArea,
  overview: OverviewScreen,
  settings: SettingsArea,
};
