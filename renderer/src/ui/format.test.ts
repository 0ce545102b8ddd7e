import { describe, expect, it } from 'vitest';
import { endOfDay, sameDay, startOfDay } from './clock';
import { formatDuration, formatters } from './format';

describe('formatters: one formatting path on the desk clock', () => {
  it('shows an instant as the Amsterdam day and time, whatever the machine zone', () => {
    const nl = formatters('nl');
    // 23:30 UTC on 31 December is 00:30 on 1 January in Amsterdam (CET, UTC+1).
    expect(nl.date('2025-12-31T23:30:00Z')).toBe('1 januari 2026');
    expect(nl.time('2025-12-31T23:30:00Z')).toBe('00:30');
    // Summer time: 22:15 UTC on 1 July is 00:15 on 2 July (CEST, UTC+2).
    expect(nl.dateTime('2026-07-01T22:15:00Z')).toBe('2 juli 2026 om 00:15');
  });

  it('shows a calendar date as that day, never shifted by a zone', () => {
    expect(formatters('nl').calendarDate('2026-03-30')).toBe('30 maart 2026');
    expect(formatters('nl').calendarDate('2026-03-30', { weekday: true })).toBe('maandag 30 maart 2026');
    // ICU versions differ on the comma after the weekday in en-GB.
    expect(formatters('en').calendarDate('2026-03-30', { weekday: true })).toMatch(/^Monday,? 30 March 2026$/);
    expect(formatters('nl').calendarDate('not a date')).toBe('not a date');
  });

  it('formats numbers and durations in the UI language', () => {
    expect(formatters('nl').number(4100)).toBe('4.100');
    expect(formatters('en').number(4100)).toBe('4,100');
    expect(formatDuration(75)).toBe('01:15');
    expect(formatDuration(3725)).toBe('1:02:05');
    expect(formatDuration(-3)).toBe('00:00');
  });
});

describe('day boundaries on the desk clock', () => {
  it('a day starts at Amsterdam midnight', () => {
    expect(startOfDay(new Date('2026-01-15T12:00:00Z')).toISOString()).toBe('2026-01-14T23:00:00.000Z');
    expect(startOfDay(new Date('2026-07-15T23:30:00Z')).toISOString()).toBe('2026-07-15T22:00:00.000Z');
  });

  it('the spring-forward day is 23 hours long and the autumn one 25', () => {
    const march = new Date('2026-03-29T10:00:00Z');
    expect(endOfDay(march).getTime() - startOfDay(march).getTime() + 1).toBe(23 * 3600_000);
    const october = new Date('2026-10-25T10:00:00Z');
    expect(endOfDay(october).getTime() - startOfDay(october).getTime() + 1).toBe(25 * 3600_000);
  });

  it('two instants are on the same day by the Amsterdam calendar', () => {
    expect(sameDay(new Date('2026-01-01T22:59:00Z'), new Date('2026-01-01T00:00:00Z'))).toBe(true);
    expect(sameDay(new Date('2026-01-01T23:00:00Z'), new Date('2026-01-01T22:59:00Z'))).toBe(false);
  });
});
