import { afterEach, describe, expect, it, vi } from 'vitest';
import { draftExpired } from '../../../../shared/privacy/retention';
import { draftKeys, expireDrafts, readDraft, writeDraft } from '../../app/drafts';

afterEach(() => {
  vi.useRealTimers();
  localStorage.clear();
});

describe('visitor data in local drafts expires (issue 10 point 8)', () => {
  it('removes drafts older than 24 hours and drafts without a time, keeps fresh ones', () => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2026-03-02T08:00:00Z'));
    writeDraft('intake', { visitor: { name: 'Fatma Yılmaz' } });
    vi.setSystemTime(new Date('2026-03-03T07:00:00Z'));
    writeDraft('woo-filing', { subject: 'bomenkap' });
    localStorage.setItem('loket.draft.legacy', '{"visitor":{"name":"Jan"}}');

    expect(expireDrafts(Date.parse('2026-03-03T08:30:00Z'), draftExpired)).toBe(2);
    expect(readDraft('intake')).toBeUndefined();
    expect(localStorage.getItem('loket.draft.legacy')).toBeNull();
    expect(readDraft('woo-filing')).toEqual({ subject: 'bomenkap' });
    expect(draftKeys()).toEqual(['woo-filing']);
  });
});
