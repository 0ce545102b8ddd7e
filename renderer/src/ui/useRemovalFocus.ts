import { useEffect, useRef, useState, type RefObject } from 'react';

interface Removal {
  /** Position of the removed row's remove button among its kind's remove buttons. */
  index: number;
  /** Matches `data-remove="<kind>"` and `data-add="<kind>"`; without it any `data-remove` / `data-add`. */
  kind?: string;
  /** A selector for the part of the container to look in (e.g. one question of several). */
  scope?: string;
  /** When the list has no control left (it may have disappeared entirely): where focus goes instead. */
  fallback?: () => void;
}

/**
 * Keeps keyboard focus in a list when a row is removed: the pressed remove button disappears, and
 * without this focus drops to <body> (WCAG 2.4.3). After `removed(...)`, focus goes to the remove
 * button now at that index (the next row), else the last one, else the section's add control.
 * Remove buttons carry `data-remove`, the add control `data-add`, inside the returned container.
 */
export function useRemovalFocus<T extends HTMLElement>(): { container: RefObject<T | null>; removed: (removal: number | Removal) => void } {
  const container = useRef<T>(null);
  const [pending, setPending] = useState<Removal | null>(null);
  useEffect(() => {
    if (pending === null) return;
    setPending(null);
    const root = pending.scope ? container.current?.querySelector<HTMLElement>(pending.scope) : container.current;
    const suffix = pending.kind ? `="${pending.kind}"` : '';
    const buttons = root?.querySelectorAll<HTMLElement>(`[data-remove${suffix}]`) ?? [];
    const target = buttons[Math.min(pending.index, buttons.length - 1)] ?? root?.querySelector<HTMLElement>(`[data-add${suffix}]`);
    if (target) target.focus();
    else pending.fallback?.();
  }, [pending]);
  return { container, removed: (removal) => setPending(typeof removal === 'number' ? { index: removal } : removal) };
}
