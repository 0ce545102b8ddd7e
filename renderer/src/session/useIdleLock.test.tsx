import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { setIdleMinutes } from '../workstation';
import { useIdleLock } from './useIdleLock';

beforeEach(() => {
  vi.useFakeTimers();
});

afterEach(() => {
  vi.useRealTimers();
  localStorage.clear();
});

describe('useIdleLock', () => {
  it.each([
    ['the default 5 minutes', undefined, 300_000],
    ['the idle time set on the settings screen (1 minute)', 1, 60_000],
  ])('locks after %s without activity, not a second earlier', (_name, minutes, idleMs) => {
    if (minutes !== undefined) setIdleMinutes(minutes);
    const lock = vi.fn();
    renderHook(() => useIdleLock(true, lock));
    vi.advanceTimersByTime(idleMs - 1_000);
    expect(lock).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1_000);
    expect(lock).toHaveBeenCalledTimes(1);
  });

  it('takes a changed idle time at once, and activity starts the count again', () => {
    const lock = vi.fn();
    renderHook(() => useIdleLock(true, lock));
    act(() => setIdleMinutes(2));
    vi.advanceTimersByTime(100_000);
    window.dispatchEvent(new KeyboardEvent('keydown'));
    vi.advanceTimersByTime(100_000);
    expect(lock).not.toHaveBeenCalled();
    vi.advanceTimersByTime(20_000);
    expect(lock).toHaveBeenCalledTimes(1);
  });
});
