import { afterEach, describe, expect, it } from 'vitest';
import { idleMinutes, lockSettings, parseIdleMinutes, setIdleMinutes } from './lock';

afterEach(() => localStorage.clear());

describe('parseIdleMinutes', () => {
  it.each([
    ['1', 1],
    ['5', 5],
    [' 60 ', 60],
    ['007', 7],
  ])('accepts %j as %i minutes', (text, minutes) => {
    expect(parseIdleMinutes(text)).toEqual({ ok: true, minutes });
  });

  it.each(['', '0', '61', '100', '-5', '2.5', '2,5', 'vijf', '5 min', '1e1'])('refuses %j', (text) => {
    expect(parseIdleMinutes(text)).toEqual({ ok: false });
  });
});

describe('the idle lock setting', () => {
  it('is 5 minutes when nothing or something damaged is stored', () => {
    expect(lockSettings.read().idleSeconds).toBe(300);
    for (const stored of ['{', '{"idleSeconds":"60"}', '{"idleSeconds":0}', '{"idleSeconds":-60}', 'null']) {
      localStorage.setItem('loket.lock', stored);
      expect(lockSettings.read().idleSeconds, stored).toBe(300);
    }
  });

  it('stores minutes as seconds under loket.lock, where the session lock reads them', () => {
    setIdleMinutes(1);
    expect(JSON.parse(localStorage.getItem('loket.lock')!)).toEqual({ idleSeconds: 60 });
    expect(lockSettings.read().idleSeconds).toBe(60);
  });

  it('refuses to store minutes outside 1–60', () => {
    for (const minutes of [0, 61, 2.5, Number.NaN]) expect(() => setIdleMinutes(minutes), String(minutes)).toThrow(RangeError);
    expect(localStorage.getItem('loket.lock')).toBeNull();
  });

  it('shows a stored idle time in whole minutes, rounded up', () => {
    expect(idleMinutes(300)).toBe(5);
    expect(idleMinutes(2)).toBe(1);
    expect(idleMinutes(90)).toBe(2);
  });
});
