/**
 * Issue 12 points 1, 2, 3 and 8 in the lifecycle: the verdaging deadline with suspensions, how a
 * zienswijze and a precisering end, Awb 4:5 (buiten behandeling), and steps recorded after the fact.
 * Expected dates are worked out by hand in the comments.
 */
import { describe, expect, it } from 'vitest';
import {
  applyWooStep,
  availableSteps,
  extensionDeadline,
  hadChanceToComplete,
  newWooRequestState,
  preciseringOpenUntil,
  stepBlocker,
  WooLifecycleError,
  type StepContext,
  type WooStep,
} from './lifecycle';
import type { WooLifecycleState } from './request';

const at = (today: string): StepContext => ({ today });

function run(receivedOn: string, steps: Array<[WooStep, string]>) {
  let { state, term } = newWooRequestState(receivedOn, at(receivedOn));
  for (const [step, today] of steps) ({ state, term } = applyWooStep(state, step, at(today)));
  return { state, term };
}

function refusal(state: WooLifecycleState, step: WooStep, today: string): WooLifecycleError {
  try {
    applyWooStep(state, step, at(today));
  } catch (error) {
    if (error instanceof WooLifecycleError) return error;
    throw error;
  }
  throw new Error('expected the step to be refused');
}

describe('point 1: a verdaging may be announced until the suspended first term ends, not after', () => {
  // Received Mon 5 January 2026; precisering asked Mon 12 January (suspended from the 13th),
  // completed Tue 20 January (Awb 4:15: that day counts again) → 7 days; first term Mon 9 February.
  const answered = () =>
    run('2026-01-05', [
      [{ type: 'request-precisering', on: '2026-01-12', answerBy: '2026-01-26' }, '2026-01-12'],
      [{ type: 'end-suspension', on: '2026-01-20' }, '2026-01-20'],
    ]);

  it('gives extensionNoticeBy Monday 9 February', () => {
    const { term, state } = answered();
    expect(term.extensionNoticeBy).toBe('2026-02-09');
    expect(extensionDeadline(state)).toBe('2026-02-09');
  });

  it('accepts a verdaging dated 9 February and refuses one dated 10 February', () => {
    const { state } = answered();
    expect(applyWooStep(state, { type: 'extend', on: '2026-02-09', reason: 'Omvang' }, at('2026-02-09')).state.status).toBe('verdaagd');
    const late = refusal(state, { type: 'extend', on: '2026-02-10', reason: 'Omvang' }, '2026-02-10');
    expect(late.code).toBe('extension-too-late');
    expect(late.params).toMatchObject({ by: '2026-02-09' });
    // On 10 February the screen still offers it, for a verdaging sent by the 9th (point 8); the
    // dialog caps its date at extensionDeadline.
    expect(stepBlocker(state, 'extend', at('2026-02-10'))).toBeNull();
    expect(availableSteps(state, at('2026-02-10'))).toContain('extend');
  });

  it('while a suspension that began inside the first term runs, a verdaging can be sent on any day', () => {
    const asked = run('2026-01-05', [[{ type: 'request-precisering', on: '2026-01-12', answerBy: '2026-03-31' }, '2026-01-12']]);
    expect(asked.term.extensionNoticeBy).toBeNull();
    expect(extensionDeadline(asked.state)).toBeNull();
    // 20 February lies after the unsuspended first term (2 February), but the first term is suspended.
    const extended = applyWooStep(asked.state, { type: 'extend', on: '2026-02-20', reason: 'Omvang' }, at('2026-02-20'));
    expect(extended.state.extension).toEqual({ noticeOn: '2026-02-20', reason: 'Omvang' });
  });

  it('while a suspension that began after the first term runs, the first term stays ended', () => {
    // Received Mon 2 March 2026: first term Mon 30 March. Extended on 20 March; zienswijze asked Wed 1 April.
    const { state, term } = run('2026-03-02', [
      [{ type: 'extend', on: '2026-03-20', reason: 'Omvang' }, '2026-03-20'],
      [{ type: 'request-zienswijze', on: '2026-04-01', answerBy: '2026-04-15' }, '2026-04-01'],
    ]);
    expect(term.extensionNoticeBy).toBeNull();
    expect(extensionDeadline(state)).toBe('2026-03-30');
  });
});

describe('point 2: a zienswijze suspends through the day the view arrives; a precisering until the day it is completed', () => {
  // Received Mon 2 March 2026, in handling from the 3rd.
  it('zienswijze answered on Wed 18 March: suspended 11–18 March (8 days), the clock runs again on the 19th', () => {
    const { state, term } = run('2026-03-02', [
      [{ type: 'start-handling', on: '2026-03-03' }, '2026-03-03'],
      [{ type: 'request-zienswijze', on: '2026-03-10', answerBy: '2026-03-24' }, '2026-03-10'],
      [{ type: 'end-suspension', on: '2026-03-18' }, '2026-03-18'],
    ]);
    expect(state.suspensions[0]).toMatchObject({ from: '2026-03-11', until: '2026-03-19', ended: 'answered', endedOn: '2026-03-18' });
    expect(term.suspendedDays).toBe(8);
    // 28 + 8 = 36 days after 2 March = Tue 7 April (after Easter Monday).
    expect(term.decideBy).toBe('2026-04-07');
  });

  it('precisering completed on the same Wed 18 March: suspended 11–17 March (7 days), that day counts again', () => {
    const { state, term } = run('2026-03-02', [
      [{ type: 'request-precisering', on: '2026-03-10', answerBy: '2026-03-24' }, '2026-03-10'],
      [{ type: 'end-suspension', on: '2026-03-18' }, '2026-03-18'],
    ]);
    expect(state.suspensions[0]).toMatchObject({ from: '2026-03-11', until: '2026-03-18', ended: 'answered' });
    // 28 + 7 = 35 days after 2 March = Mon 6 April, Tweede Paasdag → Tue 7 April: the Atw hides
    // the difference here, so look at the next example too.
    expect(term).toMatchObject({ suspendedDays: 7, decideBy: '2026-04-07' });
  });

  it('the one-day difference shows in the date when no holiday hides it', () => {
    // Received Wed 3 June 2026. Asked Wed 10 June, answered Wed 17 June.
    const zienswijze = run('2026-06-03', [
      [{ type: 'start-handling', on: '2026-06-04' }, '2026-06-04'],
      [{ type: 'request-zienswijze', on: '2026-06-10', answerBy: '2026-06-24' }, '2026-06-10'],
      [{ type: 'end-suspension', on: '2026-06-17' }, '2026-06-17'],
    ]);
    const precisering = run('2026-06-03', [
      [{ type: 'request-precisering', on: '2026-06-10', answerBy: '2026-06-24' }, '2026-06-10'],
      [{ type: 'end-suspension', on: '2026-06-17' }, '2026-06-17'],
    ]);
    // Zienswijze: 11–17 June = 7 days → 3 June + 35 = Wed 8 July. Precisering: 11–16 June = 6 days → Tue 7 July.
    expect(zienswijze.term.decideBy).toBe('2026-07-08');
    expect(precisering.term.decideBy).toBe('2026-07-07');
  });

  it('both kinds, when the answer term lapses unused, run through its last day', () => {
    for (const type of ['request-zienswijze', 'request-precisering'] as const) {
      const { state, term } = run('2026-06-03', [
        [{ type: 'start-handling', on: '2026-06-04' }, '2026-06-04'],
        [{ type, on: '2026-06-10', answerBy: '2026-06-24' }, '2026-06-10'],
        [{ type: 'end-suspension', on: '2026-06-26' }, '2026-06-26'],
      ]);
      // 11–24 June = 14 days; the clock runs again on 25 June. 3 June + 42 = Wed 15 July.
      expect(state.suspensions[0]).toMatchObject({ until: '2026-06-25', ended: 'lapsed' });
      expect(term.decideBy).toBe('2026-07-15');
    }
  });
});

describe('point 3: buiten behandeling (Awb 4:5) only after the chance to complete the request', () => {
  it('is refused straight from "ontvangen" and from "in behandeling" without a precisering', () => {
    const received = run('2026-03-02', []).state;
    expect(refusal(received, { type: 'decide', on: '2026-03-05', outcome: 'buiten-behandeling' }, '2026-03-05').code).toBe(
      'no-chance-to-complete',
    );
    const handled = run('2026-03-02', [[{ type: 'start-handling', on: '2026-03-03' }, '2026-03-03']]).state;
    expect(refusal(handled, { type: 'decide', on: '2026-03-05', outcome: 'buiten-behandeling' }, '2026-03-05').code).toBe(
      'no-chance-to-complete',
    );
    // Other outcomes stay possible.
    expect(applyWooStep(handled, { type: 'decide', on: '2026-03-05', outcome: 'openbaar' }, at('2026-03-05')).state.status).toBe('besloten');
  });

  it('a zienswijze is no chance to complete the request', () => {
    const { state } = run('2026-03-02', [
      [{ type: 'start-handling', on: '2026-03-03' }, '2026-03-03'],
      [{ type: 'request-zienswijze', on: '2026-03-04', answerBy: '2026-03-10' }, '2026-03-04'],
      [{ type: 'end-suspension', on: '2026-03-11' }, '2026-03-11'],
    ]);
    expect(hadChanceToComplete(state, '2026-03-12')).toBe(false);
    expect(refusal(state, { type: 'decide', on: '2026-03-12', outcome: 'buiten-behandeling' }, '2026-03-12').code).toBe(
      'no-chance-to-complete',
    );
  });

  it('is allowed after a precisering that lapsed or was answered (insufficiently)', () => {
    const lapsed = run('2026-03-02', [
      [{ type: 'request-precisering', on: '2026-03-04', answerBy: '2026-03-18' }, '2026-03-04'],
      [{ type: 'end-suspension', on: '2026-03-19' }, '2026-03-19'],
    ]).state;
    expect(applyWooStep(lapsed, { type: 'decide', on: '2026-03-20', outcome: 'buiten-behandeling' }, at('2026-03-20')).state.decision).toEqual({
      outcome: 'buiten-behandeling',
      decidedOn: '2026-03-20',
    });
    const answered = run('2026-03-02', [
      [{ type: 'request-precisering', on: '2026-03-04', answerBy: '2026-03-18' }, '2026-03-04'],
      [{ type: 'end-suspension', on: '2026-03-10' }, '2026-03-10'],
    ]).state;
    expect(applyWooStep(answered, { type: 'decide', on: '2026-03-12', outcome: 'buiten-behandeling' }, at('2026-03-12')).state.status).toBe(
      'besloten',
    );
  });
});

describe('point 8: whether a step was on time is judged by its own date, not by today', () => {
  it('a precisering asked on day 2 and recorded on day 16 is accepted', () => {
    // Received Mon 2 March 2026: the precisering may be asked until Mon 16 March; recorded on Wed 18 March.
    const { state } = newWooRequestState('2026-03-02', at('2026-03-02'));
    expect(stepBlocker(state, 'request-precisering', at('2026-03-18'))).toBeNull();
    const asked = applyWooStep(state, { type: 'request-precisering', on: '2026-03-04', answerBy: '2026-03-18' }, at('2026-03-18'));
    expect(asked.state.status).toBe('precisering-gevraagd');
    // Dated after the two weeks, it is still refused.
    expect(refusal(state, { type: 'request-precisering', on: '2026-03-17', answerBy: '2026-03-31' }, '2026-03-18').code).toBe(
      'precisering-too-late',
    );
  });

  it('a verdaging sent in time and recorded after the first term is accepted', () => {
    const { state } = newWooRequestState('2026-03-02', at('2026-03-02'));
    const extended = applyWooStep(state, { type: 'extend', on: '2026-03-27', reason: 'Omvang' }, at('2026-04-02'));
    expect(extended.state.extension).toEqual({ noticeOn: '2026-03-27', reason: 'Omvang' });
    expect(extended.term.decideBy).toBe('2026-04-13');
  });
});

describe('point 7: preciseringOpenUntil, shown on the request and on the deadline list', () => {
  it('is the two-week date while a precisering can still be asked, null once asked, past or decided', () => {
    // Received Fri 20 March 2026: + 14 = Fri 3 April, Goede Vrijdag → Tue 7 April.
    const { state } = newWooRequestState('2026-03-20', at('2026-03-20'));
    expect(preciseringOpenUntil(state, '2026-03-20')).toBe('2026-04-07');
    expect(preciseringOpenUntil(state, '2026-04-07')).toBe('2026-04-07');
    expect(preciseringOpenUntil(state, '2026-04-08')).toBeNull();
    const asked = applyWooStep(state, { type: 'request-precisering', on: '2026-03-23', answerBy: '2026-04-06' }, at('2026-03-23')).state;
    expect(preciseringOpenUntil(asked, '2026-03-23')).toBeNull();
    const decided = applyWooStep(state, { type: 'decide', on: '2026-03-24', outcome: 'openbaar' }, at('2026-03-24')).state;
    expect(preciseringOpenUntil(decided, '2026-03-24')).toBeNull();
  });
});
