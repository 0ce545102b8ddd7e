import { describe, expect, it } from 'vitest';
import { computeIndicators, type IndicatorInput } from '../indicators/indicators';
import { referralBody } from '../indicators/referrals';
import { draftExpired, isPurgeDue, purgeDueOn, purgePatches, RetentionError, type FieldPatch } from './retention';

const closedCase = {
  id: 'c1',
  status: 'closed',
  closedAt: '2025-03-31T22:30:00.000Z', // 1 April 2025, 00:30 in Amsterdam
  visitor: { name: 'Fatma Yılmaz', phone: '06 12345678' },
  question: 'Mijn bezwaar over de parkeervergunning van mijn moeder',
  topic: 'Parkeren',
  kind: 'referral',
  channel: 'balie',
  createdAt: '2025-03-20T09:00:00.000Z',
};
const contacts = [
  { id: 'k1', caseId: 'c1', channel: 'balie', startedAt: '2025-03-20T09:00:00.000Z', outcome: 'callback-needed', confidential: true, topic: 'Parkeren', summary: 'Moeder ligt in het ziekenhuis' },
  { id: 'k2', caseId: 'c1', channel: 'telefoon', startedAt: '2025-03-21T09:00:00.000Z', outcome: 'referred', confidential: false, topic: 'Parkeren', summary: 'Doorverwezen naar Provincie Noord-Holland (pv27), Woo art. 4.2. Vraag: vergunning van mevrouw Yılmaz' },
  { id: 'k3', caseId: 'c1', channel: 'telefoon', startedAt: '2025-03-22T09:00:00.000Z', outcome: 'answered', confidential: false, summary: 'Uitgelegd hoe bezwaar werkt' },
] as const;
const tasks = [{ id: 't1', caseId: 'c1', action: 'Terugbellen', dueAt: '2025-03-21T15:00:00.000Z', status: 'verwerkt', doneAt: '2025-03-21T10:00:00.000Z', note: 'Na 14 uur, vraag naar Fatma' }] as const;

function apply<T extends { id: string }>(records: readonly T[], patches: FieldPatch[], entity: FieldPatch['entity']): T[] {
  return records.map((record) => {
    const out: Record<string, unknown> = { ...record };
    for (const patch of patches.filter((p) => p.entity === entity && p.id === record.id)) {
      for (const [key, value] of Object.entries(patch.values)) {
        if (value === null) delete out[key];
        else out[key] = value;
      }
    }
    return out as T;
  });
}

function indicatorInput(cases: readonly (typeof closedCase)[], cs: readonly (typeof contacts)[number][], ts: readonly (typeof tasks)[number][]): IndicatorInput {
  return {
    cases,
    contacts: cs.map((c) => ({ ...c, referredTo: c.outcome === 'referred' ? referralBody(c.summary) : undefined })),
    tasks: ts,
    woo: [],
    notFound: [],
    callbackActions: ['Terugbellen'],
  };
}

describe('retention', () => {
  it('is due from the same calendar day, retention months after closing (Amsterdam calendar)', () => {
    expect(purgeDueOn(closedCase.closedAt, 12)).toBe('2026-04-01');
    expect(isPurgeDue(closedCase, '2026-03-31', 12)).toBe(false);
    expect(isPurgeDue(closedCase, '2026-04-01', 12)).toBe(true);
    expect(isPurgeDue({ ...closedCase, status: 'open' }, '2030-01-01', 12)).toBe(false);
    expect(purgeDueOn('2025-08-31T10:00:00.000Z', 6)).toBe('2026-02-28');
  });

  it('refuses a retention that is not a whole number of months in range', () => {
    expect(() => purgeDueOn(closedCase.closedAt, 0)).toThrow(RetentionError);
    expect(() => purgeDueOn(closedCase.closedAt, 1.5)).toThrow(/heel aantal maanden/);
  });

  it('retention purge: visitor, confidential summaries and task notes go; the referral keeps its body; nothing else changes', () => {
    const patches = purgePatches(closedCase, contacts, tasks, 'retention');
    expect(patches).toEqual([
      { entity: 'cases', id: 'c1', values: { visitor: null } },
      { entity: 'contacts', id: 'k1', values: { summary: '' } },
      { entity: 'tasks', id: 't1', values: { note: null } },
    ]);
  });

  it('erasure also clears the question and every summary; the referral keeps only "Doorverwezen naar <body> (<code>)."', () => {
    const patches = purgePatches(closedCase, contacts, tasks, 'erasure');
    expect(patches).toEqual([
      { entity: 'cases', id: 'c1', values: { visitor: null, question: '' } },
      { entity: 'contacts', id: 'k1', values: { summary: '' } },
      { entity: 'contacts', id: 'k2', values: { summary: 'Doorverwezen naar Provincie Noord-Holland (pv27).' } },
      { entity: 'contacts', id: 'k3', values: { summary: '' } },
      { entity: 'tasks', id: 't1', values: { note: null } },
    ]);
    const after = apply(contacts, patches, 'contacts');
    expect(purgePatches(apply([closedCase], patches, 'cases')[0]!, after, apply(tasks, patches, 'tasks'), 'erasure')).toEqual([]);
  });

  it('erasure also clears a "niet gevonden" note, retention keeps it (review risk 11)', () => {
    const noted = [{ id: 'k9', summary: '', outcome: 'document-not-found', confidential: false, notFoundNote: 'bouwvergunning Jansen Kerkstraat 12' }];
    const openCase = { id: 'c9', status: 'open' };
    expect(purgePatches(openCase, noted, [], 'retention')).toEqual([]);
    expect(purgePatches(openCase, noted, [], 'erasure')).toEqual([{ entity: 'contacts', id: 'k9', values: { notFoundNote: null } }]);
    expect(purgePatches(openCase, [{ ...noted[0]!, notFoundNote: null }], [], 'erasure')).toEqual([]);
  });

  it('leaves every indicator identical before and after a purge and after an erasure', () => {
    const period = { from: '2025-01-01', to: '2025-12-31' };
    const before = computeIndicators(indicatorInput([closedCase], contacts, tasks), period);
    for (const mode of ['retention', 'erasure'] as const) {
      const patches = purgePatches(closedCase, contacts, tasks, mode);
      const after = computeIndicators(
        indicatorInput(apply([closedCase], patches, 'cases'), apply(contacts, patches, 'contacts'), apply(tasks, patches, 'tasks')),
        period,
      );
      expect(after).toEqual(before);
    }
    // The example is not trivial: it has a referral body, a callback on time and a first-contact figure.
    expect(before.referralsPerBody).toEqual({ 'Provincie Noord-Holland': 1 });
    expect(before.callbacksOnTime.count).toBe(1);
    expect(before.answeredAtFirstContact.of).toBe(1);
  });
});

describe('draft expiry', () => {
  it('removes drafts older than the limit and drafts without a time', () => {
    const now = Date.parse('2026-03-02T12:00:00Z');
    expect(draftExpired(now - 23 * 3_600_000, now)).toBe(false);
    expect(draftExpired(now - 25 * 3_600_000, now)).toBe(true);
    expect(draftExpired(undefined, now)).toBe(true);
  });
});
