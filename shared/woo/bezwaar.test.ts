/**
 * Issue 12 points 4, 5, 6, 7 and 9: the dates around a Woo request besides the decision date –
 * objection term, delayed disclosure, the remedy when the body is late, the precisering deadline
 * and the callback of the informal approach. Worked examples by hand around holidays, and
 * properties against the independent Atw oracle (not atw.ts's own table).
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { bezwaarTerm, bezwaarTermEnd, callbackDueBy, delayedDisclosure, lateRemedy, preciseringTerm, WooTermError } from './deadline';
import { oracleAddDays, oracleEndOfTerm, oracleIsNonWorkingDay, oracleWorkingDaysBetween } from '../calendar/atwOracle.testing';

/** One test per example worked out by hand: `compute(input)` must give `expected`; the label names the example. */
function workedExamples(compute: (input: string) => string, examples: Array<[label: string, input: string, expected: string]>): void {
  it.each(examples)('%s', (_label, input, expected) => {
    expect(compute(input)).toBe(expected);
  });
}

describe('bezwaarTermEnd: six weeks from the day after the decision was sent (Awb 6:7, 6:8), Atw on the last day', () => {
  workedExamples(bezwaarTermEnd, [
    ['an ordinary Monday → Monday six weeks later', '2026-06-01', '2026-07-13'],
    ['sent Fri 13 Nov 2026 → Fri 25 Dec (Eerste Kerstdag), Tweede Kerstdag, weekend → Mon 28 Dec', '2026-11-13', '2026-12-28'],
    ['sent Mon 16 Mar 2026 → Mon 27 Apr (Koningsdag) → Tue 28 Apr', '2026-03-16', '2026-04-28'],
    ['sent Thu 2 Apr 2026 → Thu 14 May (Hemelvaartsdag) → Fri 15 May', '2026-04-02', '2026-05-15'],
    ['sent Fri 20 Feb 2026 → Fri 3 Apr (Goede Vrijdag), weekend, Tweede Paasdag → Tue 7 Apr', '2026-02-20', '2026-04-07'],
    ['sent Tue 24 Mar 2026 → Tue 5 May (Bevrijdingsdag, in the Atw every year) → Wed 6 May', '2026-03-24', '2026-05-06'],
    ['sent Fri 20 Nov 2026 → Fri 1 Jan 2027 (Nieuwjaarsdag), weekend → Mon 4 Jan 2027', '2026-11-20', '2027-01-04'],
  ]);

  it('a day equated by Royal Decree counts as a holiday too', () => {
    // Sent Fri 15 April 2022 → Fri 27 May 2022, equated with a holiday that year → Mon 30 May.
    expect(bezwaarTermEnd('2022-04-15')).toBe('2022-05-27');
    expect(bezwaarTermEnd('2022-04-15', ['2022-05-27'])).toBe('2022-05-30');
  });

  it('explains the date step by step', () => {
    expect(bezwaarTerm('2026-03-16').explanation).toEqual([
      'Besluit verstuurd of uitgereikt op maandag 16 maart 2026.',
      'Bezwaartermijn: 6 weken (42 dagen) vanaf de dag daarna (Awb 6:7 en 6:8 lid 1): maandag 27 april 2026.',
      'Einddatum valt op maandag 27 april 2026 (Koningsdag); volgens de Algemene termijnenwet (art. 1) verschoven naar dinsdag 28 april 2026.',
      'Laatste dag om bezwaar te maken: dinsdag 28 april 2026.',
    ]);
  });

  it('refuses a date that is not a date with a clear error', () => {
    expect(() => bezwaarTermEnd('2026-02-30')).toThrow(WooTermError);
    expect(() => bezwaarTermEnd('16-03-2026')).toThrow(/JJJJ-MM-DD/);
    expect(() => bezwaarTermEnd('2026-03-16', ['nope'])).toThrow(WooTermError);
  });

  it('property: the oracle’s end of the sixth week after the day of sending', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 113_000 }).map((n) => oracleAddDays('1980-01-01', n)),
        fc.array(fc.integer({ min: 30, max: 50 }), { maxLength: 3 }),
        (sentOn, offsets) => {
          const extra = offsets.map((n) => oracleAddDays(sentOn, n));
          expect(bezwaarTermEnd(sentOn, extra)).toBe(oracleEndOfTerm(oracleAddDays(sentOn, 42), extra));
        },
      ),
    );
  });
});

describe('delayedDisclosure: two weeks after the decision when a third party is expected to object (Woo art. 4.4 lid 5)', () => {
  it('is the same weekday two weeks later, without an Atw shift (a first day, not a last day)', () => {
    expect(delayedDisclosure('2026-04-16').date).toBe('2026-04-30');
    // Decided Tue 21 April 2026: two weeks later is Tue 5 May, Bevrijdingsdag; still the first day allowed.
    expect(delayedDisclosure('2026-04-21').date).toBe('2026-05-05');
    expect(delayedDisclosure('2026-04-16').explanation.at(-1)).toBe(
      'De informatie wordt niet eerder verstrekt dan 2 weken (14 dagen) daarna (Woo art. 4.4 lid 5): vanaf donderdag 30 april 2026.',
    );
  });
});

describe('lateRemedy: no dwangsom; notice of default, then after two weeks an appeal (Woo art. 8.2, Awb 6:12)', () => {
  it('counts from the day after the deadline, and two full weeks after the day the notice arrived', () => {
    const remedy = lateRemedy('2026-03-30');
    expect(remedy.noticeFrom).toBe('2026-03-31');
    // Two weeks after Tue 31 March have passed at the end of Tue 14 April.
    expect(remedy.appealFrom).toBe('2026-04-15');
    expect(remedy.explanation[0]).toContain('Geen dwangsom');
    expect(lateRemedy('2026-03-30', '2026-04-02').appealFrom).toBe('2026-04-17');
  });

  it('refuses a notice of default dated on or before the deadline', () => {
    expect(() => lateRemedy('2026-03-30', '2026-03-30')).toThrow(WooTermError);
  });
});

describe('preciseringTerm: two weeks after receipt (Woo art. 4.1 lid 5), Atw applied', () => {
  workedExamples((receivedOn) => preciseringTerm(receivedOn).askBy, [
    ['received Mon 2 March 2026 → Mon 16 March', '2026-03-02', '2026-03-16'],
    ['received Fri 20 March 2026 → Fri 3 April (Goede Vrijdag) → Tue 7 April', '2026-03-20', '2026-04-07'],
    ['received Sat 11 Dec 2027 → Sat 25 Dec → Mon 27 Dec', '2027-12-11', '2027-12-27'],
  ]);

  it('property: the oracle’s end of the second week', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 113_000 }).map((n) => oracleAddDays('1980-01-01', n)), (receivedOn) => {
        expect(preciseringTerm(receivedOn).askBy).toBe(oracleEndOfTerm(oracleAddDays(receivedOn, 14)));
      }),
    );
  });
});

describe('callbackDueBy: phone the requester within two working days of filing (informal approach)', () => {
  it('explains which days did not count', () => {
    expect(callbackDueBy('2026-04-02').explanation.at(-1)).toBe(
      'Verzoeker bellen binnen 2 werkdagen (informele aanpak): woensdag 8 april 2026; 4 dagen weekend of feestdag tellen niet mee.',
    );
  });

  it('property: a working day, the second one after filing by the oracle', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 113_000 }).map((n) => oracleAddDays('1980-01-01', n)), (filedOn) => {
        const due = callbackDueBy(filedOn).date;
        expect(oracleIsNonWorkingDay(due)).toBe(false);
        expect(oracleWorkingDaysBetween(filedOn, due)).toBe(2);
      }),
    );
  });

  workedExamples((filedOn) => callbackDueBy(filedOn).date, [
    ['filed Mon 2 March 2026 → Wed 4 March', '2026-03-02', '2026-03-04'],
    ['filed Fri 6 March 2026 → Tue 10 March (the weekend does not count)', '2026-03-06', '2026-03-10'],
    ['filed Thu 2 April 2026 → Goede Vrijdag, weekend, Tweede Paasdag skipped → Wed 8 April', '2026-04-02', '2026-04-08'],
    ['filed Fri 24 April 2026 → weekend, Koningsdag skipped → Wed 29 April', '2026-04-24', '2026-04-29'],
    ['filed on a Saturday (4 April 2026) → Tue 7 April, Wed 8 April', '2026-04-04', '2026-04-08'],
  ]);
});
