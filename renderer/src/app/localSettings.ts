import { useSyncExternalStore } from 'react';

/**
 * A settings object of this workstation kept in localStorage under one key: read synchronously
 * (and parsed only when the stored text changed), patched, and watched — by this window through
 * update(), and by other windows of the app through the 'storage' event. `parse` validates the
 * stored text and must fall back to defaults for a missing or damaged entry.
 */
export interface LocalSetting<T> {
  read: () => T;
  update: (patch: Partial<T>) => void;
  subscribe: (listener: () => void) => () => void;
}

export function localSetting<T extends object>(key: string, parse: (raw: string | null) => T): LocalSetting<T> {
  const listeners = new Set<() => void>();
  let cached: { raw: string | null; value: T } | undefined;

  const read = (): T => {
    const raw = globalThis.localStorage?.getItem(key) ?? null;
    if (cached?.raw !== raw) cached = { raw, value: parse(raw) };
    return cached.value;
  };

  const update = (patch: Partial<T>): void => {
    localStorage.setItem(key, JSON.stringify({ ...read(), ...patch }));
    for (const listener of listeners) listener();
  };

  const subscribe = (listener: () => void) => {
    listeners.add(listener);
    // Another window of the app on this workstation changed them.
    const onStorage = (event: StorageEvent) => {
      if (event.key === key) listener();
    };
    window.addEventListener('storage', onStorage);
    return () => {
      listeners.delete(listener);
      window.removeEventListener('storage', onStorage);
    };
  };

  return { read, update, subscribe };
}

/** The current value of a local setting; re-renders when it changes. */
export function useLocalSetting<T>(setting: LocalSetting<T>): T {
  return useSyncExternalStore(setting.subscribe, setting.read);
}
