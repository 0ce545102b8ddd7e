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
import type { WooLifecycleState } from './request';
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
    // From 24 March until 1 April: 8 days. 28 + 14 + 8 = 50 → Tue 21 April.
    expect(state.suspensions[0]).toMatchObject({ kind: 'zienswijze', from: '2026-03-24', until: '2026-04-01', ended: 'answered' });
    expect(term.decideBy).toBe('2026-04-21');
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
    // extensionNoticeBy is Mon 30 March.
    expect(stepBlocker(state, 'extend', at('2026-03-30'))).toBeNull();
    const blocked = stepBlocker(state, 'extend', at('2026-03-31'));
    expect(blocked?.code).toBe('extension-too-late');
    expect(blocked?.message).toContain('30 maart 2026');
    expect(availableSteps(state, at('2026-03-31'))).not.toContain('extend');

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
    expect(stepBlocker(state, 'request-precisering', at('2026-03-17'))?.code).toBe('precisering-too-late');
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
  it('any accepted sequence of steps keeps dates in order and the term at least four weeks', () => {
    const stepArb = fc.record({
      type: fc.constantFrom('start-handling', 'request-precisering', 'request-zienswijze', 'end-suspension', 'extend', 'decide', 'close'),
      gap: fc.integer({ min: 0, max: 10 }),
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
          try {
            const result = applyWooStep(state, step, at(day));
            expect(lastStepOn(result.state) <= day).toBe(true);
            if (result.term.decideBy) expect(result.term.decideBy >= result.term.originalDecideBy).toBe(true);
            state = result.state;
          } catch (error) {
            expect(error).toBeInstanceOf(WooLifecycleError);
          }
        }
        expect(state.suspensions.filter((s) => s.until === undefined).length).toBeLessThanOrEqual(1);
      }),
      { numRuns: 500 },
    );
  });
});
