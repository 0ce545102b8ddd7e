import { useSyncExternalStore } from 'react';
import type { IntakeDraft } from '../../../../shared/model/intake';
import type { SavedIntake } from './repository';

/**
 * The last save of this window, for the confirmation with its case number and undo. It lives
 * outside the components because the intake unmounts when the start screen takes over.
 */
export interface LastSave {
  saved: SavedIntake;
  /** The form as it was saved, put back into the form by undo. */
  draft: IntakeDraft;
  at: number;
  state: 'saved' | 'undone';
  /** Undo is offered only until staff move on (a new intake) or the time is up. */
  undoable: boolean;
}

let current: LastSave | null = null;
const listeners = new Set<() => void>();

function emit() {
  for (const listener of listeners) listener();
}

export function getLastSave(): LastSave | null {
  return current;
}

export function setLastSave(value: LastSave | null): void {
  current = value;
  emit();
}

export function updateLastSave(patch: Partial<LastSave>): void {
  if (!current) return;
  current = { ...current, ...patch };
  emit();
}

export function useLastSave(): LastSave | null {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => current,
  );
}
