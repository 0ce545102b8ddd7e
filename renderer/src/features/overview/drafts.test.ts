import { afterEach, describe, expect, it, vi } from 'vitest';
import { draftExpired } from '../../../../shared/privacy/retention';
import { draftKeys, expireDrafts, readDraft, startDraftExpiry, writeDraft } from '../../app/drafts';

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

  it('also while the app stays open: checked at start and then hourly', () => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2026-03-02T08:00:00Z'));
    writeDraft('intake', { visitor: { name: 'Fatma Yılmaz' } });
    const stop = startDraftExpiry(draftExpired);
    try {
      expect(readDraft('intake')).toEqual({ visitor: { name: 'Fatma Yılmaz' } });
      vi.advanceTimersByTime(24 * 3_600_000); // exactly 24 hours: not older than the limit yet
      expect(readDraft('intake')).toBeDefined();
      vi.advanceTimersByTime(3_600_000);
      expect(readDraft('intake')).toBeUndefined();
    } finally {
      stop();
    }
  });
});
