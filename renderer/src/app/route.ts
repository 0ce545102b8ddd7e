import { useSyncExternalStore } from 'react';
import { type Area, isArea } from './areas';

/**
 * Hash routes ('#/woo', '#/cases/<id>') work identically under app:// in Electron and over
 * http in the browser host, and need no server support.
 */
export interface Route {
  area: Area;
  /** Path segments after the area, e.g. a case id. */
  rest: string[];
}

/** What every area's screen receives from the shell. */
export interface ScreenProps {
  route: Route;
}

export function parseRoute(hash: string): Route {
  const [first = '', ...rest] = hash.replace(/^#\/?/, '').split('/').filter(Boolean).map(decodeURIComponent);
  return { area: isArea(first) ? first : 'contact', rest };
}

export function routeHref(area: Area, ...rest: string[]): string {
  return `#/${[area, ...rest].map(encodeURIComponent).join('/')}`;
}

function subscribe(callback: () => void) {
  window.addEventListener('hashchange', callback);
  return () => window.removeEventListener('hashchange', callback);
}

export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash);
  return parseRoute(hash);
}

export function navigate(href: string): void {
  if (window.location.hash !== href) window.location.hash = href;
}
