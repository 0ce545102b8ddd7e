import { useEffect, useRef, useState, type RefObject } from 'react';

/**
 * Keeps keyboard focus in a list when a row is removed: the pressed remove button disappears, and
 * without this focus drops to <body> (WCAG 2.4.3). After `removed(index)`, focus goes to the remove
 * button now at that index (the next row), else the last one, else the section's add control.
 * Remove buttons carry `data-remove`, the add control `data-add`, inside the returned container.
 */
export function useRemovalFocus<T extends HTMLElement>(): { container: RefObject<T | null>; removed: (index: number) => void } {
  const container = useRef<T>(null);
  const [pending, setPending] = useState<number | null>(null);
  useEffect(() => {
    if (pending === null) return;
    setPending(null);
    const buttons = container.current?.querySelectorAll<HTMLElement>('[data-remove]') ?? [];
    const target = buttons[Math.min(pending, buttons.length - 1)] ?? container.current?.querySelector<HTMLElement>('[data-add]');
    target?.focus();
  }, [pending]);
  return { container, removed: setPending };
}
