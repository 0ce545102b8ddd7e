/**
 * Issue 12 point 1: the verdaging must be announced before the first term ends (Woo art. 4.4 lid
 * 2), and a suspension suspends that first term too (art. 4.4 lid 3, Awb 4:15). Worked examples
 * by hand around holidays, and a property against the independent Atw oracle.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { computeWooTerm, type Suspension } from './deadline';
import { oracleAddDays, oracleDaysBetween, oracleEndOfTerm } from '../calendar/atwOracle.testing';

const reason = 'precisering gevraagd (Awb 4:15)';

describe('extensionNoticeBy: the end of the first four weeks with the days suspended inside them', () => {
  it("the issue's example: received Mon 5 January 2026, suspended 13 up to (not including) 20 January → Mon 9 February", () => {
    const term = computeWooTerm({ receivedOn: '2026-01-05', suspensions: [{ from: '2026-01-13', until: '2026-01-20', reason }] });
    // 5 Jan + 28 = Mon 2 Feb; + 7 suspended days = Mon 9 Feb.
    expect(term).toMatchObject({ extensionNoticeBy: '2026-02-09', originalDecideBy: '2026-02-02' });
    expect(term.explanation).toContain(
      'Eerste termijn: 28 dagen + 7 dagen opschorting binnen die 4 weken = 35 dagen na de ontvangstdatum: maandag 9 februari 2026 (tijdens een opschorting staat ook de eerste termijn stil).',
    );
    expect(term.explanation.at(-1)).toBe(
      'Verdagen (met ten hoogste 2 weken) kan alleen met een schriftelijke, gemotiveerde mededeling uiterlijk op maandag 9 februari 2026, het einde van de eerste 4 weken met de opschorting erbij (Woo art. 4.4 lid 2).',
    );
  });

  it('the suspended first term ending on Goede Vrijdag 2026 moves past Easter to Tuesday 7 April', () => {
    // Received Fri 27 Feb 2026: + 28 = Fri 27 March. Suspended 3–9 March (7 days): Fri 3 April is
    // Goede Vrijdag, then the weekend and Tweede Paasdag (6 April) → Tue 7 April.
    const term = computeWooTerm({ receivedOn: '2026-02-27', suspensions: [{ from: '2026-03-03', until: '2026-03-10', reason }] });
    expect(term).toMatchObject({ originalDecideBy: '2026-03-27', extensionNoticeBy: '2026-04-07' });
    expect(term.explanation).toContain(
      'Die dag valt op vrijdag 3 april 2026 (Goede Vrijdag); volgens de Algemene termijnenwet (art. 1) verschoven naar dinsdag 7 april 2026.',
    );
  });

  it('a suspension that begins after the first term ended does not move it', () => {
    // Received Mon 2 March 2026: first term ends Mon 30 March. Extended on 20 March; a zienswijze
    // suspends 1–7 April.
    const term = computeWooTerm({
      receivedOn: '2026-03-02',
      extended: true,
      suspensions: [{ from: '2026-04-01', until: '2026-04-08', reason: 'zienswijze' }],
    });
    expect(term.extensionNoticeBy).toBe('2026-03-30');
    // 28 + 14 + 7 = 49 days → Mon 20 April.
    expect(term.decideBy).toBe('2026-04-20');
  });

  it('a first suspension can pull a second one into the first term', () => {
    // Received Mon 2 March 2026 (first term: Mon 30 March). Suspension 1: 5–11 March (7 days) →
    // Mon 6 April, Tweede Paasdag → Tue 7 April. Suspension 2 starts Wed 1 April, inside the
    // lengthened first term: 7 more days → Mon 13 April.
    const suspensions: Suspension[] = [
      { from: '2026-03-05', until: '2026-03-12', reason },
      { from: '2026-04-01', until: '2026-04-08', reason: 'zienswijze' },
    ];
    expect(computeWooTerm({ receivedOn: '2026-03-02', suspensions: suspensions.slice(0, 1) }).extensionNoticeBy).toBe('2026-04-07');
    expect(computeWooTerm({ receivedOn: '2026-03-02', suspensions }).extensionNoticeBy).toBe('2026-04-13');
    // Without the first one, the second begins after the first term (30 March) and moves nothing.
    expect(computeWooTerm({ receivedOn: '2026-03-02', suspensions: suspensions.slice(1) }).extensionNoticeBy).toBe('2026-03-30');
  });

  it('is null while a suspension is open, and says the verdaging can still be announced', () => {
    const term = computeWooTerm({ receivedOn: '2026-01-05', suspensions: [{ from: '2026-01-13', reason }] });
    expect(term.extensionNoticeBy).toBeNull();
    expect(term.decideBy).toBeNull();
    expect(term.explanation.at(-1)).toMatch(/^Verdagen \(met ten hoogste 2 weken\) kan zolang de opschorting loopt/);
  });

  it('a term without suspensions keeps the plain four weeks, Atw applied', () => {
    // Received Fri 20 March 2026: + 28 = Fri 17 April, a working day.
    expect(computeWooTerm({ receivedOn: '2026-03-20' }).extensionNoticeBy).toBe('2026-04-17');
    // Received Mon 30 March 2026: + 28 = Mon 27 April, Koningsdag → Tue 28 April.
    expect(computeWooTerm({ receivedOn: '2026-03-30' }).extensionNoticeBy).toBe('2026-04-28');
  });
});

// Dates 1980–2290 so that every term stays within the oracle's years.
const dayArb = fc.integer({ min: 0, max: 113_000 }).map((n) => oracleAddDays('1980-01-01', n));
const extraArb = fc.array(fc.integer({ min: 0, max: 90 }), { maxLength: 3 });

describe('extensionNoticeBy against the independent Atw oracle', () => {
  it('equals the first four weeks plus the days of every closed suspension that began before they ended, oracle-shifted', () => {
    fc.assert(
      fc.property(
        dayArb,
        fc.array(fc.tuple(fc.nat({ max: 30 }), fc.nat({ max: 20 })), { maxLength: 4 }),
        extraArb,
        fc.boolean(),
        (receivedOn, spans, extraOffsets, extended) => {
          const extraHolidays = extraOffsets.map((n) => oracleAddDays(receivedOn, n));
          // Back-to-back or spaced, never overlapping: each starts `gap` days after the previous end.
          let cursor = receivedOn;
          const suspensions: Suspension[] = spans.map(([gap, length]) => {
            const from = oracleAddDays(cursor, gap);
            cursor = oracleAddDays(from, length);
            return { from, until: cursor, reason };
          });
          let end = oracleAddDays(receivedOn, 28);
          for (const s of suspensions) {
            if (oracleDaysBetween(s.from, oracleEndOfTerm(end, extraHolidays)) < 0) continue;
            end = oracleAddDays(end, oracleDaysBetween(s.from, s.until as string));
          }
          const term = computeWooTerm({ receivedOn, extended, suspensions, extraHolidays });
          expect(term.extensionNoticeBy).toBe(oracleEndOfTerm(end, extraHolidays));
        },
      ),
    );
  });
});
