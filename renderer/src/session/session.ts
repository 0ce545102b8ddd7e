import { useSyncExternalStore } from 'react';
import { database } from '../db/database';
import { host } from '../host';
import { setStationCode, stationCode } from '../workstation';
import { createSessionStore, type SessionState } from './store';

/** This desk's session, over the host's secure storage and the configured hub. */
export const session = createSessionStore({
  hubUrl: () => host.info().then((info) => info.hubUrl),
  secureStore: host.secureStore,
  storage: globalThis.localStorage,
  fetch: (url, init) => fetch(url, init),
  clientId: () => database().clientId(),
  adoptStationCode: async (code) => {
    await setStationCode(database(), code);
  },
  workstationName: async () => `Werkplek ${await stationCode(database())}`,
  route: {
    read: () => window.location.hash,
    write: (hash) => {
      window.location.hash = hash;
    },
  },
});

export function useSession(): SessionState {
  return useSyncExternalStore(session.subscribe, session.get);
}
