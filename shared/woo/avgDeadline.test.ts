import { describe, expect, it } from 'vitest';
import { AvgExtensionError, avgDeadline, avgReceivedOn, EXTENDED_MARK, extendAvg } from './avgDeadline';

/** The task routeToAvg writes (the due moment is 17:00 Amsterdam on the deadline). */
const task = (receivedOn: string, dueAt: string, extra = '') => ({
  dueAt,
  note: `Ontvangen op ${receivedOn}; uiterste antwoorddatum ${dueAt.slice(0, 10)} (AVG art. 12 lid 3).${extra}`,
});

describe('AVG access request deadline (art. 15, term art. 12(3))', () => {
  it('worked example: received Wednesday 11 February 2026 → answer by Wednesday 11 March; the extension must be told by then', () => {
    expect(avgDeadline(task('2026-02-11', '2026-03-11T16:00:00.000Z'))).toEqual({
      receivedOn: '2026-02-11',
      decideBy: '2026-03-11',
      extended: false,
      extensionNoticeBy: '2026-03-11',
    });
  });

  it('worked example: received 14 February 2026 → 14 March is a Saturday, so Monday 16 March; extended: 14 May is Ascension Day, so Friday 15 May', () => {
    const plain = task('2026-02-14', '2026-03-16T16:00:00.000Z');
    expect(avgDeadline(plain)).toMatchObject({ decideBy: '2026-03-16', extensionNoticeBy: '2026-03-16' });
    const extended = extendAvg(plain, '2026-03-02', '  Veel   stukken bij drie afdelingen ');
    expect(extended).toEqual({
      decideBy: '2026-05-15',
      noteLine: `${EXTENDED_MARK} op 2026-03-02; uiterste antwoorddatum 2026-05-15. Reden: Veel stukken bij drie afdelingen`,
    });
    const after = { dueAt: '2026-05-15T15:00:00.000Z', note: `${plain.note}\n${extended.noteLine}` };
    expect(avgDeadline(after)).toEqual({ receivedOn: '2026-02-14', decideBy: '2026-05-15', extended: true, extensionNoticeBy: null });
  });

  it('worked example: received 31 January 2025 → 28 February (no 31st); extended → 30 April, not 28 April', () => {
    expect(avgDeadline(task('2025-01-31', '2025-02-28T16:00:00.000Z')).decideBy).toBe('2025-02-28');
    expect(extendAvg(task('2025-01-31', '2025-02-28T16:00:00.000Z'), '2025-02-28', 'omvang').decideBy).toBe('2025-04-30');
  });

  it('a centre holiday (Royal Decree) moves the end to the next working day', () => {
    expect(avgDeadline(task('2026-02-11', '2026-03-11T16:00:00.000Z'), ['2026-03-11']).decideBy).toBe('2026-03-12');
  });

  it('without a day of receipt the due moment is the deadline (Amsterdam day) and no extension is offered', () => {
    expect(avgDeadline({ dueAt: '2026-03-11T23:30:00.000Z', note: 'Zelf ingevoerd' })).toEqual({
      receivedOn: null,
      decideBy: '2026-03-12',
      extended: false,
      extensionNoticeBy: null,
    });
    expect(avgReceivedOn('Ontvangen op 2026-02-30')).toBeNull();
    expect(avgReceivedOn(undefined)).toBeNull();
  });

  it('refuses an extension twice, too late, without a reason or without a day of receipt – each with its reason', () => {
    const plain = task('2026-02-11', '2026-03-11T16:00:00.000Z');
    const refused = (fn: () => unknown) => {
      try {
        fn();
      } catch (error) {
        expect(error).toBeInstanceOf(AvgExtensionError);
        return (error as AvgExtensionError).reason;
      }
      throw new Error('not refused');
    };
    expect(refused(() => extendAvg(plain, '2026-03-12', 'omvang'))).toBe('too-late');
    expect(extendAvg(plain, '2026-03-11', 'omvang').decideBy).toBe('2026-05-11');
    expect(refused(() => extendAvg(plain, '2026-03-01', '   '))).toBe('no-reason');
    expect(refused(() => extendAvg({ ...plain, note: `${plain.note}\n${EXTENDED_MARK} op 2026-03-01` }, '2026-03-02', 'x'))).toBe('already-extended');
    expect(refused(() => extendAvg({ dueAt: plain.dueAt, note: '' }, '2026-03-01', 'x'))).toBe('no-receipt-date');
  });
});
