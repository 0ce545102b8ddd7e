import { afterEach, describe, expect, it, vi } from 'vitest';
import { draftExpired } from '../../../shared/privacy/retention';
import { expireDrafts, readDraft, setDraftOwner, writeDraft } from './drafts';

afterEach(() => {
  vi.useRealTimers();
  setDraftOwner(undefined);
  localStorage.clear();
});

describe('draft expiry spares centre content (review bug 4)', () => {
  it('keeps answer and guide editor drafts older than 24 hours, with or without owner, and still expires the intake', () => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2026-03-02T08:00:00Z'));
    writeDraft('answer-edit.new', { title: 'Paspoort' });
    writeDraft('answer-edit.0190a0b0-0000-7000-8000-000000000001', { title: 'Grofvuil' });
    writeDraft('guide-edit', { base: 3 });
    writeDraft('intake.new', { visitor: { name: 'Fatma Yılmaz' } });
    setDraftOwner('0190a0b0-0000-7000-8000-00000000abcd');
    writeDraft('guide-edit', { base: 4 });
    writeDraft('intake.new', { visitor: { name: 'Jan' } });

    expect(expireDrafts(Date.parse('2026-03-04T08:00:00Z'), draftExpired)).toBe(2);
    expect(readDraft('guide-edit')).toEqual({ base: 4 });
    expect(readDraft('intake.new')).toBeUndefined();
    setDraftOwner(undefined);
    expect(readDraft('answer-edit.new')).toEqual({ title: 'Paspoort' });
    expect(readDraft('answer-edit.0190a0b0-0000-7000-8000-000000000001')).toEqual({ title: 'Grofvuil' });
    expect(readDraft('guide-edit')).toEqual({ base: 3 });
    expect(readDraft('intake.new')).toBeUndefined();
  });

  it('does not spare a draft whose name only contains an editor key', () => {
    localStorage.setItem('loket.draft.guide-edit-notes', '"x"');
    localStorage.setItem('loket.draft.intake.answer-edit', '"y"');
    expect(expireDrafts(Date.now(), draftExpired)).toBe(2);
  });
});
