import { useSyncExternalStore } from 'react';

/**
 * The staff member signed in at this desk, as far as recording actions is concerned. The session
 * module (renderer/src/session) owns sign-in; the app shell copies its user here, so features and
 * the workstation module never import the session (which imports the workstation module).
 */
export interface SignedInStaff {
  username: string;
  displayName: string;
  role: StaffRole;
}

/** The hub's roles (server/src/http/auth.ts, renderer/src/session/roles.ts); repeated here because this module may not import the session. */
export type StaffRole = 'desk' | 'phone' | 'coordinator' | 'admin';

/**
 * Exports that carry visitor personal data (the case's Klantinteracties file) are for coordinators
 * and admins only (docs/decisions/071-roles.md). They are written locally without the hub, so
 * hiding them is the only guard; with nobody signed in (no hub configured) the desk is its own
 * single-user centre and keeps them.
 */
export function mayExportPersonalData(staff: SignedInStaff | null): boolean {
  return staff === null || staff.role === 'coordinator' || staff.role === 'admin';
}

let current: SignedInStaff | null = null;
// Everyone who signed in here since the app started: a username in an actor ('anna@K7Q') is shown
// by name on documents, also after a switch of user.
const known = new Map<string, string>();
const listeners = new Set<() => void>();

export function setSignedInStaff(staff: SignedInStaff | null): void {
  if (staff) known.set(staff.username, staff.displayName);
  if (current?.username === staff?.username && current?.displayName === staff?.displayName && current?.role === staff?.role) return;
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

/** The signed-in staff member's role, or null when nobody is signed in. */
export function useStaffRole(): StaffRole | null {
  return useSignedInStaff()?.role ?? null;
}

export function useMayExportPersonalData(): boolean {
  return mayExportPersonalData(useSignedInStaff());
}
