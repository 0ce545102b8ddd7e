import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  applyWooStep,
  availableSteps,
  lastStepOn,
  newWooRequestState,
  preciseringAskBy,
  stepBlocker,
  WooLifecycleError,
  type StepContext,
  type WooStep,
} from './lifecycle';
import { WOO_OUTCOMES, type WooLifecycleState } from './request';
import { oracleAddDays, oracleDaysBetween, oracleEndOfTerm } from '../calendar/atwOracle.testing';
import { addDays } from '../calendar/isoDate';

// Monday 2 March 2026. Easter 2026 is 5 April, so Tweede Paasdag is Monday 6 April.
const receivedOn = '2026-03-02';
const at = (today: string): StepContext => ({ today });

function received(): WooLifecycleState {
  return newWooRequestState(receivedOn, at(receivedOn)).state;
}

function run(steps: Array<[WooStep, string]>, start = received()) {
  let state = start;
  let term = newWooRequestState(receivedOn, at(receivedOn)).term;
  for (const [step, today] of steps) ({ state, term } = applyWooStep(state, step, at(today)));
  return { state, term };
}

function lifecycleError(fn: () => unknown): WooLifecycleError {
  try {
    fn();
  } catch (error) {
    if (error instanceof WooLifecycleError) return error;
    throw error;
  }
  throw new Error('expected a WooLifecycleError');
}

describe('a Woo request from receipt to closing', () => {
  it('starts as received with the 4-week term', () => {
    const { state, term } = newWooRequestState(receivedOn, at('2026-03-03'));
    expect(state).toEqual({ status: 'ontvangen', receivedOn, suspensions: [] });
    expect(term.decideBy).toBe('2026-03-30');
    expect(term.extensionNoticeBy).toBe('2026-03-30');
  });

  it('refuses a date of receipt in the future', () => {
    expect(lifecycleError(() => newWooRequestState('2026-03-04', at('2026-03-03'))).code).toBe('in-future');
  });

  it('precisering → answered → handling → verdaging → decision → closed, recomputing the term at each step', () => {
    // Asked on Wed 4 March: suspended from Thu 5 March.
    const asked = run([[{ type: 'request-precisering', on: '2026-03-04', answerBy: '2026-03-18' }, '2026-03-04']]);
    expect(asked.state.status).toBe('precisering-gevraagd');
    expect(asked.state.suspensions).toEqual([
      { kind: 'precisering', requestedOn: '2026-03-04', from: '2026-03-05', answerBy: '2026-03-18' },
    ]);
    expect(asked.term.decideBy).toBeNull();

    // Answered on Wed 11 March: 6 days suspended; 2 March + 34 = Sun 5 April (Easter) → Mon Tweede
    // Paasdag → Tue 7 April.
    const answered = run([[{ type: 'end-suspension', on: '2026-03-11' }, '2026-03-11']], asked.state);
    expect(answered.state.status).toBe('in-behandeling');
    expect(answered.state.suspensions[0]).toMatchObject({ until: '2026-03-11', ended: 'answered', endedOn: '2026-03-11' });
    expect(answered.term.suspendedDays).toBe(6);
    expect(answered.term.decideBy).toBe('2026-04-07');

    // Verdaging sent on 25 March (before 30 March): 28 + 14 + 6 = 48 days → Sun 19 April → Mon 20 April.
    const extended = run([[{ type: 'extend', on: '2026-03-25', reason: 'Veel documenten' }, '2026-03-25']], answered.state);
    expect(extended.state.status).toBe('verdaagd');
    expect(extended.state.extension).toEqual({ noticeOn: '2026-03-25', reason: 'Veel documenten' });
    expect(extended.term.decideBy).toBe('2026-04-20');

    const decided = run(
      [[{ type: 'decide', on: '2026-04-16', outcome: 'deels-openbaar', objectionExpected: true }, '2026-04-16']],
      extended.state,
    );
    expect(decided.state.status).toBe('besloten');
    expect(decided.state.decision).toEqual({
      outcome: 'deels-openbaar',
      decidedOn: '2026-04-16',
      objectionExpected: true,
      disclosureFrom: '2026-04-30',
    });

    // Art. 4.4 lid 5: not closed before the documents may be disclosed.
    const early = lifecycleError(() => applyWooStep(decided.state, { type: 'close', on: '2026-04-20' }, at('2026-04-20')));
    expect(early.code).toBe('disclosure-pending');
    const closed = applyWooStep(decided.state, { type: 'close', on: '2026-04-30' }, at('2026-04-30'));
    expect(closed.state).toMatchObject({ status: 'gesloten', closedOn: '2026-04-30' });
  });

  it('zienswijze suspends from the day after the requester is told and returns to verdaagd when extended', () => {
    const { state, term } = run([
      [{ type: 'start-handling', on: '2026-03-03' }, '2026-03-03'],
      [{ type: 'extend', on: '2026-03-20', reason: 'Omvang' }, '2026-03-20'],
      [{ type: 'request-zienswijze', on: '2026-03-23', answerBy: '2026-04-06' }, '2026-03-23'],
      [{ type: 'end-suspension', on: '2026-04-01' }, '2026-04-01'],
    ]);
    expect(state.status).toBe('verdaagd');
    // Woo art. 4.4 lid 3 "tot en met": 24 March through 1 April (the day the view arrived) = 9 days,
    // the clock runs again on 2 April. 28 + 14 + 9 = 51 → Wed 22 April.
    expect(state.suspensions[0]).toMatchObject({ kind: 'zienswijze', from: '2026-03-24', until: '2026-04-02', ended: 'answered' });
    expect(term.decideBy).toBe('2026-04-22');
  });

  it('a suspension whose answer term lapses ends the day after that term, even if recorded later or answered late', () => {
    const { state, term } = run([
      [{ type: 'request-precisering', on: '2026-03-04', answerBy: '2026-03-18' }, '2026-03-04'],
      [{ type: 'end-suspension', on: '2026-03-24' }, '2026-03-24'],
    ]);
    expect(state.suspensions[0]).toMatchObject({ until: '2026-03-19', ended: 'lapsed', endedOn: '2026-03-24' });
    // 5 March – 19 March = 14 days; 28 + 14 = 42 → Mon 13 April.
    expect(term.suspendedDays).toBe(14);
    expect(term.decideBy).toBe('2026-04-13');
  });

  it('an answer on the day of the request suspends nothing', () => {
    const { state, term } = run([
      [{ type: 'request-precisering', on: '2026-03-04', answerBy: '2026-03-18' }, '2026-03-04'],
      [{ type: 'end-suspension', on: '2026-03-04' }, '2026-03-04'],
    ]);
    expect(state.suspensions[0]).toMatchObject({ from: '2026-03-05', until: '2026-03-05' });
    expect(term.decideBy).toBe('2026-03-30');
  });

  it('a request without a precisering may be left unhandled once the answer term has lapsed', () => {
    const asked = run([[{ type: 'request-precisering', on: '2026-03-04', answerBy: '2026-03-18' }, '2026-03-04']]).state;
    expect(stepBlocker(asked, 'decide', at('2026-03-18'))?.code).toBe('answer-term-running');
    expect(
      lifecycleError(() => applyWooStep(asked, { type: 'decide', on: '2026-03-20', outcome: 'openbaar' }, at('2026-03-20'))).code,
    ).toBe('not-allowed-now');
    const { state } = applyWooStep(asked, { type: 'decide', on: '2026-03-20', outcome: 'buiten-behandeling' }, at('2026-03-20'));
    expect(state.status).toBe('besloten');
    expect(state.decision).toEqual({ outcome: 'buiten-behandeling', decidedOn: '2026-03-20' });
    expect(state.suspensions[0]).toMatchObject({ until: '2026-03-19', ended: 'lapsed' });
  });
});

describe('illegal steps are rejected with a reason', () => {
  it('rejects a verdaging after extensionNoticeBy, in the UI check and in the step itself', () => {
    const state = received();
    // extensionNoticeBy is Mon 30 March. Judged by the step's date (issue 12 point 8): on 31 March
    // a verdaging sent on 30 March can still be recorded, but not once a later step is recorded.
    expect(stepBlocker(state, 'extend', at('2026-03-30'))).toBeNull();
    expect(stepBlocker(state, 'extend', at('2026-03-31'))).toBeNull();
    const later = applyWooStep(state, { type: 'start-handling', on: '2026-03-31' }, at('2026-03-31')).state;
    const blocked = stepBlocker(later, 'extend', at('2026-03-31'));
    expect(blocked?.code).toBe('extension-too-late');
    expect(blocked?.message).toContain('30 maart 2026');
    expect(availableSteps(later, at('2026-03-31'))).not.toContain('extend');

    expect(lifecycleError(() => applyWooStep(state, { type: 'extend', on: '2026-03-31', reason: 'x' }, at('2026-03-31'))).code).toBe(
      'extension-too-late',
    );
  });

  it('rejects a second verdaging and a verdaging without reasons', () => {
    const extended = run([[{ type: 'extend', on: '2026-03-10', reason: 'Omvang' }, '2026-03-10']]).state;
    expect(lifecycleError(() => applyWooStep(extended, { type: 'extend', on: '2026-03-11', reason: 'x' }, at('2026-03-11'))).code).toBe(
      'not-allowed-now',
    );
    const whileSuspended = run([
      [{ type: 'request-precisering', on: '2026-03-04', answerBy: '2026-03-18' }, '2026-03-04'],
      [{ type: 'extend', on: '2026-03-05', reason: 'Omvang' }, '2026-03-05'],
    ]).state;
    expect(whileSuspended.status).toBe('precisering-gevraagd');
    expect(stepBlocker(whileSuspended, 'extend', at('2026-03-06'))?.code).toBe('already-extended');
    expect(lifecycleError(() => applyWooStep(received(), { type: 'extend', on: '2026-03-10', reason: '  ' }, at('2026-03-10'))).code).toBe(
      'reason-required',
    );
  });

  it('rejects a precisering asked more than two weeks after receipt (Woo art. 4.1 lid 5)', () => {
    expect(preciseringAskBy(receivedOn)).toBe('2026-03-16');
    const state = received();
    // Judged by the step's date (issue 12 point 8): blocked only once a later step is recorded.
    expect(stepBlocker(state, 'request-precisering', at('2026-03-17'))).toBeNull();
    const later = applyWooStep(state, { type: 'start-handling', on: '2026-03-17' }, at('2026-03-17')).state;
    expect(stepBlocker(later, 'request-precisering', at('2026-03-17'))?.code).toBe('precisering-too-late');
    const error = lifecycleError(() =>
      applyWooStep(state, { type: 'request-precisering', on: '2026-03-17', answerBy: '2026-03-31' }, at('2026-03-17')),
    );
    expect(error.code).toBe('precisering-too-late');
  });

  it('rejects steps the status does not allow', () => {
    const state = received();
    expect(lifecycleError(() => applyWooStep(state, { type: 'end-suspension', on: '2026-03-03' }, at('2026-03-03'))).code).toBe(
      'not-allowed-now',
    );
    expect(lifecycleError(() => applyWooStep(state, { type: 'close', on: '2026-03-03' }, at('2026-03-03'))).code).toBe('not-allowed-now');
    expect(
      lifecycleError(() => applyWooStep(state, { type: 'request-zienswijze', on: '2026-03-03', answerBy: '2026-03-17' }, at('2026-03-03')))
        .code,
    ).toBe('not-allowed-now');
    const zienswijze = run([
      [{ type: 'start-handling', on: '2026-03-03' }, '2026-03-03'],
      [{ type: 'request-zienswijze', on: '2026-03-05', answerBy: '2026-03-19' }, '2026-03-05'],
    ]).state;
    const error = lifecycleError(() => applyWooStep(zienswijze, { type: 'decide', on: '2026-03-06', outcome: 'openbaar' }, at('2026-03-06')));
    expect(error.code).toBe('suspension-open');
    const closed = run(
      [
        [{ type: 'decide', on: '2026-03-10', outcome: 'geen-documenten' }, '2026-03-10'],
        [{ type: 'close', on: '2026-03-10' }, '2026-03-10'],
      ],
      received(),
    ).state;
    expect(availableSteps(closed, at('2026-03-11'))).toEqual([]);
    expect(lifecycleError(() => applyWooStep(closed, { type: 'start-handling', on: '2026-03-11' }, at('2026-03-11'))).message).toMatch(
      /status "gesloten"/,
    );
  });

  it('rejects dates in the future, before the previous step, and answer terms before the suspension', () => {
    const state = run([[{ type: 'start-handling', on: '2026-03-05' }, '2026-03-05']]).state;
    expect(lifecycleError(() => applyWooStep(state, { type: 'decide', on: '2026-03-07', outcome: 'openbaar' }, at('2026-03-06'))).code).toBe(
      'in-future',
    );
    expect(lifecycleError(() => applyWooStep(state, { type: 'decide', on: '2026-03-04', outcome: 'openbaar' }, at('2026-03-06'))).code).toBe(
      'before-previous',
    );
    expect(
      lifecycleError(() => applyWooStep(state, { type: 'request-zienswijze', on: '2026-03-06', answerBy: '2026-03-06' }, at('2026-03-06')))
        .code,
    ).toBe('answer-before-start');
  });

  it('rejects suspending a term that has already run out', () => {
    const state = run([[{ type: 'start-handling', on: '2026-03-03' }, '2026-03-03']]).state;
    // The term ended Mon 30 March; a view asked on that day would suspend from 31 March.
    const error = lifecycleError(() =>
      applyWooStep(state, { type: 'request-zienswijze', on: '2026-03-30', answerBy: '2026-04-13' }, at('2026-03-30')),
    );
    expect(error.code).toBe('term-lapsed');
    expect(applyWooStep(state, { type: 'request-zienswijze', on: '2026-03-29', answerBy: '2026-04-13' }, at('2026-03-29')).state.status).toBe(
      'zienswijze-gevraagd',
    );
  });

  it('never changes the input state', () => {
    const state = received();
    const frozen = structuredClone(state);
    applyWooStep(state, { type: 'request-precisering', on: '2026-03-04', answerBy: '2026-03-18' }, at('2026-03-04'));
    expect(state).toEqual(frozen);
  });
});

describe('properties', () => {
  it('random steps, some dated before the previous one: accepted ones keep the dates in order and the term at least four weeks (oracle); refused ones throw a WooLifecycleError', () => {
    const fourWeeks = oracleEndOfTerm(oracleAddDays(receivedOn, 28));
    let outOfOrderRefused = 0;
    const stepArb = fc.record({
      type: fc.constantFrom('start-handling', 'request-precisering', 'request-zienswijze', 'end-suspension', 'extend', 'decide', 'close'),
      gap: fc.integer({ min: -3, max: 10 }),
      answerDays: fc.integer({ min: 1, max: 20 }),
    });
    fc.assert(
      fc.property(fc.array(stepArb, { maxLength: 12 }), (steps) => {
        let state = received();
        let day = receivedOn;
        for (const raw of steps) {
          day = addDays(day, raw.gap);
          const step: WooStep =
            raw.type === 'request-precisering' || raw.type === 'request-zienswijze'
              ? { type: raw.type, on: day, answerBy: addDays(day, raw.answerDays) }
              : raw.type === 'extend'
                ? { type: 'extend', on: day, reason: 'Omvang' }
                : raw.type === 'decide'
                  ? { type: 'decide', on: day, outcome: 'buiten-behandeling' }
                  : { type: raw.type, on: day };
          const previous = lastStepOn(state);
          let result;
          try {
            result = applyWooStep(state, step, at(day < previous ? previous : day));
          } catch (error) {
            expect(error).toBeInstanceOf(WooLifecycleError);
            if (day < previous && (error as WooLifecycleError).code === 'before-previous') outOfOrderRefused += 1;
            continue;
          }
          expect(day >= previous, `${step.type} on ${day} accepted after a step on ${previous}`).toBe(true);
          expect(lastStepOn(result.state)).toBe(day);
          if (result.term.decideBy) expect(result.term.decideBy >= fourWeeks).toBe(true);
          state = result.state;
        }
        expect(state.suspensions.filter((s) => s.until === undefined).length).toBeLessThanOrEqual(1);
      }),
      { numRuns: 500 },
    );
    expect(outOfOrderRefused).toBeGreaterThan(0);
  });
});

// ---------------------------------------------------------------------------------------------
// Valid histories are accepted, and each step leaves the state the law describes. The expected
// state is built by hand below and the expected decision date comes from the independent Atw
// oracle (own Easter, own date arithmetic), never from lifecycle.ts or deadline.ts.

const oracleDay = (from: string, days: number) => oracleAddDays(from, days);

/** Woo art. 4.4 lid 1–3 by hand: 28 days (+14 when extended) + every closed suspension, then Atw art. 1. */
function expectedDecideBy(state: WooLifecycleState, extra: readonly string[]): string | null {
  if (state.suspensions.some((s) => s.until === undefined)) return null;
  const suspended = state.suspensions.reduce((sum, s) => sum + oracleDaysBetween(s.from, s.until!), 0);
  return oracleEndOfTerm(oracleDay(state.receivedOn, 28 + (state.extension ? 14 : 0) + suspended), extra);
}

/** The end of a suspension by hand: a lapsed answer term ends it the day after that term (both kinds); an
 * answer ends a precisering on the day it came (Awb 4:15) and a zienswijze the day after (Woo art. 4.4 lid 3). */
function endedSuspension(s: WooLifecycleState['suspensions'][number], on: string): WooLifecycleState['suspensions'][number] {
  const lapsedOn = oracleDay(s.answerBy, 1);
  if (on >= lapsedOn) return { ...s, until: lapsedOn, ended: 'lapsed', endedOn: on };
  const resume = s.kind === 'zienswijze' ? oracleDay(on, 1) : on < s.from ? s.from : on;
  return { ...s, until: resume, ended: 'answered', endedOn: on };
}

const historyArb = fc.record({
  receivedOn: fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2090, 11, 31) }).map((ms) => new Date(ms).toISOString().slice(0, 10)),
  // Days equated by Royal Decree somewhere in the first months (offsets from receipt).
  extra: fc.array(fc.integer({ min: 10, max: 90 }), { maxLength: 3 }),
  lags: fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 8, maxLength: 8 }),
  // Either a precisering (asked within 2 weeks, so always in time) or taking it into handling.
  opening: fc.oneof(
    fc.record({ kind: fc.constant('precisering' as const), after: fc.nat({ max: 13 }), answerDays: fc.integer({ min: 1, max: 20 }), endAfter: fc.nat({ max: 30 }) }),
    fc.record({ kind: fc.constant('handling' as const), after: fc.nat({ max: 5 }) }),
    fc.constant(null),
  ),
  extend: fc.option(fc.nat({ max: 12 }), { nil: undefined }),
  zienswijze: fc.option(fc.record({ after: fc.nat({ max: 10 }), answerDays: fc.integer({ min: 1, max: 20 }), endAfter: fc.nat({ max: 30 }) }), { nil: undefined }),
  decide: fc.option(
    fc.record({ after: fc.nat({ max: 20 }), outcome: fc.constantFrom(...WOO_OUTCOMES), objection: fc.boolean() }),
    { nil: undefined },
  ),
  close: fc.option(fc.nat({ max: 20 }), { nil: undefined }),
});

describe('properties: valid histories', () => {
  it('every valid step is accepted on varied dates and leaves exactly the expected state and decision date', () => {
    const taken = new Map<string, number>();
    fc.assert(
      fc.property(historyArb, (h) => {
        const extra = h.extra.map((days) => oracleDay(h.receivedOn, days));
        let lag = 0;
        const context = (on: string): StepContext => ({ today: oracleDay(on, h.lags[lag++ % h.lags.length]!), extraHolidays: extra });
        let state = newWooRequestState(h.receivedOn, context(h.receivedOn)).state;
        let expected: WooLifecycleState = { status: 'ontvangen', receivedOn: h.receivedOn, suspensions: [] };
        let last = h.receivedOn;

        const take = (step: WooStep, next: WooLifecycleState) => {
          const result = applyWooStep(state, step, context(step.on));
          expect(result.state, `${step.type} on ${step.on}`).toEqual(next);
          expect(result.term.decideBy, `decideBy after ${step.type} on ${step.on}`).toBe(expectedDecideBy(next, extra));
          state = result.state;
          expected = next;
          last = step.on;
          const kind = step.type === 'end-suspension' ? `end-${state.suspensions.at(-1)!.kind}-${state.suspensions.at(-1)!.ended}` : step.type;
          taken.set(kind, (taken.get(kind) ?? 0) + 1);
        };

        if (h.opening?.kind === 'precisering') {
          const on = oracleDay(h.receivedOn, h.opening.after);
          const answerBy = oracleDay(on, h.opening.answerDays);
          take({ type: 'request-precisering', on, answerBy }, {
            ...expected,
            status: 'precisering-gevraagd',
            suspensions: [{ kind: 'precisering', requestedOn: on, from: oracleDay(on, 1), answerBy }],
          });
          const endOn = oracleDay(on, h.opening.endAfter);
          take({ type: 'end-suspension', on: endOn }, {
            ...expected,
            status: 'in-behandeling',
            suspensions: [endedSuspension(expected.suspensions[0]!, endOn)],
          });
        } else if (h.opening?.kind === 'handling') {
          const on = oracleDay(h.receivedOn, h.opening.after);
          take({ type: 'start-handling', on }, { ...expected, status: 'in-behandeling', handlingSince: on });
        }

        // A verdaging sent within the plain four weeks is always in time (art. 4.4 lid 2).
        const extendOn = h.extend === undefined ? undefined : oracleDay(last, h.extend);
        if (extendOn !== undefined && extendOn <= oracleDay(h.receivedOn, 28)) {
          take({ type: 'extend', on: extendOn, reason: 'Omvang' }, { ...expected, status: 'verdaagd', extension: { noticeOn: extendOn, reason: 'Omvang' } });
        }

        // A zienswijze can be asked while handling, as long as the term has not run out.
        const view = h.zienswijze;
        if (view && (expected.status === 'in-behandeling' || expected.status === 'verdaagd')) {
          const on = oracleDay(last, view.after);
          if (oracleDay(on, 1) <= expectedDecideBy(expected, extra)!) {
            const answerBy = oracleDay(on, view.answerDays);
            const resumeStatus = expected.status;
            const open = { kind: 'zienswijze' as const, requestedOn: on, from: oracleDay(on, 1), answerBy };
            take({ type: 'request-zienswijze', on, answerBy }, { ...expected, status: 'zienswijze-gevraagd', suspensions: [...expected.suspensions, open] });
            const endOn = oracleDay(on, view.endAfter);
            take({ type: 'end-suspension', on: endOn }, {
              ...expected,
              status: resumeStatus,
              suspensions: [...expected.suspensions.slice(0, -1), endedSuspension(open, endOn)],
            });
          }
        }

        // Buiten behandeling (Awb 4:5) only after the requester had the chance to complete the request.
        const decision = h.decide;
        const canLeave = h.opening?.kind === 'precisering';
        if (decision && (decision.outcome !== 'buiten-behandeling' || canLeave)) {
          const on = oracleDay(last, decision.after);
          const discloses = decision.outcome === 'openbaar' || decision.outcome === 'deels-openbaar';
          const disclosureFrom = decision.objection ? oracleDay(on, 14) : on; // Woo art. 4.4 lid 5: two weeks
          take(
            { type: 'decide', on, outcome: decision.outcome, objectionExpected: decision.objection },
            {
              ...expected,
              status: 'besloten',
              decision: {
                outcome: decision.outcome,
                decidedOn: on,
                ...(discloses ? { objectionExpected: decision.objection, disclosureFrom } : {}),
              },
            },
          );
          if (h.close !== undefined) {
            const after = oracleDay(last, h.close);
            const on = discloses && after < disclosureFrom ? disclosureFrom : after;
            take({ type: 'close', on }, { ...expected, status: 'gesloten', closedOn: on });
          }
        }
      }),
      { numRuns: 300 },
    );
    // The histories really exercise every kind of step, answered and lapsed suspensions alike.
    expect([...taken.keys()].sort()).toEqual([
      'close',
      'decide',
      'end-precisering-answered',
      'end-precisering-lapsed',
      'end-zienswijze-answered',
      'end-zienswijze-lapsed',
      'extend',
      'request-precisering',
      'request-zienswijze',
      'start-handling',
    ]);
  });
});
