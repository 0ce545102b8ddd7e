/**
 * shared/ gives the same dates and times whatever time zone the host runs in (decision 031): the
 * hub runs in UTC, CI anywhere, the desk in Amsterdam. Lives here rather than in shared/ because
 * changing the host zone needs Node's process.env.TZ, which shared/ (also compiled for the
 * renderer) cannot name.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { amsterdamClock, amsterdamInstant, todayInAmsterdam } from '../../shared/calendar/amsterdam';
import { defaultDueChoice, dueAtFor, formatLocalDateTime, parseLocalDateTime } from '../../shared/model/intake';

const original = process.env.TZ;
afterEach(() => {
  if (original === undefined) delete process.env.TZ;
  else process.env.TZ = original;
});

describe.each(['America/New_York', 'Pacific/Auckland', 'Asia/Tokyo', 'UTC'])('with the host in %s', (zone) => {
  it('Amsterdam dates and times are the same', () => {
    process.env.TZ = zone;
    // The host zone really changed (Node applies TZ immediately).
    expect(new Intl.DateTimeFormat().resolvedOptions().timeZone).toBe(zone);
    expect(amsterdamClock(new Date('2026-03-29T01:00:00Z'))).toEqual({ date: '2026-03-29', time: '03:00', offsetMinutes: 120 });
    expect(amsterdamInstant('2026-10-25', '02:30', 'later')).toEqual(new Date('2026-10-25T01:30:00Z'));
    expect(todayInAmsterdam(new Date('2026-05-11T22:00:00Z'))).toBe('2026-05-12');
  });

  it("the intake's callback times are Amsterdam's", () => {
    process.env.TZ = zone;
    const monday9 = new Date('2026-05-11T09:00+02:00');
    expect(dueAtFor('today-16', monday9)).toEqual(new Date('2026-05-11T16:00+02:00'));
    expect(dueAtFor('next-day-10', new Date('2026-05-15T17:00+02:00'))).toEqual(new Date('2026-05-18T10:00+02:00'));
    expect(defaultDueChoice(new Date('2026-05-11T15:30+02:00'))).toBe('next-day-10');
    expect(formatLocalDateTime(monday9)).toBe('2026-05-11T09:00');
    expect(parseLocalDateTime('2026-05-11T09:00')).toEqual(monday9);
  });
});
