import { describe, expect, it } from 'vitest';
import { groupNotFound } from './notFoundList';

describe('the coordinator’s "niet gevonden" list (issue 14 point 4)', () => {
  const signals = [
    { at: '2026-03-02T09:00:00.000Z', subject: 'Notulen raad 1987', topic: 'Bestuur' },
    { at: '2026-03-05T14:00:00.000Z', subject: ' notulen  raad 1987', topic: 'Archief' },
    { at: '2026-03-04T10:00:00.000Z', subject: 'Bomenkap Vondelpark' },
    // 23:30 UTC on 31 March is 1 April in Amsterdam: outside a March period.
    { at: '2026-03-31T23:30:00.000Z', subject: 'Bomenkap Vondelpark' },
    { at: '2026-02-27T09:00:00.000Z', subject: 'Parkeertarieven' },
  ];

  it('counts per subject within the period, most asked first, with topics and first and last day', () => {
    expect(groupNotFound(signals, { from: '2026-03-01', to: '2026-03-31' })).toEqual([
      { subject: 'Notulen raad 1987', topics: ['Bestuur', 'Archief'], count: 2, first: '2026-03-02', last: '2026-03-05' },
      { subject: 'Bomenkap Vondelpark', topics: [], count: 1, first: '2026-03-04', last: '2026-03-04' },
    ]);
  });

  it('is empty for a period without signals', () => {
    expect(groupNotFound(signals, { from: '2025-01-01', to: '2025-12-31' })).toEqual([]);
  });
});
