import { useCallback, useState } from 'react';

/**
 * Unsaved form input is written to localStorage on every change, synchronously, so it survives
 * a crash of the screen, an accidental navigation or a reload. A draft is removed only when the
 * form is saved or deliberately discarded.
 */
const PREFIX = 'loket.draft.';

export function readDraft<T>(key: string): T | undefined {
  try {
    const raw = localStorage.getItem(PREFIX + key);
    return raw === null ? undefined : (JSON.parse(raw) as T);
  } catch {
    return undefined;
  }
}

export function writeDraft<T>(key: string, value: T): void {
  try {
    localStorage.setItem(PREFIX + key, JSON.stringify(value));
  } catch {
    // Storage full or blocked: the form keeps working, only the safety net is missing.
  }
}

export function clearDraft(key: string): void {
  localStorage.removeItem(PREFIX + key);
}

export function draftKeys(): string[] {
  const keys: string[] = [];
  for (let i = 0; i < localStorage.length; i++) {
    const key = localStorage.key(i);
    if (key?.startsWith(PREFIX)) keys.push(key.slice(PREFIX.length));
  }
  return keys;
}

/** Like useState, but persisted as a draft under `key` until `clear()` is called. */
export function useDraft<T>(key: string, initial: T | (() => T)): [T, (next: T | ((previous: T) => T)) => void, () => void] {
  const [value, setValue] = useState<T>(() => {
    const stored = readDraft<T>(key);
    if (stored !== undefined) return stored;
    return typeof initial === 'function' ? (initial as () => T)() : initial;
  });
  const update = useCallback(
    (next: T | ((previous: T) => T)) => {
      setValue((previous) => {
        const resolved = typeof next === 'function' ? (next as (p: T) => T)(previous) : next;
        writeDraft(key, resolved);
        return resolved;
      });
    },
    [key],
  );
  const clear = useCallback(() => clearDraft(key), [key]);
  return [value, update, clear];
}
