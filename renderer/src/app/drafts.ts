import { useCallback, useState } from 'react';

/**
 * Unsaved form input is written to localStorage on every change, synchronously, so it survives
 * a crash of the screen, an accidental navigation or a reload. A draft is removed only when the
 * form is saved or deliberately discarded.
 */
const BASE = 'loket.draft.';

/**
 * Drafts belong to the signed-in staff member: another one signing in at a locked desk neither
 * sees nor overwrites them (renderer/src/session sets the owner before the workspace renders).
 * Without a hub (local-only development) there is no owner and the keys are as before.
 */
let owner = '';
export function setDraftOwner(userId: string | undefined): void {
  owner = userId ? `${userId}.` : '';
}
const prefix = () => BASE + owner;

export function readDraft<T>(key: string): T | undefined {
  try {
    const raw = localStorage.getItem(prefix() + key);
    return raw === null ? undefined : (JSON.parse(raw) as T);
  } catch {
    return undefined;
  }
}

export function writeDraft<T>(key: string, value: T): void {
  try {
    localStorage.setItem(prefix() + key, JSON.stringify(value));
    stampDraft(prefix() + key, Date.now());
  } catch {
    // Storage full or blocked: the form keeps working, only the safety net is missing.
  }
}

export function clearDraft(key: string): void {
  localStorage.removeItem(prefix() + key);
}

// When each draft was last written (AVG, issue 10 point 8): a draft may hold visitor details, so it
// expires like other personal data. One map under its own key, outside the drafts' prefix.
const TIMES = 'loket.draftTimes';

function readTimes(): Record<string, number> {
  try {
    const parsed = JSON.parse(localStorage.getItem(TIMES) ?? '{}') as unknown;
    return parsed && typeof parsed === 'object' ? (parsed as Record<string, number>) : {};
  } catch {
    return {};
  }
}

function stampDraft(fullKey: string, at: number): void {
  localStorage.setItem(TIMES, JSON.stringify({ ...readTimes(), [fullKey]: at }));
}

/**
 * Drafts of centre content (an answer or the guide being edited) hold no visitor data, and the
 * editors promise that the text is kept until it can be saved – possibly the next day. They are
 * exempt from expiry; every other draft (intake, Woo filing, searches) may hold personal data and
 * expires. An exemption list rather than an allow-list: a new kind of draft expires unless
 * someone decides it holds no personal data. Matched at the end of the key, with or without owner.
 */
const CONTENT_DRAFT = /(^|\.)(answer-edit\.[^.]+|guide-edit)$/;

/** Removes every owner's drafts older than the limit (or without a time); returns how many went. */
export function expireDrafts(now: number, expired: (writtenAt: number | undefined, now: number) => boolean): number {
  const times = readTimes();
  const drafts: string[] = [];
  for (let i = 0; i < localStorage.length; i++) {
    const key = localStorage.key(i);
    if (key?.startsWith(BASE)) drafts.push(key);
  }
  const gone = drafts.filter((key) => !CONTENT_DRAFT.test(key.slice(BASE.length)) && expired(times[key], now));
  for (const key of gone) localStorage.removeItem(key);
  const kept = Object.fromEntries(drafts.filter((key) => !gone.includes(key)).map((key) => [key, times[key]!]));
  localStorage.setItem(TIMES, JSON.stringify(kept));
  return gone.length;
}

/**
 * Expires drafts now and then hourly while the app runs: a desk left open for days must not keep
 * a visitor's details in an abandoned form beyond the limit. Returns a stop function.
 */
export function startDraftExpiry(expired: (writtenAt: number | undefined, now: number) => boolean, everyMs = 60 * 60_000): () => void {
  const run = () => {
    try {
      expireDrafts(Date.now(), expired);
    } catch {
      // Storage blocked: nothing was kept there either.
    }
  };
  run();
  const timer = setInterval(run, everyMs);
  return () => clearInterval(timer);
}

/** This owner's draft keys (without an owner: the drafts that belong to nobody). */
export function draftKeys(): string[] {
  const keys: string[] = [];
  const mine = prefix();
  for (let i = 0; i < localStorage.length; i++) {
    const key = localStorage.key(i);
    if (!key?.startsWith(mine)) continue;
    const rest = key.slice(mine.length);
    // Unowned drafts never contain an owner id segment (a UUID followed by a dot).
    if (!owner && /^[0-9a-f-]{36}\./.test(rest)) continue;
    keys.push(rest);
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
