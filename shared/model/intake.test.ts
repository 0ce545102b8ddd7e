import { describe, expect, it } from 'vitest';
import {
  callSeconds,
  caseKindForOutcome,
  caseStatusForNewCase,
  defaultDueChoice,
  dueAtFor,
  emptyIntake,
  formatLocalDateTime,
  intakeHasContent,
  type IntakeDraft,
  parseLocalDateTime,
  QUESTION_MAX,
  statusAfterFollowUp,
  validateIntake,
} from './intake';

// The rules speak of "16:00 today" on Amsterdam's clock (CEST, +02:00, in May), whatever zone the
// test runner is in; so every instant here is written with its offset.
const monday9 = new Date('2026-05-11T09:00+02:00'); // Monday 11 May 2026
const friday17 = new Date('2026-05-15T17:00+02:00');

function draft(overrides: Partial<IntakeDraft> = {}, visitor: Partial<IntakeDraft['visitor']> = {}, callback: Partial<IntakeDraft['callback']> = {}): IntakeDraft {
  const base = emptyIntake({ now: monday9, channel: 'telefoon', assignee: 'Team Openbaarheid' });
  return { ...base, question: 'Wanneer is de raadsvergadering?', ...overrides, visitor: { ...base.visitor, ...visitor }, callback: { ...base.callback, ...callback } };
}

describe('validateIntake', () => {
  it('accepts a minimal anonymous contact and stores no visitor at all', () => {
    const result = validateIntake(draft(), { now: new Date(monday9.getTime() + 95_000) });
    expect(result).toEqual({
      ok: true,
      value: {
        channel: 'telefoon',
        startedAt: monday9.toISOString(),
        durationSeconds: 95,
        question: 'Wanneer is de raadsvergadering?',
        outcome: 'answered',
        confidential: false,
      },
    });
  });

  it('requires the question and refuses (does not cut) an over-long one', () => {
    expect(validateIntake(draft({ question: '   ' }), { now: monday9 })).toEqual({ ok: false, issues: [{ field: 'question', code: 'question.required' }] });
    const long = 'a'.repeat(QUESTION_MAX + 1);
    expect(validateIntake(draft({ question: long }), { now: monday9 })).toEqual({
      ok: false,
      issues: [{ field: 'question', code: 'question.tooLong', params: { max: QUESTION_MAX } }],
    });
    expect(validateIntake(draft({ question: 'a'.repeat(QUESTION_MAX) }), { now: monday9 }).ok).toBe(true);
  });

  it('explains what is wrong with a phone number or e-mail address, in form order', () => {
    const result = validateIntake(draft({}, { phone: '06-1234567a', email: 'jan@', name: 'Jan' }), { now: monday9 });
    expect(result).toEqual({
      ok: false,
      issues: [
        { field: 'visitor.phone', code: 'phone.characters' },
        { field: 'visitor.email', code: 'email.invalid' },
      ],
    });
    expect(validateIntake(draft({}, { phone: '06-123' }), { now: monday9 })).toMatchObject({ issues: [{ code: 'phone.tooShort' }] });
    expect(validateIntake(draft({}, { phone: '06-1234567890' }), { now: monday9 })).toMatchObject({ issues: [{ code: 'phone.tooLong' }] });
  });

  it('keeps visitor details as typed, trimmed, and only the ones given', () => {
    const result = validateIntake(draft({}, { name: ' Fatma Yılmaz ', phone: '+31 6 12345678', language: 'tur', accessibility: ['interpreter'] }), { now: monday9 });
    expect(result.ok && result.value.visitor).toEqual({ name: 'Fatma Yılmaz', phone: '+31 6 12345678', language: 'tur', accessibility: ['interpreter'] });
  });

  it('plans a callback only with a number to call and someone to call', () => {
    const noPhone = validateIntake(draft({}, {}, { enabled: true, assignee: '' }), { now: monday9 });
    expect(noPhone).toEqual({
      ok: false,
      issues: [
        { field: 'visitor.phone', code: 'callback.phoneRequired' },
        { field: 'callback.assignee', code: 'callback.assigneeRequired' },
      ],
    });
    // The attached case already has the caller's number.
    expect(validateIntake(draft({}, {}, { enabled: true }), { now: monday9, casePhoneKnown: true }).ok).toBe(true);
    const ok = validateIntake(draft({}, { phone: '0612345678' }, { enabled: true, due: 'today-16', note: 'Na 14 uur' }), { now: monday9 });
    expect(ok.ok && ok.value.callback).toEqual({ assignee: 'Team Openbaarheid', dueAt: new Date('2026-05-11T16:00+02:00').toISOString(), note: 'Na 14 uur' });
  });

  it('refuses a custom callback time that is invalid or already past', () => {
    const at = (customDue: string) => validateIntake(draft({}, { phone: '0612345678' }, { enabled: true, due: 'custom', customDue }), { now: monday9 });
    expect(at('2026-02-31T10:00')).toMatchObject({ issues: [{ field: 'callback.customDue', code: 'callback.dueInvalid' }] });
    expect(at('2026-05-11T08:59')).toMatchObject({ issues: [{ field: 'callback.customDue', code: 'callback.duePast' }] });
    expect(at('2026-05-12T08:30').ok).toBe(true);
    const lateAfternoon = validateIntake(draft({}, { phone: '0612345678' }, { enabled: true, due: 'today-16' }), { now: new Date('2026-05-11T16:05+02:00') });
    expect(lateAfternoon).toMatchObject({ issues: [{ field: 'callback.due', code: 'callback.duePast' }] });
  });

  it('needs a case when attaching to an existing one', () => {
    expect(validateIntake(draft({ caseMode: 'existing' }), { now: monday9 })).toMatchObject({ issues: [{ field: 'caseId', code: 'case.required' }] });
    const attached = validateIntake(draft({ caseMode: 'existing', caseId: 'c1' }), { now: monday9 });
    expect(attached.ok && attached.value.caseId).toBe('c1');
  });

  it('keeps the answer used while the outcome is answered, and drops it when staff changed the outcome', () => {
    const answerUsed = { id: 'a-paspoort', title: 'Paspoort aanvragen', revision: 3 };
    const answered = validateIntake(draft({ answerUsed }), { now: monday9 });
    expect(answered).toMatchObject({ ok: true, value: { outcome: 'answered', answerUsed } });
    const referred = validateIntake(draft({ answerUsed, outcome: 'referred' }), { now: monday9 });
    expect(referred.ok && referred.value.answerUsed).toBe(undefined);
    const broken = validateIntake(draft({ answerUsed: { id: '', title: 'x', revision: 0 } }), { now: monday9 });
    expect(broken.ok).toBe(false);
  });

  it('reports a corrupted draft instead of throwing', () => {
    const broken = { ...draft(), channel: 'fax' } as unknown as IntakeDraft;
    expect(validateIntake(broken, { now: monday9 })).toMatchObject({ ok: false, issues: [{ field: 'channel', code: 'invalid' }] });
  });
});

describe('callback due times', () => {
  it('offers today 16:00 in the morning and the next working day later on', () => {
    expect(defaultDueChoice(monday9)).toBe('today-16');
    expect(defaultDueChoice(new Date('2026-05-11T15:30+02:00'))).toBe('next-day-10');
  });

  it('skips the weekend and Atw holidays for the next working day', () => {
    expect(dueAtFor('next-day-10', friday17)).toEqual(new Date('2026-05-18T10:00+02:00'));
    // Thursday 14 May 2026 is Hemelvaartsdag.
    expect(dueAtFor('next-day-10', new Date('2026-05-13T16:00+02:00'))).toEqual(new Date('2026-05-15T10:00+02:00'));
    expect(dueAtFor('within-2h', monday9)).toEqual(new Date('2026-05-11T11:00+02:00'));
    expect(dueAtFor('custom', monday9, 'morgen')).toBeUndefined();
  });

  it("reads and writes datetime-local values on Amsterdam's clock", () => {
    expect(parseLocalDateTime('2026-05-12T08:30')).toEqual(new Date('2026-05-12T08:30+02:00'));
    expect(parseLocalDateTime('2026-13-01T08:30')).toBeUndefined();
    expect(parseLocalDateTime('2026-05-12T24:30')).toBeUndefined();
    expect(parseLocalDateTime('2026-01-12T08:30')).toEqual(new Date('2026-01-12T07:30Z'));
    expect(formatLocalDateTime(new Date('2026-05-11T22:15Z'))).toBe('2026-05-12T00:15');
  });

  it("uses Amsterdam's date just after midnight, when UTC still has yesterday", () => {
    const tuesday0030 = new Date('2026-05-11T22:30Z');
    expect(defaultDueChoice(tuesday0030)).toBe('today-16');
    expect(dueAtFor('today-16', tuesday0030)).toEqual(new Date('2026-05-12T16:00+02:00'));
  });

  it('keeps 10:00 on the wall clock across the change to summer time', () => {
    // Saturday 28 March 2026 (CET); clocks go forward on Sunday; Monday 30 March is CEST.
    expect(dueAtFor('next-day-10', new Date('2026-03-28T17:00+01:00'))).toEqual(new Date('2026-03-30T10:00+02:00'));
    // Friday 23 October 2026 (CEST) → Monday 26 October, after the change back (CET).
    expect(dueAtFor('next-day-10', new Date('2026-10-23T17:00+02:00'))).toEqual(new Date('2026-10-26T10:00+01:00'));
  });
});

describe('call timer', () => {
  it('counts from the start timestamp, so a reload or a paused screen does not reset it', () => {
    const d = draft();
    expect(callSeconds(d, new Date(monday9.getTime() + 61_900))).toBe(61);
    expect(callSeconds({ ...d, endedAt: new Date(monday9.getTime() + 30_000).toISOString() }, new Date(monday9.getTime() + 999_000))).toBe(30);
    expect(callSeconds(d, new Date(monday9.getTime() - 5_000))).toBe(0);
  });
});

describe('what a contact means for its case', () => {
  it('derives the kind of a new case from the outcome', () => {
    expect(caseKindForOutcome('woo-filed')).toBe('woo');
    expect(caseKindForOutcome('avg-routed')).toBe('avg');
    expect(caseKindForOutcome('referred')).toBe('referral');
    expect(caseKindForOutcome('answered')).toBe('question');
  });

  it('closes a case that was settled at once, keeps it open when something remains', () => {
    expect(caseStatusForNewCase('answered', false)).toBe('closed');
    expect(caseStatusForNewCase('answered', true)).toBe('open');
    expect(caseStatusForNewCase('woo-filed', false)).toBe('open');
    expect(caseStatusForNewCase('not-reached', false)).toBe('open');
  });

  it('reopens a closed case for a follow-up with work left, never closes one', () => {
    expect(statusAfterFollowUp('closed', 'callback-needed', true)).toBe('open');
    expect(statusAfterFollowUp('closed', 'answered', false)).toBe('closed');
    expect(statusAfterFollowUp('open', 'answered', false)).toBe('open');
    expect(statusAfterFollowUp('waiting', 'answered', false)).toBe('waiting');
  });

  it('knows when a draft holds something worth keeping', () => {
    expect(intakeHasContent(draft({ question: '' }))).toBe(false);
    expect(intakeHasContent(draft({ question: '' }, { email: 'x' }))).toBe(true);
    // What the guide and the finder recorded counts too: discarding it must ask first (review bug 2).
    expect(intakeHasContent(draft({ question: '', answerUsed: { id: 'a', title: 'Paspoort', revision: 1 } }))).toBe(true);
    expect(intakeHasContent(draft({ question: '', documentsAttached: [{ id: 'd', title: 'Besluit' }] }))).toBe(true);
    expect(intakeHasContent(draft({ question: '', documentsAttached: [] }))).toBe(false);
    expect(intakeHasContent(draft({ question: '', notFoundNote: 'notulen 1987' }))).toBe(true);
    expect(intakeHasContent(draft({ question: '', notFoundNote: '  ' }))).toBe(false);
    expect(intakeHasContent(draft({ question: '', guideRoute: 'avg' }))).toBe(true);
  });
});
