import { describe, expect, it } from 'vitest';
import { CONFLICT_FIELDS } from './entities';
import { mergePatch } from './merge';

const base = {
  data: { status: 'open', topic: 'Afval', assignee: 'anna' },
  // status and topic changed at rev 5 (10:00); assignee last at rev 2.
  fieldMeta: {
    status: { rev: 5, at: '2026-03-02T10:00:00Z' },
    topic: { rev: 5, at: '2026-03-02T10:00:00.000Z' },
    assignee: { rev: 2, at: '2026-03-02T08:00:00Z' },
  },
};

describe('mergePatch', () => {
  it('takes every field when the client saw the latest revision', () => {
    expect(mergePatch({ ...base, patch: { status: 'closed', topic: 'Grofvuil' }, baseRev: 5, at: '2026-03-02T09:00:00Z' }, CONFLICT_FIELDS)).toEqual({
      accepted: { status: 'closed', topic: 'Grofvuil' },
      conflicts: [],
      overruled: [],
    });
  });

  it('takes a field unchanged since baseRev, conflicts on a decision field, and times free text', () => {
    const result = mergePatch(
      { ...base, patch: { assignee: 'bram', status: 'waiting', topic: 'Grofvuil', question: 'Nieuw veld' }, baseRev: 3, at: '2026-03-02T09:59:59Z' },
      CONFLICT_FIELDS,
    );
    expect(result).toEqual({
      accepted: { assignee: 'bram', question: 'Nieuw veld' },
      conflicts: [{ field: 'status', hubValue: 'open', clientValue: 'waiting' }],
      overruled: ['topic'],
    });
  });

  it("lets a workstation's later change supersede its own earlier one, but not another's", () => {
    const fieldMeta = { ...base.fieldMeta, status: { rev: 5, at: '2026-03-02T10:00:00Z', client: 'ws-a' } };
    const patch = { status: 'closed' };
    const own = mergePatch({ ...base, fieldMeta, patch, baseRev: 3, at: '2026-03-02T10:05:00Z', clientId: 'ws-a' }, CONFLICT_FIELDS);
    expect(own).toEqual({ accepted: { status: 'closed' }, conflicts: [], overruled: [] });
    const other = mergePatch({ ...base, fieldMeta, patch, baseRev: 3, at: '2026-03-02T10:05:00Z', clientId: 'ws-b' }, CONFLICT_FIELDS);
    expect(other.conflicts).toEqual([{ field: 'status', hubValue: 'open', clientValue: 'closed' }]);
  });

  it('compares times as instants, not strings, and lets the incoming change win a tie', () => {
    // '10:00:00Z' and '10:00:00.000Z' are the same instant.
    const tie = mergePatch({ ...base, patch: { topic: 'Grofvuil' }, baseRev: 0, at: '2026-03-02T10:00:00Z' }, CONFLICT_FIELDS);
    expect(tie.accepted).toEqual({ topic: 'Grofvuil' });
  });

  it('ignores fields that already hold the sent value, however the object keys are ordered', () => {
    const data = { visitor: { name: 'A', language: 'dut' }, status: 'open' };
    const fieldMeta = { visitor: { rev: 9, at: '2026-03-02T10:00:00Z' }, status: { rev: 9, at: '2026-03-02T10:00:00Z' } };
    expect(mergePatch({ data, fieldMeta, patch: { visitor: { language: 'dut', name: 'A' }, status: 'open' }, baseRev: 1, at: '2026-03-02T09:00:00Z' }, CONFLICT_FIELDS)).toEqual({
      accepted: {},
      conflicts: [],
      overruled: [],
    });
  });

  it('keeps the hub value of a decision field the hub has and the client clears', () => {
    const result = mergePatch({ ...base, patch: { status: null }, baseRev: 1, at: '2026-03-02T11:00:00Z' }, CONFLICT_FIELDS);
    expect(result.conflicts).toEqual([{ field: 'status', hubValue: 'open', clientValue: null }]);
  });
});
