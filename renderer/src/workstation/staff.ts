import { useSyncExternalStore } from 'react';

/**
 * The staff member signed in at this desk, as far as recording actions is concerned. The session
 * module (renderer/src/session) owns sign-in; the app shell copies its user here, so features and
 * the workstation module never import the session (which imports the workstation module).
 */
export interface SignedInStaff {
  username: string;
  displayName: string;
}

let current: SignedInStaff | null = null;
// Everyone who signed in here since the app started: a username in an actor ('anna@K7Q') is shown
// by name on documents, also after a switch of user.
const known = new Map<string, string>();
const listeners = new Set<() => void>();

export function setSignedInStaff(staff: SignedInStaff | null): void {
  if (staff) known.set(staff.username, staff.displayName);
  if (current?.username === staff?.username && current?.displayName === staff?.displayName) return;
  current = staff ? { ...staff } : null;
  for (const listener of listeners) listener();
}

export function signedInStaff(): SignedInStaff | null {
  return current;
}

export function useSignedInStaff(): SignedInStaff | null {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => current,
  );
}

/** 'anna@K7Q' → 'Anna de Vries' when Anna signed in here; any other actor as it is. */
export function actorName(actor: string): string {
  const username = /^([^@\s]+)@[A-Z0-9]{2,4}$/.exec(actor)?.[1];
  return (username && known.get(username)) ?? actor;
}
