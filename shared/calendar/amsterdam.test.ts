import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  amsterdamClock,
  amsterdamDate,
  amsterdamFormat,
  amsterdamInstant,
  amsterdamSameDayAt,
  amsterdamTime,
  formatAmsterdamDateTime,
  isWallTime,
  parseAmsterdamDateTime,
  todayInAmsterdam,
} from './amsterdam';

const utc = (iso: string) => new Date(iso);

/**
 * Independent oracle: the EU summer-time rule the Netherlands has followed since 1996 (Directive
 * 2000/84/EC), in plain UTC arithmetic: +02:00 from 01:00 UTC on the last Sunday of March until
 * 01:00 UTC on the last Sunday of October, +01:00 otherwise.
 */
function lastSundayAt0100Utc(year: number, month: number): number {
  const lastDay = new Date(Date.UTC(year, month, 0));
  return Date.UTC(year, month - 1, lastDay.getUTCDate() - lastDay.getUTCDay(), 1);
}
function oracleOffsetHours(ms: number): 1 | 2 {
  const year = new Date(ms).getUTCFullYear();
  return ms >= lastSundayAt0100Utc(year, 3) && ms < lastSundayAt0100Utc(year, 10) ? 2 : 1;
}
function oracleWall(ms: number): string {
  return new Date(ms + oracleOffsetHours(ms) * 3600_000).toISOString().slice(0, 16);
}

describe('instant → Amsterdam date and time', () => {
  it('winter (CET, +01:00) and summer (CEST, +02:00)', () => {
    expect(amsterdamClock(utc('2026-01-15T08:00:00Z'))).toEqual({ date: '2026-01-15', time: '09:00', offsetMinutes: 60 });
    expect(amsterdamClock(utc('2026-07-15T08:00:00Z'))).toEqual({ date: '2026-07-15', time: '10:00', offsetMinutes: 120 });
  });

  it('the date changes at Amsterdam midnight, not at UTC midnight', () => {
    expect(amsterdamDate(utc('2026-05-11T21:59:00Z'))).toBe('2026-05-11');
    expect(amsterdamDate(utc('2026-05-11T22:00:00Z'))).toBe('2026-05-12');
    expect(amsterdamTime(utc('2026-05-11T22:00:00Z'))).toBe('00:00');
    expect(todayInAmsterdam(utc('2026-12-31T23:30:00Z'))).toBe('2027-01-01');
    expect(todayInAmsterdam(utc('2026-12-31T22:59:59Z'))).toBe('2026-12-31');
  });

  it('last Sunday of March 2026 (29th): 01:59 CET is followed by 03:00 CEST', () => {
    expect(amsterdamClock(utc('2026-03-29T00:59:00Z'))).toEqual({ date: '2026-03-29', time: '01:59', offsetMinutes: 60 });
    expect(amsterdamClock(utc('2026-03-29T01:00:00Z'))).toEqual({ date: '2026-03-29', time: '03:00', offsetMinutes: 120 });
  });

  it('last Sunday of October 2026 (25th): 02:59 CEST is followed by 02:00 CET', () => {
    expect(amsterdamClock(utc('2026-10-25T00:59:00Z'))).toEqual({ date: '2026-10-25', time: '02:59', offsetMinutes: 120 });
    expect(amsterdamClock(utc('2026-10-25T01:00:00Z'))).toEqual({ date: '2026-10-25', time: '02:00', offsetMinutes: 60 });
  });

  it('agrees with the EU-rule oracle on any instant from 1996 to 2037', () => {
    const from = Date.UTC(1996, 0, 1);
    const to = Date.UTC(2037, 11, 31);
    fc.assert(
      fc.property(fc.integer({ min: from, max: to }), (ms) => {
        const { date, time, offsetMinutes } = amsterdamClock(new Date(ms));
        expect(`${date}T${time}`).toBe(oracleWall(ms));
        expect(offsetMinutes).toBe(oracleOffsetHours(ms) * 60);
      }),
      { numRuns: 500 },
    );
  });

  it('rejects an invalid instant with a clear error', () => {
    expect(() => amsterdamDate(new Date(Number.NaN))).toThrow(RangeError);
    expect(() => amsterdamTime('2026-01-01' as unknown as Date)).toThrow(/Not a valid instant/);
  });
});

describe('Amsterdam date and time → instant', () => {
  it('an ordinary time in winter and in summer', () => {
    expect(amsterdamInstant('2026-01-15', '09:00')).toEqual(utc('2026-01-15T08:00:00Z'));
    expect(amsterdamInstant('2026-07-15', '16:00')).toEqual(utc('2026-07-15T14:00:00Z'));
    expect(amsterdamInstant('2026-07-15', '00:00')).toEqual(utc('2026-07-14T22:00:00Z'));
  });

  it('around the March change: 01:59 and 03:00 exist, 02:30 does not', () => {
    expect(amsterdamInstant('2026-03-29', '01:59')).toEqual(utc('2026-03-29T00:59:00Z'));
    expect(amsterdamInstant('2026-03-29', '03:00')).toEqual(utc('2026-03-29T01:00:00Z'));
    // Skipped: 'compatible' reads it with the winter offset, which the clock shows as 03:30.
    expect(amsterdamInstant('2026-03-29', '02:30')).toEqual(utc('2026-03-29T01:30:00Z'));
    expect(amsterdamTime(amsterdamInstant('2026-03-29', '02:30'))).toBe('03:30');
    expect(amsterdamInstant('2026-03-29', '02:30', 'earlier')).toEqual(utc('2026-03-29T00:30:00Z'));
    expect(() => amsterdamInstant('2026-03-29', '02:30', 'reject')).toThrow(/2026-03-29 02:30 does not exist in Amsterdam/);
    expect(() => amsterdamInstant('2026-03-29', '02:00', 'reject')).toThrow(RangeError);
  });

  it('around the October change: 02:30 happens twice', () => {
    expect(amsterdamInstant('2026-10-25', '02:30')).toEqual(utc('2026-10-25T00:30:00Z'));
    expect(amsterdamInstant('2026-10-25', '02:30', 'earlier')).toEqual(utc('2026-10-25T00:30:00Z'));
    expect(amsterdamInstant('2026-10-25', '02:30', 'later')).toEqual(utc('2026-10-25T01:30:00Z'));
    expect(() => amsterdamInstant('2026-10-25', '02:30', 'reject')).toThrow(/happens twice/);
    expect(amsterdamInstant('2026-10-25', '01:59', 'reject')).toEqual(utc('2026-10-24T23:59:00Z'));
    expect(amsterdamInstant('2026-10-25', '03:00', 'reject')).toEqual(utc('2026-10-25T02:00:00Z'));
  });

  it('agrees with the oracle for any wall-clock minute from 1996 to 2037, and rejects exactly the skipped and repeated ones', () => {
    const from = Date.UTC(1996, 0, 1) / 60_000;
    const to = Date.UTC(2037, 11, 31) / 60_000;
    // Biased towards the change days, where the interesting cases are.
    const nearChange = fc
      .tuple(fc.integer({ min: 1996, max: 2037 }), fc.constantFrom(3, 10), fc.integer({ min: -180, max: 240 }))
      .map(([year, month, minutes]) => lastSundayAt0100Utc(year, month) / 60_000 + 60 + minutes);
    fc.assert(
      fc.property(fc.oneof(fc.integer({ min: from, max: to }), nearChange), (wallMinutes) => {
        const wall = new Date(wallMinutes * 60_000).toISOString();
        const [date, time] = [wall.slice(0, 10), wall.slice(11, 16)];
        const candidates = [1, 2].map((hours) => wallMinutes * 60_000 - hours * 3600_000).filter((ms) => oracleWall(ms) === `${date}T${time}`);
        if (candidates.length === 1) {
          expect(amsterdamInstant(date, time, 'reject').getTime()).toBe(candidates[0]);
        } else {
          expect(() => amsterdamInstant(date, time, 'reject')).toThrow(RangeError);
          if (candidates.length === 2) expect(amsterdamInstant(date, time).getTime()).toBe(Math.min(...candidates));
        }
      }),
      { numRuns: 500 },
    );
  });

  it('round-trips: the clock at the instant found shows the time asked for (outside the March gap)', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1996, 0, 1), max: Date.UTC(2037, 11, 31) }), (ms) => {
        const instant = new Date(Math.floor(ms / 60_000) * 60_000);
        const { date, time } = amsterdamClock(instant);
        const back = amsterdamInstant(date, time, 'later');
        expect(amsterdamClock(back)).toMatchObject({ date, time });
        // Only a repeated hour can map two instants to one wall time; 'later' then picks the second.
        if (back.getTime() !== instant.getTime()) expect(back.getTime() - instant.getTime()).toBe(3600_000);
      }),
      { numRuns: 300 },
    );
  });

  it('rejects a date or time that does not exist on any calendar, with a clear error', () => {
    expect(() => amsterdamInstant('2026-02-29', '10:00')).toThrow(/Not a valid calendar date/);
    expect(() => amsterdamInstant('2026-05-12', '24:00')).toThrow(/Not a valid time \(HH:MM\): "24:00"/);
    expect(() => amsterdamInstant('2026-05-12', '9:00')).toThrow(RangeError);
    expect(isWallTime('23:59')).toBe(true);
    expect(isWallTime('23:60')).toBe(false);
  });

  it('the same Amsterdam day at another time, also when that day is already tomorrow in UTC terms', () => {
    expect(amsterdamSameDayAt(utc('2026-05-11T22:30:00Z'), '16:00')).toEqual(utc('2026-05-12T14:00:00Z'));
    expect(amsterdamSameDayAt(utc('2026-03-29T00:30:00Z'), '16:00')).toEqual(utc('2026-03-29T14:00:00Z'));
  });
});

describe('datetime-local values in Amsterdam', () => {
  it('parses and formats YYYY-MM-DDTHH:MM', () => {
    expect(parseAmsterdamDateTime('2026-05-12T08:30')).toEqual(utc('2026-05-12T06:30:00Z'));
    expect(formatAmsterdamDateTime(utc('2026-05-12T06:30:45Z'))).toBe('2026-05-12T08:30');
    expect(formatAmsterdamDateTime(utc('2026-12-31T23:15:00Z'))).toBe('2027-01-01T00:15');
  });

  it('gives undefined for anything that is not a real date and time', () => {
    for (const value of ['', 'morgen', '2026-05-12', '2026-05-12 08:30', '2026-13-01T08:30', '2026-02-30T08:30', '2026-05-12T24:00', '2026-05-12T08:60']) {
      expect(parseAmsterdamDateTime(value), value).toBeUndefined();
    }
    expect(parseAmsterdamDateTime('2026-03-29T02:30', 'reject')).toBeUndefined();
  });
});

describe("display formats on Amsterdam's clock", () => {
  it('formats in the locale asked for, in Amsterdam time, with Latin digits, whatever timeZone is passed', () => {
    const justAfterMidnight = utc('2026-05-11T22:30:00Z');
    expect(amsterdamFormat('nl-NL', { hour: '2-digit', minute: '2-digit' }).format(justAfterMidnight)).toBe('00:30');
    expect(amsterdamFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric' }).format(justAfterMidnight)).toBe('12 mei 2026');
    expect(amsterdamFormat('ar', { day: 'numeric', timeZone: 'UTC' }).format(justAfterMidnight)).toBe('12');
    expect(amsterdamFormat('nl-NL', { hour: '2-digit' })).toBe(amsterdamFormat('nl-NL', { hour: '2-digit' }));
  });
});

// Independence of the host's time zone needs process.env.TZ: test/integration/hostTimeZone.test.ts.
