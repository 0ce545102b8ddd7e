import { useCallback, useEffect, useLayoutEffect, useRef, type ReactNode } from 'react';
import { setDraftOwner } from '../app/drafts';
import type { StaffUser } from './hubApi';
import { LockScreen } from './LockScreen';
import { session, useSession } from './session';
import { SignInScreen } from './SignInScreen';
import { useIdleLock } from './useIdleLock';

/**
 * Between the app and whoever sits at the desk. Signed out: the sign-in screen. Locked: the lock
 * screen, with the workspace still mounted behind it but hidden and inert, so it unlocks to
 * exactly where the user was (route, typed text, focus). Another user gets a workspace of their
 * own (keyed by user, drafts namespaced by user).
 */
export function SessionGate({ children }: { children: (user: StaffUser | undefined) => ReactNode }) {
  const state = useSession();
  useEffect(() => {
    void session.init();
  }, []);

  const lock = useCallback(() => session.lock(), []);
  useIdleLock(state.status === 'active', lock);

  // Focus goes back where it was when the desk locked.
  const focused = useRef<Element | null>(null);
  const locked = state.status === 'locked';
  useLayoutEffect(() => {
    if (locked) {
      focused.current = document.activeElement;
      return;
    }
    if (focused.current instanceof HTMLElement && focused.current.isConnected) focused.current.focus();
    focused.current = null;
  }, [locked]);

  if (state.status === 'loading') return null;
  if (state.status === 'no-hub') {
    setDraftOwner(undefined);
    return <>{children(undefined)}</>;
  }
  if (state.status === 'signed-out') return <SignInScreen reason={state.reason} previous={state.previous} />;

  // Set before the workspace renders: its drafts are read during its first render.
  setDraftOwner(state.user.id);
  return (
    <>
      <div key={state.user.id} hidden={locked} inert={locked} style={locked ? undefined : { display: 'contents' }}>
        {children(state.user)}
      </div>
      {locked ? <LockScreen user={state.user} /> : null}
    </>
  );
}
