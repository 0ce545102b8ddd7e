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
  it('locks after the default 5 minutes without activity', () => {
    const lock = vi.fn();
    renderHook(() => useIdleLock(true, lock));
    vi.advanceTimersByTime(299_000);
    expect(lock).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1_000);
    expect(lock).toHaveBeenCalledTimes(1);
  });

  it('locks after the idle time set on the settings screen', () => {
    setIdleMinutes(1);
    const lock = vi.fn();
    renderHook(() => useIdleLock(true, lock));
    vi.advanceTimersByTime(59_000);
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
