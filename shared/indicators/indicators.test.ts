import { describe, expect, it } from 'vitest';
import { computeIndicators, firstOutcomes, percentile, monthsOf, PeriodError, type IndicatorInput, type WooInput } from './indicators';

const empty: IndicatorInput = { cases: [], contacts: [], tasks: [], woo: [], notFound: [], callbackActions: ['Terugbellen'] };
const MARCH = { from: '2026-03-01', to: '2026-03-31' };

const woo = (receivedOn: string, decideBy: string | null, decidedOn?: string, extra: Partial<WooInput> = {}): WooInput => ({
  receivedOn,
  decideBy,
  ...(decidedOn ? { decidedOn } : {}),
  suspensions: 0,
  extended: false,
  ...extra,
});

/** A visitor sent on to another body at the desk. */
const referral = (caseId: string, startedAt: string, referredTo: string): IndicatorInput['contacts'][number] => ({
  caseId,
  channel: 'balie',
  startedAt,
  outcome: 'referred',
  referredTo,
});

describe('computeIndicators – worked examples', () => {
  it('counts contacts per channel and topic on the Amsterdam calendar (a contact at 23:30 UTC on 31 March is 1 April there)', () => {
    const result = computeIndicators(
      {
        ...empty,
        contacts: [
          { caseId: 'a', channel: 'balie', startedAt: '2026-03-02T09:00:00.000Z', outcome: 'answered', topic: 'Afval' },
          { caseId: 'b', channel: 'telefoon', startedAt: '2026-03-10T12:00:00.000Z', outcome: 'answered', topic: 'Afval' },
          { caseId: 'c', channel: 'balie', startedAt: '2026-03-20T12:00:00.000Z', outcome: 'other' },
          // 01:30 on 1 April in Amsterdam (summer time from 29 March): outside March.
          { caseId: 'd', channel: 'balie', startedAt: '2026-03-31T23:30:00.000Z', outcome: 'answered' },
          // 00:30 on 1 March in Amsterdam (winter time, UTC+1): inside.
          { caseId: 'e', channel: 'chat', startedAt: '2026-02-28T23:30:00.000Z', outcome: 'answered' },
        ],
      },
      MARCH,
    );
    expect(result.contacts).toBe(4);
    expect(result.perChannel).toEqual({ balie: 2, telefoon: 1, chat: 1 });
    expect(result.perTopic).toEqual({ Afval: 2, '': 2 });
  });

  it('answered at first contact: 2 of the 3 cases opened in March left with an answer or a document the first time', () => {
    const input: IndicatorInput = {
      ...empty,
      cases: [
        { id: 'a', createdAt: '2026-03-02T09:00:00.000Z' },
        { id: 'b', createdAt: '2026-03-03T09:00:00.000Z' },
        { id: 'c', createdAt: '2026-03-04T09:00:00.000Z' },
        { id: 'old', createdAt: '2026-02-04T09:00:00.000Z' },
      ],
      contacts: [
        { caseId: 'a', channel: 'balie', startedAt: '2026-03-02T09:00:00.000Z', outcome: 'answered' },
        // b: the first contact needed a callback; the later answer does not count as "first contact".
        { caseId: 'b', channel: 'telefoon', startedAt: '2026-03-03T09:00:00.000Z', outcome: 'callback-needed' },
        { caseId: 'b', channel: 'telefoon', startedAt: '2026-03-05T09:00:00.000Z', outcome: 'answered' },
        { caseId: 'c', channel: 'balie', startedAt: '2026-03-04T09:00:00.000Z', outcome: 'document-found' },
        { caseId: 'old', channel: 'balie', startedAt: '2026-02-04T09:00:00.000Z', outcome: 'answered' },
      ],
    };
    const result = computeIndicators(input, MARCH);
    expect(result.answeredAtFirstContact).toEqual({ count: 2, of: 3, share: 2 / 3 });
    expect(result.routes).toEqual({ answer: 2, document: 1, avg: 0, referral: 0, woo: 0 });
    // Prepared once per load (the screen does), contacts in any order: the same figures.
    const prepared = firstOutcomes([...input.contacts].reverse());
    expect(prepared.get('b')).toBe('callback-needed');
    expect(prepared.get('nobody')).toBeUndefined();
    expect(computeIndicators({ ...input, firstOutcome: prepared }, MARCH)).toEqual(result);
  });

  it('callbacks: 4 due in March – 2 done in time, 1 late, 1 open; other tasks and other months do not count', () => {
    const result = computeIndicators(
      {
        ...empty,
        tasks: [
          { action: 'Terugbellen', dueAt: '2026-03-05T15:00:00.000Z', status: 'verwerkt', doneAt: '2026-03-05T10:00:00.000Z' },
          { action: 'Terugbellen', dueAt: '2026-03-06T15:00:00.000Z', status: 'verwerkt', doneAt: '2026-03-06T15:00:00.000Z' },
          { action: 'Terugbellen', dueAt: '2026-03-07T15:00:00.000Z', status: 'verwerkt', doneAt: '2026-03-09T08:00:00.000Z' },
          { action: 'Terugbellen', dueAt: '2026-03-08T15:00:00.000Z', status: 'te_verwerken' },
          { action: 'AVG-inzageverzoek beantwoorden (art. 15 AVG)', dueAt: '2026-03-08T15:00:00.000Z', status: 'te_verwerken' },
          { action: 'Terugbellen', dueAt: '2026-04-08T15:00:00.000Z', status: 'te_verwerken' },
        ],
      },
      MARCH,
    );
    expect(result.callbacksOnTime).toEqual({ count: 2, of: 4, share: 0.5, late: 1, open: 1 });
  });

  it('Woo: 5 decided in March – 4 within the legal term (80%), 3 within 42 days (60%), median 30, p90 60 days', () => {
    const requests = [
      woo('2026-02-02', '2026-03-02', '2026-02-27'), // decided in February: not counted as decided
      woo('2026-02-10', '2026-03-10', '2026-03-03'), // 21 days, in term
      woo('2026-02-01', '2026-03-02', '2026-03-03'), // 30 days, one day late
      woo('2026-01-20', '2026-03-05', '2026-03-05', { extended: true }), // 44 days, in term with the extension
      woo('2026-01-17', '2026-03-20', '2026-03-18', { suspensions: 2 }), // 60 days, in term after suspensions
      woo('2026-03-01', '2026-03-30', '2026-03-11'), // 10 days
      woo('2026-03-12', null, undefined, { suspensions: 1 }), // received, suspended, not decided
      woo('2026-03-20', '2026-04-17', undefined, { extended: true }),
    ];
    const result = computeIndicators({ ...empty, woo: requests }, MARCH);
    // Days: 21, 30, 44, 60, 10 → sorted 10, 21, 30, 44, 60; median = 3rd = 30; p90 = ceil(4.5) = 5th = 60.
    expect(result.woo).toEqual({
      received: 3,
      decided: 5,
      withinLegalTerm: { count: 4, of: 5, share: 0.8 },
      within42Days: { count: 3, of: 5, share: 0.6 },
      medianDays: 30,
      p90Days: 60,
      suspended: 1,
      suspensions: 1,
      extended: 1,
    });
  });

  it('referrals per receiving body and "niet gevonden" per subject (case and spacing ignored)', () => {
    const result = computeIndicators(
      {
        ...empty,
        contacts: [
          referral('a', '2026-03-02T09:00:00.000Z', 'Provincie Noord-Holland'),
          referral('b', '2026-03-03T09:00:00.000Z', 'Provincie Noord-Holland'),
          referral('c', '2026-03-03T09:00:00.000Z', 'Waternet'),
        ],
        notFound: [
          { at: '2026-03-02T09:00:00.000Z', subject: 'Bomenkap  Vondelpark' },
          { at: '2026-03-09T09:00:00.000Z', subject: 'bomenkap vondelpark' },
          { at: '2026-03-10T09:00:00.000Z', subject: 'Parkeertarieven 2019' },
          { at: '2026-04-10T09:00:00.000Z', subject: 'Parkeertarieven 2019' },
        ],
      },
      MARCH,
    );
    expect(result.referralsPerBody).toEqual({ 'Provincie Noord-Holland': 2, Waternet: 1 });
    expect(result.routes.referral).toBe(3);
    expect(result.notFoundPerSubject).toEqual({ 'bomenkap vondelpark': 2, 'parkeertarieven 2019': 1 });
  });

  it('trend per month over a quarter', () => {
    const result = computeIndicators(
      {
        ...empty,
        contacts: [
          { caseId: 'a', channel: 'balie', startedAt: '2026-01-31T22:59:00.000Z', outcome: 'answered' }, // 23:59 on 31 Jan in Amsterdam
          { caseId: 'b', channel: 'balie', startedAt: '2026-01-31T23:00:00.000Z', outcome: 'answered' }, // 00:00 on 1 Feb
          { caseId: 'c', channel: 'balie', startedAt: '2026-03-15T12:00:00.000Z', outcome: 'answered' },
        ],
        woo: [woo('2026-01-05', '2026-02-02', '2026-02-05'), woo('2026-02-09', '2026-03-09', '2026-03-02')],
      },
      { from: '2026-01-01', to: '2026-03-31' },
    );
    expect(result.trend).toEqual([
      { month: '2026-01', contacts: 1, wooReceived: 1, wooDecided: 0, withinLegalTerm: { count: 0, of: 0, share: null }, within42Days: { count: 0, of: 0, share: null } },
      { month: '2026-02', contacts: 1, wooReceived: 1, wooDecided: 1, withinLegalTerm: { count: 0, of: 1, share: 0 }, within42Days: { count: 1, of: 1, share: 1 } },
      { month: '2026-03', contacts: 1, wooReceived: 0, wooDecided: 1, withinLegalTerm: { count: 1, of: 1, share: 1 }, within42Days: { count: 1, of: 1, share: 1 } },
    ]);
  });

  it('routes: the AVG and Woo routes count too (2 AVG, 1 Woo in March; a Woo request filed on 1 April does not)', () => {
    const contact = (caseId: string, startedAt: string, outcome: IndicatorInput['contacts'][number]['outcome']): IndicatorInput['contacts'][number] => ({ caseId, channel: 'balie', startedAt, outcome });
    const result = computeIndicators(
      {
        ...empty,
        contacts: [
          contact('a', '2026-03-02T09:00:00.000Z', 'avg-routed'),
          contact('b', '2026-03-03T09:00:00.000Z', 'avg-routed'),
          contact('c', '2026-03-04T09:00:00.000Z', 'woo-filed'),
          contact('d', '2026-03-05T09:00:00.000Z', 'answered'),
          contact('e', '2026-03-06T09:00:00.000Z', 'document-found'),
          contact('f', '2026-03-07T09:00:00.000Z', 'referred'),
          contact('g', '2026-03-08T09:00:00.000Z', 'callback-needed'),
          // 00:30 on 1 April in Amsterdam.
          contact('h', '2026-03-31T22:30:00.000Z', 'woo-filed'),
        ],
      },
      MARCH,
    );
    expect(result.routes).toEqual({ answer: 1, document: 1, avg: 2, referral: 1, woo: 1 });
    expect(result.contacts).toBe(7);
  });

  it('trend with the 42-day share per month, which differs from the legal-term share when a term was extended or suspended', () => {
    const result = computeIndicators(
      {
        ...empty,
        woo: [
          // January: 36 days, within the extended term and within 42 days.
          woo('2025-12-15', '2026-01-26', '2026-01-20', { extended: true }),
          // January: 44 days, the term (12 January) missed: neither.
          woo('2025-12-01', '2026-01-12', '2026-01-14'),
          // February: exactly 42 days on the last day of the extended term: both.
          woo('2026-01-05', '2026-02-16', '2026-02-16', { extended: true }),
          // February: 49 days, in the term (extended and suspended twice) but not within 42 days.
          woo('2026-01-02', '2026-02-27', '2026-02-20', { extended: true, suspensions: 2 }),
          // March: received, not decided yet.
          woo('2026-03-02', '2026-03-30'),
        ],
      },
      { from: '2026-01-01', to: '2026-03-31' },
    );
    expect(result.trend.map((m) => [m.month, m.wooReceived, m.wooDecided, m.withinLegalTerm, m.within42Days])).toEqual([
      ['2026-01', 2, 2, { count: 1, of: 2, share: 0.5 }, { count: 1, of: 2, share: 0.5 }],
      ['2026-02', 0, 2, { count: 2, of: 2, share: 1 }, { count: 1, of: 2, share: 0.5 }],
      ['2026-03', 1, 0, { count: 0, of: 0, share: null }, { count: 0, of: 0, share: null }],
    ]);
    expect(result.woo.withinLegalTerm).toEqual({ count: 3, of: 4, share: 0.75 });
    expect(result.woo.within42Days).toEqual({ count: 2, of: 4, share: 0.5 });
    // Received in the quarter: three; one suspended twice, two extended.
    expect([result.woo.received, result.woo.suspended, result.woo.suspensions, result.woo.extended]).toEqual([3, 1, 2, 2]);
  });

  it('nothing in the period: counts are zero and shares are null (not 0%)', () => {
    const result = computeIndicators(empty, MARCH);
    expect(result.answeredAtFirstContact.share).toBeNull();
    expect(result.woo.withinLegalTerm.share).toBeNull();
    expect(result.woo.medianDays).toBeNull();
  });

  it('refuses a period that is not one, in words', () => {
    expect(() => computeIndicators(empty, { from: '2026-04-01', to: '2026-03-01' })).toThrow(PeriodError);
    expect(() => computeIndicators(empty, { from: '2026-02-30', to: '2026-03-01' })).toThrow(/geen datum/);
  });
});

describe('percentile (nearest rank) and months', () => {
  it('picks values that occurred', () => {
    expect(percentile([3, 1, 2, 4], 50)).toBe(2);
    expect(percentile([3, 1, 2, 4], 90)).toBe(4);
    expect(percentile([7], 90)).toBe(7);
    expect(percentile([], 50)).toBeNull();
  });
  it('lists the months of a period across a year end', () => {
    expect(monthsOf({ from: '2025-11-15', to: '2026-02-01' })).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
  });
});
