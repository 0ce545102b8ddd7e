import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Suspension, WooTerm, WooTermInput } from './deadline';
import { computeAvgTerm, computeWooTerm, wooTrafficLight, WooTermError } from './deadline';
import { atwHolidays } from '../calendar/atw';
import { addDays, diffDays, fromDayNumber, toDayNumber } from '../calendar/isoDate';
import { oracleAddDays, oracleDaysBetween, oracleEndOfTerm, oracleIsNonWorkingDay, oracleWorkingDaysBetween } from '../calendar/atwOracle.testing';

const reason = 'aanvulling gevraagd (Awb 4:15)';
/** A suspension from `from` up to (not including) `until`, open when `until` is undefined. */
const s = (from: string, until: string | undefined, why = reason): Suspension =>
  until === undefined ? { from, reason: why } : { from, until, reason: why };
/** The term of a request received on `receivedOn` with these suspensions and nothing else. */
const suspendedTerm = (receivedOn: string, ...suspensions: Suspension[]): WooTerm => computeWooTerm({ receivedOn, suspensions });

describe('computeWooTerm: the 4-week term around every Atw holiday of 2025–2028', () => {
  // receivedOn + 28 lands on the holiday; the expected end is worked out by hand.
  // Easter 2025 = 20 Apr, 2026 = 5 Apr, 2027 = 28 Mar, 2028 = 16 Apr.
  it.each([
    // 2025
    ['Nieuwjaarsdag 2025 (Wed)', '2024-12-04', '2025-01-01', '2025-01-02'],
    ['Goede Vrijdag 2025 → Sat, Easter Sunday, Tweede Paasdag → Tue', '2025-03-21', '2025-04-18', '2025-04-22'],
    ['Tweede Paasdag 2025', '2025-03-24', '2025-04-21', '2025-04-22'],
    ['Koningsdag 2025 is Sat 26 Apr (27th is a Sunday) → Mon', '2025-03-29', '2025-04-26', '2025-04-28'],
    ['Sunday 27 Apr 2025 (not Koningsdag that year) → Mon', '2025-03-30', '2025-04-27', '2025-04-28'],
    ['5 May 2025 (Mon)', '2025-04-07', '2025-05-05', '2025-05-06'],
    ['Hemelvaartsdag 2025 (Thu)', '2025-05-01', '2025-05-29', '2025-05-30'],
    ['Tweede Pinksterdag 2025', '2025-05-12', '2025-06-09', '2025-06-10'],
    ['Eerste Kerstdag 2025 (Thu) → Tweede Kerstdag → weekend → Mon', '2025-11-27', '2025-12-25', '2025-12-29'],
    ['Tweede Kerstdag 2025 (Fri) → weekend → Mon', '2025-11-28', '2025-12-26', '2025-12-29'],
    // 2026
    ['Nieuwjaarsdag 2026 (Thu)', '2025-12-04', '2026-01-01', '2026-01-02'],
    ['Goede Vrijdag 2026 → Tue', '2026-03-06', '2026-04-03', '2026-04-07'],
    ['Tweede Paasdag 2026', '2026-03-09', '2026-04-06', '2026-04-07'],
    ['Koningsdag 2026 (Mon)', '2026-03-30', '2026-04-27', '2026-04-28'],
    ['5 May 2026 (Tue)', '2026-04-07', '2026-05-05', '2026-05-06'],
    ['Hemelvaartsdag 2026', '2026-04-16', '2026-05-14', '2026-05-15'],
    ['Tweede Pinksterdag 2026 (received on Koningsdag)', '2026-04-27', '2026-05-25', '2026-05-26'],
    ['Eerste Kerstdag 2026 (Fri) → Tweede Kerstdag (Sat) → Sun → Mon', '2026-11-27', '2026-12-25', '2026-12-28'],
    ['Tweede Kerstdag 2026 (Sat)', '2026-11-28', '2026-12-26', '2026-12-28'],
    // 2027
    ['Nieuwjaarsdag 2027 (Fri) → weekend → Mon', '2026-12-04', '2027-01-01', '2027-01-04'],
    ['Goede Vrijdag 2027 → Tue', '2027-02-26', '2027-03-26', '2027-03-30'],
    ['Tweede Paasdag 2027', '2027-03-01', '2027-03-29', '2027-03-30'],
    ['Koningsdag 2027 (Tue)', '2027-03-30', '2027-04-27', '2027-04-28'],
    ['5 May 2027 (Wed) → Hemelvaartsdag (Thu) → Fri', '2027-04-07', '2027-05-05', '2027-05-07'],
    ['Hemelvaartsdag 2027 (6 May)', '2027-04-08', '2027-05-06', '2027-05-07'],
    ['Tweede Pinksterdag 2027', '2027-04-19', '2027-05-17', '2027-05-18'],
    ['Eerste Kerstdag 2027 (Sat) → Tweede Kerstdag (Sun) → Mon', '2027-11-27', '2027-12-25', '2027-12-27'],
    ['Tweede Kerstdag 2027 (Sun)', '2027-11-28', '2027-12-26', '2027-12-27'],
    // 2028
    ['Nieuwjaarsdag 2028 (Sat) → Mon', '2027-12-04', '2028-01-01', '2028-01-03'],
    ['Goede Vrijdag 2028 → Tue', '2028-03-17', '2028-04-14', '2028-04-18'],
    ['Tweede Paasdag 2028', '2028-03-20', '2028-04-17', '2028-04-18'],
    ['Koningsdag 2028 (Thu)', '2028-03-30', '2028-04-27', '2028-04-28'],
    ['5 May 2028 (Fri) → weekend → Mon', '2028-04-07', '2028-05-05', '2028-05-08'],
    ['Hemelvaartsdag 2028', '2028-04-27', '2028-05-25', '2028-05-26'],
    ['Tweede Pinksterdag 2028', '2028-05-08', '2028-06-05', '2028-06-06'],
    ['Eerste Kerstdag 2028 (Mon) → Tweede Kerstdag → Wed', '2028-11-27', '2028-12-25', '2028-12-27'],
    ['Tweede Kerstdag 2028 (Tue)', '2028-11-28', '2028-12-26', '2028-12-27'],
    // Longest chain: Good Friday, weekend, Easter Monday, then Koningsdag on Tuesday.
    ['Goede Vrijdag 2038 (Easter 25 Apr) → Wed 28 Apr', '2038-03-26', '2038-04-23', '2038-04-28'],
  ])('%s', (_label, receivedOn, end, expected) => {
    expect(addDays(receivedOn, 28)).toBe(end); // guards the table itself
    const term = computeWooTerm({ receivedOn });
    expect(term.decideBy).toBe(expected);
    expect(term.originalDecideBy).toBe(expected);
    expect(term.extensionNoticeBy).toBe(expected);
    expect(term.suspendedDays).toBe(0);
  });

  it('covers every statutory holiday of 2025–2028 in the table above', () => {
    // 9 statutory days × 4 years; the table has one row per holiday (plus extras).
    const all = [2025, 2026, 2027, 2028].flatMap((y) => atwHolidays(y));
    expect(all).toHaveLength(36);
  });

  it('a day equated by Royal Decree (27 May 2022) moves the end further', () => {
    // Hemelvaartsdag Thu 26 May 2022; Fri 27 May 2022 equated → Mon 30 May.
    expect(computeWooTerm({ receivedOn: '2022-04-28' }).decideBy).toBe('2022-05-27');
    const term = computeWooTerm({ receivedOn: '2022-04-28', extraHolidays: ['2022-05-27'] });
    expect(term.decideBy).toBe('2022-05-30');
    // An end on the equated day itself is named as such.
    const onDecree = computeWooTerm({ receivedOn: '2022-04-29', extraHolidays: ['2022-05-27'] });
    expect(onDecree.decideBy).toBe('2022-05-30');
    expect(onDecree.explanation).toContain(
      'Einddatum valt op vrijdag 27 mei 2022 (Bij koninklijk besluit gelijkgestelde dag); volgens de Algemene termijnenwet (art. 1) verschoven naar maandag 30 mei 2022.',
    );
  });
});

describe('computeWooTerm: explanation', () => {
  it('explains a plain term step by step', () => {
    // The whole explanation, line for line (toMatchObject compares arrays at full length).
    expect(computeWooTerm({ receivedOn: '2025-06-03' })).toMatchObject({
      decideBy: '2025-07-01',
      explanation: [
        'Ontvangen op dinsdag 3 juni 2025.',
        'Beslistermijn: 4 weken (28 dagen) vanaf de dag na ontvangst (Woo art. 4.4 lid 1).',
        'Einddatum: 28 dagen na de ontvangstdatum: dinsdag 1 juli 2025.',
        'Uiterste beslisdatum: dinsdag 1 juli 2025.',
        'Verdagen (met ten hoogste 2 weken) kan alleen met een schriftelijke, gemotiveerde mededeling uiterlijk op dinsdag 1 juli 2025, het einde van de eerste 4 weken (Woo art. 4.4 lid 2).',
      ],
    });
  });

  it('explains an Atw shift onto a weekend', () => {
    const term = computeWooTerm({ receivedOn: '2025-05-04' });
    expect(term.decideBy).toBe('2025-06-02');
    expect(term.explanation).toContain(
      'Einddatum valt op zondag 1 juni 2025; volgens de Algemene termijnenwet (art. 1) verschoven naar maandag 2 juni 2025.',
    );
  });

  it('names the holiday an end falls on', () => {
    const term = computeWooTerm({ receivedOn: '2025-03-21' });
    expect(term.explanation).toContain(
      'Einddatum valt op vrijdag 18 april 2025 (Goede Vrijdag); volgens de Algemene termijnenwet (art. 1) verschoven naar dinsdag 22 april 2025.',
    );
    expect(term.explanation.at(-2)).toBe('Uiterste beslisdatum: dinsdag 22 april 2025.');
  });

  it('explains extension and suspension together', () => {
    const term = computeWooTerm({
      receivedOn: '2025-06-03',
      extended: true,
      suspensions: [{ from: '2025-06-10', until: '2025-06-17', reason: ` ${reason} ` }],
    });
    expect(term.decideBy).toBe('2025-07-22');
    expect(term.explanation).toEqual([
      'Ontvangen op dinsdag 3 juni 2025.',
      'Beslistermijn: 4 weken (28 dagen) vanaf de dag na ontvangst (Woo art. 4.4 lid 1).',
      'Verdaagd met 2 weken (Woo art. 4.4 lid 2).',
      'Opgeschort van 10 juni 2025 tot en met 16 juni 2025: 7 dagen (aanvulling gevraagd (Awb 4:15)).',
      'Einddatum: 28 dagen + 14 dagen verdaging + 7 dagen opschorting = 49 dagen na de ontvangstdatum: dinsdag 22 juli 2025.',
      'Uiterste beslisdatum: dinsdag 22 juli 2025.',
      // Issue 12: the suspension inside the first four weeks moves the verdaging deadline too.
      'Eerste termijn: 28 dagen + 7 dagen opschorting binnen die 4 weken = 35 dagen na de ontvangstdatum: dinsdag 8 juli 2025 (tijdens een opschorting staat ook de eerste termijn stil).',
      'De verdaging moest uiterlijk op dinsdag 8 juli 2025, het einde van de eerste 4 weken met de opschorting erbij, schriftelijk en met redenen zijn meegedeeld (Woo art. 4.4 lid 2).',
    ]);
  });
});

describe('computeWooTerm: extension and suspension', () => {
  it('extension adds 2 weeks; the notice date stays the end of the first 4 weeks', () => {
    const term = computeWooTerm({ receivedOn: '2025-06-03', extended: true });
    expect(term).toMatchObject({
      decideBy: '2025-07-15',
      originalDecideBy: '2025-07-01',
      extensionNoticeBy: '2025-07-01',
      suspendedDays: 0,
    });
  });

  it('extension applies Atw to the extended end only', () => {
    // 2025-03-07 + 28 = Fri 4 Apr (working day); + 42 = Fri 18 Apr (Goede Vrijdag) → Tue 22 Apr.
    const term = computeWooTerm({ receivedOn: '2025-03-07', extended: true });
    expect(term.originalDecideBy).toBe('2025-04-04');
    expect(term.decideBy).toBe('2025-04-22');
  });

  it('the original term is shifted by Atw even when the extended one is not', () => {
    // + 28 = Sat 26 Apr 2025 → Mon 28 Apr; + 42 = Sat 10 May → Mon 12 May.
    const term = computeWooTerm({ receivedOn: '2025-03-29', extended: true });
    expect(term.extensionNoticeBy).toBe('2025-04-28');
    expect(term.decideBy).toBe('2025-05-12');
  });

  it('one closed suspension adds until − from days', () => {
    const term = suspendedTerm('2025-06-03', s('2025-06-10', '2025-06-17'));
    expect(term.suspendedDays).toBe(7);
    expect(term.decideBy).toBe('2025-07-08');
    expect(term.originalDecideBy).toBe('2025-07-01');
    expect(term.explanation).toContain('Opgeschort van 10 juni 2025 tot en met 16 juni 2025: 7 dagen (aanvulling gevraagd (Awb 4:15)).');
  });

  it('multiple suspensions, given in any order, including back-to-back ones', () => {
    const suspensions: Suspension[] = [
      { from: '2025-06-20', until: '2025-06-23', reason: 'zienswijze derde (Woo art. 4.4 lid 3)' },
      { from: '2025-06-05', until: '2025-06-12', reason },
      { from: '2025-06-23', until: '2025-06-24', reason: 'tweede zienswijze' },
    ];
    const term = computeWooTerm({ receivedOn: '2025-06-03', suspensions });
    expect(term.suspendedDays).toBe(11);
    expect(term.decideBy).toBe('2025-07-14'); // + 39 = Sat 12 July → Mon 14 July
    const lines = term.explanation.filter((l) => l.startsWith('Opgeschort'));
    expect(lines).toEqual([
      'Opgeschort van 5 juni 2025 tot en met 11 juni 2025: 7 dagen (aanvulling gevraagd (Awb 4:15)).',
      'Opgeschort van 20 juni 2025 tot en met 22 juni 2025: 3 dagen (zienswijze derde (Woo art. 4.4 lid 3)).',
      'Opgeschort op 23 juni 2025: 1 dag (tweede zienswijze).',
    ]);
  });

  it('a suspension of 0 days (until == from) and one starting on the day of receipt are allowed', () => {
    const term = suspendedTerm('2025-06-03', s('2025-06-03', '2025-06-05'), s('2025-06-10', '2025-06-10'));
    expect(term.suspendedDays).toBe(2);
    expect(term.decideBy).toBe('2025-07-03');
  });

  it('suspension pushing the end onto Christmas gets the Atw shift', () => {
    // 2025-11-20 + 28 = Thu 18 Dec; + 7 days suspension = Thu 25 Dec → Mon 29 Dec.
    const term = suspendedTerm('2025-11-20', s('2025-11-25', '2025-12-02'));
    expect(term.decideBy).toBe('2025-12-29');
    expect(term.explanation).toContain(
      'Einddatum valt op donderdag 25 december 2025 (Eerste Kerstdag); volgens de Algemene termijnenwet (art. 1) verschoven naar maandag 29 december 2025.',
    );
  });

  it('an open suspension stops the clock: no decideBy, only closed days counted', () => {
    const term = computeWooTerm({ receivedOn: '2025-06-03', extended: false, suspensions: [s('2025-06-20', undefined, 'zienswijze derde'), s('2025-06-05', '2025-06-12')] });
    expect(term.decideBy).toBeNull();
    expect(term.suspendedDays).toBe(7);
    expect(term.originalDecideBy).toBe('2025-07-01');
    expect(term.extensionNoticeBy).toBeNull(); // issue 12: null while a suspension is open
    expect(term.explanation).toContain(
      'Opgeschort sinds vrijdag 20 juni 2025 (zienswijze derde): de termijn staat stil tot de opschorting eindigt.',
    );
    // Used before: 4–19 June minus 5–11 June = 9 days, so 19 of 28 remain.
    expect(term.explanation).toContain('Bij het begin van de opschorting resteerden nog 19 dagen van de termijn.');
    expect(term.explanation.some((l) => l.startsWith('Uiterste beslisdatum: nog niet bekend; de termijn staat stil sinds vrijdag 20 juni 2025.'))).toBe(true);
  });

  it('closing the open suspension gives the date the remaining days point to', () => {
    const term = suspendedTerm('2025-06-03', s('2025-06-05', '2025-06-12'), s('2025-06-20', '2025-06-30', 'zienswijze derde'));
    // 19 remaining days, counted from 30 June (the clock runs again that day): 30 June + 18 = 18 July.
    expect(term.decideBy).toBe('2025-07-18');
  });

  it('warns when a suspension starts after the term had already ended', () => {
    const term = suspendedTerm('2025-06-03', s('2025-07-02', '2025-07-05'));
    expect(term.decideBy).toBe('2025-07-04');
    expect(term.explanation.some((l) => l.startsWith('Let op: opschorting 1 begint na het einde van de termijn op dinsdag 1 juli 2025'))).toBe(true);
  });

  it('no warning when the suspension starts on the last day of the term', () => {
    const term = suspendedTerm('2025-06-03', s('2025-07-01', '2025-07-05'));
    expect(term.explanation.some((l) => l.startsWith('Let op'))).toBe(false);
  });
});

describe('computeWooTerm: invalid input throws WooTermError naming the problem', () => {
  const suspended = (...suspensions: Suspension[]): WooTermInput => ({ receivedOn: '2025-06-03', suspensions });
  it.each<[string, WooTermInput, RegExp, string]>([
    ['malformed receivedOn', { receivedOn: '2025-1-5' }, /ontvangstdatum \(receivedOn\): "2025-1-5" heeft niet de vorm JJJJ-MM-DD/, 'receivedOn'],
    ['non-existent receivedOn', { receivedOn: '2025-02-30' }, /ontvangstdatum \(receivedOn\): "2025-02-30" bestaat niet/, 'receivedOn'],
    ['missing receivedOn', { receivedOn: '' }, /ontvangstdatum \(receivedOn\) ontbreekt/, 'receivedOn'],
    ['receivedOn before the holiday table', { receivedOn: '1975-06-03' }, /"1975-06-03" ligt buiten de jaren 1980/, 'receivedOn'],
    ['malformed suspension from', suspended(s('10-06-2025', '2025-06-17')), /begindatum van opschorting 1 \(suspensions\[0\]\.from\): "10-06-2025"/, 'suspensions[0].from'],
    ['malformed suspension until', suspended(s('2025-06-10', '2025-06-17'), s('2025-06-20', '2025-06-31')), /einddatum van opschorting 2 \(suspensions\[1\]\.until\): "2025-06-31" bestaat niet/, 'suspensions[1].until'],
    ['until before from', suspended(s('2025-06-17', '2025-06-10')), /opschorting 1 ligt de einddatum \(10 juni 2025\) vóór de begindatum \(17 juni 2025\)/, 'suspensions[0].until'],
    ['suspension before receipt', suspended(s('2025-06-02', '2025-06-10')), /Opschorting 1 begint op 2 juni 2025, vóór de ontvangstdatum 3 juni 2025/, 'suspensions[0].from'],
    ['overlapping suspensions', suspended(s('2025-06-15', '2025-06-20'), s('2025-06-10', '2025-06-17')), /opschorting 2 \(10 juni 2025 tot 17 juni 2025\) en opschorting 1 \(15 juni 2025 tot 20 juni 2025\) overlappen/i, 'suspensions[0].from'],
    ['a suspension inside another', suspended(s('2025-06-05', '2025-06-25'), s('2025-06-10', '2025-06-10')), /overlappen/, 'suspensions[1].from'],
    ['two suspensions starting the same day', suspended(s('2025-06-10', '2025-06-12'), s('2025-06-10', '2025-06-11')), /opschorting 2 \(10 juni 2025 tot 11 juni 2025\) en opschorting 1 \(10 juni 2025 tot 12 juni 2025\) overlappen/i, 'suspensions[0].from'],
    ['more than one open suspension', suspended(s('2025-06-05', undefined), s('2025-06-10', '2025-06-11'), s('2025-06-20', undefined)), /maar één opschorting zonder einddatum.*opschortingen 1 en 3/, 'suspensions[2].until'],
    ['an open suspension that is not the last', suspended(s('2025-06-05', undefined), s('2025-06-10', '2025-06-12')), /Opschorting 1 heeft geen einddatum, maar opschorting 2 \(10 juni 2025 tot 12 juni 2025\) begint niet eerder/, 'suspensions[0].until'],
    ['a closed suspension running into the open one', suspended(s('2025-06-05', '2025-06-12'), s('2025-06-10', undefined)), /overlappen/, 'suspensions[1].from'],
    ['empty reason', suspended(s('2025-06-05', '2025-06-12', '   ')), /opschorting 1 \(vanaf 5 juni 2025\) ontbreekt de reden/, 'suspensions[0].reason'],
    ['malformed extra holiday', { receivedOn: '2025-06-03', extraHolidays: ['2022-5-27'] }, /gelijkgestelde feestdag 1 \(extraHolidays\[0\]\): "2022-5-27"/, 'extraHolidays[0]'],
  ])('%s', (_label, input, message, field) => {
    let caught: unknown;
    try {
      computeWooTerm(input);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(WooTermError);
    expect(caught).toBeInstanceOf(Error);
    expect((caught as WooTermError).name).toBe('WooTermError');
    expect((caught as WooTermError).message).toMatch(message);
    expect((caught as WooTermError).field).toBe(field);
  });

  it('rejects wrongly typed data that bypassed the type checker (e.g. from storage)', () => {
    const bad = (value: unknown) => () => computeWooTerm(value as WooTermInput);
    expect(bad(null)).toThrow(WooTermError);
    expect(bad({ receivedOn: 20250603 })).toThrow(/heeft niet de vorm/);
    expect(bad({ receivedOn: '2025-06-03', extended: 'ja' })).toThrow(/Verdaagd \(extended\)/);
    expect(bad({ receivedOn: '2025-06-03', suspensions: 'none' })).toThrow(/suspensions/);
    expect(bad({ receivedOn: '2025-06-03', suspensions: [null] })).toThrow(/Opschorting 1/);
    expect(bad({ receivedOn: '2025-06-03', suspensions: [{ from: '2025-06-05', until: '2025-06-06' }] })).toThrow(
      /ontbreekt de reden/,
    );
    expect(bad({ receivedOn: '2025-06-03', extraHolidays: '2022-05-27' })).toThrow(/extraHolidays/);
  });
});

// ---------------------------------------------------------------------------------------------
// Properties

const dateArb = fc
  .integer({ min: toDayNumber('1990-01-01'), max: toDayNumber('2099-12-31') })
  .map((n) => fromDayNumber(n));

/** Non-overlapping suspensions after receipt, in order; optionally the last one still open. */
const suspensionsArb = (receivedOn: string) =>
  fc
    .record({
      parts: fc.array(fc.record({ gap: fc.nat({ max: 40 }), length: fc.nat({ max: 30 }) }), { maxLength: 4 }),
      lastOpen: fc.boolean(),
    })
    .map(({ parts, lastOpen }) => {
      let cursor = receivedOn;
      return parts.map(({ gap, length }, i): Suspension => {
        const from = addDays(cursor, gap);
        const until = addDays(from, length);
        cursor = until;
        return lastOpen && i === parts.length - 1 ? { from, reason: 'open' } : { from, until, reason: `r${i}` };
      });
    });

const inputArb: fc.Arbitrary<WooTermInput> = dateArb.chain((receivedOn) =>
  fc.record({
    receivedOn: fc.constant(receivedOn),
    extended: fc.boolean(),
    suspensions: suspensionsArb(receivedOn),
  }),
);

const closedInputArb = inputArb.map((input) => ({
  ...input,
  suspensions: (input.suspensions ?? []).filter((s) => s.until !== undefined),
}));

/** By the independent Atw oracle (own Easter, own holiday list, own date arithmetic), not by atw.ts. */
function isWorkingDayIndependently(date: string): boolean {
  return !oracleIsNonWorkingDay(date);
}

function unshiftedEnd(input: WooTermInput, term: WooTerm): string {
  return addDays(input.receivedOn, 28 + (input.extended ? 14 : 0) + term.suspendedDays);
}

describe('computeWooTerm: properties', () => {
  it('decideBy is never a Saturday, Sunday or Atw holiday', () => {
    fc.assert(
      fc.property(closedInputArb, (input) => {
        const { decideBy, originalDecideBy } = computeWooTerm(input);
        expect(decideBy).not.toBeNull();
        expect(isWorkingDayIndependently(decideBy as string)).toBe(true);
        expect(isWorkingDayIndependently(originalDecideBy)).toBe(true);
      }),
    );
  });

  it('decideBy ≥ receivedOn + 28 (+14 when extended) + suspended days, and at most 5 days later', () => {
    fc.assert(
      fc.property(closedInputArb, (input) => {
        const term = computeWooTerm(input);
        const shift = diffDays(unshiftedEnd(input, term), term.decideBy as string);
        expect(shift).toBeGreaterThanOrEqual(0);
        // 4 days covers every year except those with Easter on 25 April (see the 2038 example).
        expect(shift).toBeLessThanOrEqual(5);
      }),
    );
  });

  it('decideBy − unshifted end ≤ 4 days for the years 2000–2037', () => {
    const nearArb = fc
      .integer({ min: toDayNumber('2000-01-01'), max: toDayNumber('2037-10-31') })
      .map((n) => ({ receivedOn: fromDayNumber(n) }));
    fc.assert(
      fc.property(nearArb, fc.boolean(), (input, extended) => {
        const term = computeWooTerm({ ...input, extended });
        expect(diffDays(unshiftedEnd({ ...input, extended }, term), term.decideBy as string)).toBeLessThanOrEqual(4);
      }),
      { numRuns: 2000 },
    );
  });

  it('suspendedDays is the sum of the closed suspensions', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const term = computeWooTerm(input);
        const expected = (input.suspensions ?? [])
          .filter((s) => s.until !== undefined)
          .reduce((sum, s) => sum + diffDays(s.from, s.until as string), 0);
        expect(term.suspendedDays).toBe(expected);
        const open = (input.suspensions ?? []).some((s) => s.until === undefined);
        expect(term.decideBy === null).toBe(open);
      }),
    );
  });

  it('extending never moves decideBy earlier', () => {
    fc.assert(
      fc.property(closedInputArb, (input) => {
        const plain = computeWooTerm({ ...input, extended: false }).decideBy as string;
        const extended = computeWooTerm({ ...input, extended: true }).decideBy as string;
        expect(diffDays(plain, extended)).toBeGreaterThanOrEqual(14 - 5);
      }),
    );
  });

  it('adding suspended days never moves decideBy earlier', () => {
    fc.assert(
      fc.property(closedInputArb, fc.nat({ max: 60 }), fc.nat({ max: 60 }), (input, gap, length) => {
        const before = computeWooTerm(input).decideBy as string;
        const suspensions = input.suspensions ?? [];
        const last = suspensions.at(-1);
        const from = addDays(last?.until ?? input.receivedOn, gap);
        const more = computeWooTerm({
          ...input,
          suspensions: [...suspensions, { from, until: addDays(from, length), reason: 'extra' }],
        }).decideBy as string;
        expect(diffDays(before, more)).toBeGreaterThanOrEqual(0);
        // Lengthening an existing suspension, too.
        if (last) {
          const longer = computeWooTerm({
            ...input,
            suspensions: [...suspensions.slice(0, -1), { ...last, until: addDays(last.until as string, length) }],
          }).decideBy as string;
          expect(diffDays(before, longer)).toBeGreaterThanOrEqual(0);
        }
      }),
    );
  });

  // Issue 12 point 1: suspensions inside the first term move extensionNoticeBy (see
  // deadline.notice.test.ts for the worked examples and the oracle-based property).
  it('extensionNoticeBy is independent of the extension, null exactly while a suspension is open, never before originalDecideBy', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const term = computeWooTerm(input);
        const open = (input.suspensions ?? []).some((s) => s.until === undefined);
        expect(term.extensionNoticeBy === null).toBe(open);
        expect(computeWooTerm({ ...input, extended: !input.extended }).extensionNoticeBy).toBe(term.extensionNoticeBy);
        if (term.extensionNoticeBy !== null) expect(diffDays(term.originalDecideBy, term.extensionNoticeBy)).toBeGreaterThanOrEqual(0);
        expect(term.originalDecideBy).toBe(computeWooTerm({ receivedOn: input.receivedOn }).decideBy);
      }),
    );
  });

  it('the input order of suspensions does not matter', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const reversed = { ...input, suspensions: [...(input.suspensions ?? [])].reverse() };
        const a = computeWooTerm(input);
        const b = computeWooTerm(reversed);
        expect([b.decideBy, b.suspendedDays]).toEqual([a.decideBy, a.suspendedDays]);
      }),
    );
  });

  it('extra holidays only ever move decideBy later', () => {
    fc.assert(
      fc.property(closedInputArb, fc.array(fc.nat({ max: 10 }), { maxLength: 5 }), (input, offsets) => {
        const base = computeWooTerm(input).decideBy as string;
        const extra = offsets.map((k) => addDays(base, k - 2));
        const withExtra = computeWooTerm({ ...input, extraHolidays: extra }).decideBy as string;
        expect(diffDays(base, withExtra)).toBeGreaterThanOrEqual(0);
        expect(extra).not.toContain(withExtra);
      }),
    );
  });

  it('every result comes with an explanation that ends with the decision date', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const term = computeWooTerm(input);
        expect(term.explanation[0]).toMatch(/^Ontvangen op /);
        expect(term.explanation.some((l) => l.startsWith('Uiterste beslisdatum: '))).toBe(true);
      }),
    );
  });
});

describe('computeAvgTerm (AVG art. 12(3))', () => {
  it.each([
    ['same date next month', '2025-01-15', false, '2025-02-17', '2025-02-17'], // Sat 15 Feb → Mon 17 Feb
    ['31 January → 28 February', '2025-01-31', false, '2025-02-28', '2025-02-28'],
    ['31 January in a leap year → 29 February', '2024-01-31', false, '2024-02-29', '2024-02-29'],
    ['to Tweede Paasdag → Tuesday', '2025-03-21', false, '2025-04-22', '2025-04-22'],
    ['to Goede Vrijdag → Tuesday', '2025-03-18', false, '2025-04-22', '2025-04-22'],
    ['to Eerste Kerstdag → Monday 29 December', '2025-11-25', false, '2025-12-29', '2025-12-29'],
    ['31 December → Saturday 31 January → Monday', '2025-12-31', false, '2026-02-02', '2026-02-02'],
    ['extended: 31 January → 30 April', '2025-01-31', true, '2025-02-28', '2025-04-30'],
    ['extended: 31 May → Sunday 31 August → Monday', '2025-05-31', true, '2025-06-30', '2025-09-01'],
    ['extended: 30 November → Saturday 28 February → Monday', '2025-11-30', true, '2025-12-30', '2026-03-02'],
  ])('%s', (_label, receivedOn, extended, original, decideBy) => {
    const term = computeAvgTerm({ receivedOn, extended });
    expect(term.originalDecideBy).toBe(original);
    expect(term.decideBy).toBe(decideBy);
  });

  it('explains the month-end rule and the Atw shift', () => {
    expect(computeAvgTerm({ receivedOn: '2025-01-31' }).explanation).toEqual([
      'Ontvangen op vrijdag 31 januari 2025.',
      'Termijn: 1 maand na ontvangst (AVG art. 12 lid 3).',
      'Einddatum: 31 februari 2025 bestaat niet; de termijn eindigt dan op de laatste dag van die maand: vrijdag 28 februari 2025.',
      'Uiterste antwoorddatum: vrijdag 28 februari 2025.',
    ]);
    expect(computeAvgTerm({ receivedOn: '2025-05-31', extended: true }).explanation).toEqual([
      'Ontvangen op zaterdag 31 mei 2025.',
      'Termijn: 1 maand na ontvangst (AVG art. 12 lid 3).',
      'Verlengd met 2 maanden (AVG art. 12 lid 3): samen 3 maanden na ontvangst.',
      'Einddatum: zondag 31 augustus 2025.',
      'Einddatum valt op zondag 31 augustus 2025; volgens de Algemene termijnenwet (art. 1) verschoven naar maandag 1 september 2025.',
      'Uiterste antwoorddatum: maandag 1 september 2025.',
      'De verlenging en de redenen moesten uiterlijk op maandag 30 juni 2025 (binnen 1 maand na ontvangst) aan de betrokkene zijn meegedeeld (AVG art. 12 lid 3).',
    ]);
  });

  it('applies days equated by Royal Decree', () => {
    expect(computeAvgTerm({ receivedOn: '2022-04-27', extraHolidays: ['2022-05-27'] }).decideBy).toBe('2022-05-30');
  });

  it('throws WooTermError on invalid input', () => {
    expect(() => computeAvgTerm({ receivedOn: '2025-02-29' })).toThrow(WooTermError);
    expect(() => computeAvgTerm({ receivedOn: '2025-02-29' })).toThrow(/ontvangstdatum \(receivedOn\)/);
    expect(() => computeAvgTerm({ receivedOn: '2025-01-31', extraHolidays: ['x'] })).toThrow(/extraHolidays\[0\]/);
  });

  it('property: never before the calendar month end, never on a non-working day, extension never earlier', () => {
    fc.assert(
      fc.property(dateArb, (receivedOn) => {
        const plain = computeAvgTerm({ receivedOn });
        const extended = computeAvgTerm({ receivedOn, extended: true });
        expect(isWorkingDayIndependently(plain.decideBy)).toBe(true);
        expect(isWorkingDayIndependently(extended.decideBy)).toBe(true);
        expect(diffDays(receivedOn, plain.decideBy)).toBeGreaterThanOrEqual(28);
        expect(diffDays(plain.decideBy, extended.decideBy)).toBeGreaterThan(0);
        expect(extended.originalDecideBy).toBe(plain.decideBy);
      }),
    );
  });
});

describe('wooTrafficLight', () => {
  const term = computeWooTerm({ receivedOn: '2025-05-12' }); // decideBy Tue 10 June 2025 (after Whit Monday)

  it.each([
    ['well before (Hemelvaartsdag and Whit Monday not counted)', '2025-05-20', 'on-track', 21, 13],
    ['six working days left', '2025-05-30', 'on-track', 11, 6],
    ['five working days left', '2025-06-02', 'due-soon', 8, 5],
    ['on the last day', '2025-06-10', 'due-soon', 0, 0],
    ['the day after', '2025-06-11', 'overdue', -1, -1],
  ] as const)('%s', (_label, today, state, daysLeft, workingDaysLeft) => {
    expect(term.decideBy).toBe('2025-06-10');
    expect(wooTrafficLight(term, today)).toEqual({ state, daysLeft, workingDaysLeft });
  });

  it('uses extra holidays when counting', () => {
    expect(wooTrafficLight(term, '2025-05-30', ['2025-06-04']).state).toBe('due-soon');
  });

  it('is suspended while the clock is stopped', () => {
    const open = computeWooTerm({ receivedOn: '2025-06-03', suspensions: [{ from: '2025-06-10', reason }] });
    expect(wooTrafficLight(open, '2025-06-20')).toEqual({ state: 'suspended', daysLeft: null, workingDaysLeft: null });
  });

  it('rejects a malformed today', () => {
    expect(() => wooTrafficLight(term, '2025-6-3')).toThrow(WooTermError);
  });
});

// ---------------------------------------------------------------------------------------------
// The decision dates against the independent Atw oracle (atwOracle.testing.ts): the expected date
// is counted by hand from the law (Woo art. 4.4, AVG art. 12(3), Atw art. 1 and 3), with days
// equated by Royal Decree near the end so they matter.

/** AVG art. 12(3) by hand: the same day `months` later, or that month's last day when it has none. */
function oracleMonthsLater(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const lastDay = new Date(Date.UTC(y, m - 1 + months + 1, 0)).getUTCDate();
  return new Date(Date.UTC(y, m - 1 + months, Math.min(d, lastDay))).toISOString().slice(0, 10);
}

describe('computeWooTerm, computeAvgTerm and wooTrafficLight against the independent Atw oracle', () => {
  const withExtras = closedInputArb.chain((input) =>
    fc.tuple(fc.constant(input), fc.array(fc.integer({ min: 25, max: 120 }).map((k) => oracleAddDays(input.receivedOn, k)), { maxLength: 4 })),
  );

  it('property: decideBy is 28 days (+14 extended) + the suspended days after receipt, moved by Atw art. 1 as the oracle says', () => {
    fc.assert(
      fc.property(withExtras, ([input, extraHolidays]) => {
        const term = computeWooTerm({ ...input, extraHolidays });
        const suspended = (input.suspensions ?? []).reduce((sum, s) => sum + oracleDaysBetween(s.from, s.until!), 0);
        const days = 28 + (input.extended ? 14 : 0) + suspended;
        expect(term.suspendedDays).toBe(suspended);
        expect(term.decideBy).toBe(oracleEndOfTerm(oracleAddDays(input.receivedOn, days), extraHolidays));
        expect(term.originalDecideBy).toBe(oracleEndOfTerm(oracleAddDays(input.receivedOn, 28), extraHolidays));
      }),
      { numRuns: 500 },
    );
  });

  it('property: the AVG answer date is one month (three when extended) later, moved by Atw art. 1 as the oracle says', () => {
    fc.assert(
      fc.property(dateArb, fc.boolean(), (receivedOn, extended) => {
        const extraHolidays = [oracleMonthsLater(receivedOn, 1), oracleAddDays(oracleMonthsLater(receivedOn, 3), 1)];
        const term = computeAvgTerm({ receivedOn, extended, extraHolidays });
        expect(term.decideBy).toBe(oracleEndOfTerm(oracleMonthsLater(receivedOn, extended ? 3 : 1), extraHolidays));
      }),
      { numRuns: 500 },
    );
  });

  it('property: the working days left are the oracle’s count from today to decideBy', () => {
    fc.assert(
      fc.property(withExtras, fc.nat({ max: 60 }), ([input, extraHolidays], daysIn) => {
        const term = computeWooTerm({ ...input, extraHolidays });
        const today = oracleAddDays(input.receivedOn, daysIn);
        const light = wooTrafficLight(term, today, extraHolidays);
        const decideBy = term.decideBy!;
        const left = today <= decideBy ? oracleWorkingDaysBetween(today, decideBy, extraHolidays) : 0 - oracleWorkingDaysBetween(decideBy, today, extraHolidays);
        expect(light.workingDaysLeft).toBe(left);
        expect(light.daysLeft).toBe(oracleDaysBetween(today, decideBy));
      }),
      { numRuns: 500 },
    );
  });
});
