import { describe, expect, it } from 'vitest';
import { CONFLICT_FIELDS } from './entities';
import { mergePatch } from './merge';

const OPTS = { conflictFields: CONFLICT_FIELDS };

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
    expect(mergePatch({ ...base, patch: { status: 'closed', topic: 'Grofvuil' }, baseRev: 5, at: '2026-03-02T09:00:00Z' }, OPTS)).toMatchObject({
      accepted: { status: 'closed', topic: 'Grofvuil' },
      conflicts: [],
      overruled: [],
    });
  });

  it('takes a field unchanged since baseRev, conflicts on a decision field, and times free text', () => {
    const result = mergePatch(
      { ...base, patch: { assignee: 'bram', status: 'waiting', topic: 'Grofvuil', question: 'Nieuw veld' }, baseRev: 3, at: '2026-03-02T09:59:59Z' },
      OPTS,
    );
    expect(result).toMatchObject({
      accepted: { assignee: 'bram', question: 'Nieuw veld' },
      conflicts: [{ field: 'status', hubValue: 'open', clientValue: 'waiting' }],
      overruled: ['topic'],
    });
  });

  it("lets a workstation's later change supersede its own earlier one, but not another's", () => {
    const fieldMeta = { ...base.fieldMeta, status: { rev: 5, at: '2026-03-02T10:00:00Z', client: 'ws-a' } };
    const patch = { status: 'closed' };
    const own = mergePatch({ ...base, fieldMeta, patch, baseRev: 3, at: '2026-03-02T10:05:00Z', clientId: 'ws-a' }, OPTS);
    expect(own).toMatchObject({ accepted: { status: 'closed' }, conflicts: [], overruled: [] });
    const other = mergePatch({ ...base, fieldMeta, patch, baseRev: 3, at: '2026-03-02T10:05:00Z', clientId: 'ws-b' }, OPTS);
    expect(other.conflicts).toEqual([{ field: 'status', hubValue: 'open', clientValue: 'closed' }]);
  });

  it('compares times as instants, not strings, and lets the incoming change win a tie', () => {
    // '10:00:00Z' and '10:00:00.000Z' are the same instant.
    const tie = mergePatch({ ...base, patch: { topic: 'Grofvuil' }, baseRev: 0, at: '2026-03-02T10:00:00Z' }, OPTS);
    expect(tie.accepted).toEqual({ topic: 'Grofvuil' });
  });

  it('ignores fields that already hold the sent value, however the object keys are ordered', () => {
    const data = { visitor: { name: 'A', language: 'dut' }, status: 'open' };
    const fieldMeta = { visitor: { rev: 9, at: '2026-03-02T10:00:00Z' }, status: { rev: 9, at: '2026-03-02T10:00:00Z' } };
    expect(mergePatch({ data, fieldMeta, patch: { visitor: { language: 'dut', name: 'A' }, status: 'open' }, baseRev: 1, at: '2026-03-02T09:00:00Z' }, OPTS)).toMatchObject({
      accepted: {},
      conflicts: [],
      overruled: [],
    });
  });

  it('keeps the hub value of a decision field the hub has and the client clears', () => {
    const result = mergePatch({ ...base, patch: { status: null }, baseRev: 1, at: '2026-03-02T11:00:00Z' }, OPTS);
    expect(result.conflicts).toEqual([{ field: 'status', hubValue: 'open', clientValue: null }]);
  });

  it('looks fields up as own properties: constructor, toString and hasOwnProperty merge like any other field', () => {
    // Before: fieldMeta['constructor'] found Object.prototype.constructor, so the change was "overruled".
    const patch = { constructor: 'x', toString: 'y', hasOwnProperty: 'z' };
    const result = mergePatch({ data: {}, fieldMeta: {}, patch, baseRev: 0, at: '2026-03-02T09:00:00Z' }, OPTS);
    expect(result).toMatchObject({ accepted: patch, conflicts: [], overruled: [] });
    const later = mergePatch(
      { data: { constructor: 'old' }, fieldMeta: { constructor: { rev: 7, at: '2026-03-02T10:00:00Z', client: 'b' } }, patch: { constructor: 'new' }, baseRev: 3, at: '2026-03-02T09:00:00Z', clientId: 'a' },
      OPTS,
    );
    expect(later).toMatchObject({ accepted: {}, overruled: ['constructor'] });
  });

  it("holds a case's status and closedAt back together: never a closed case with an open status", () => {
    const data = { status: 'closed', closedAt: '2026-03-02T10:00:00.000Z' };
    const fieldMeta = { status: { rev: 5, at: '2026-03-02T10:00:00Z', client: 'b' }, closedAt: { rev: 5, at: '2026-03-02T10:00:00Z', client: 'b' } };
    const patch = { status: 'waiting', closedAt: null };
    const grouped = mergePatch({ data, fieldMeta, patch, baseRev: 2, at: '2026-03-02T11:00:00Z', clientId: 'a' }, { ...OPTS, groups: [['status', 'closedAt']] });
    expect(grouped.accepted).toEqual({});
    expect(grouped.conflicts.map((c) => c.field).sort()).toEqual(['closedAt', 'status']);
    // Without the group, closedAt (free text, later) would have been taken alone: the mixed state.
    const ungrouped = mergePatch({ data, fieldMeta, patch, baseRev: 2, at: '2026-03-02T11:00:00Z', clientId: 'a' }, OPTS);
    expect(ungrouped.accepted).toEqual({ closedAt: null });
  });

  it('merges visitor details per sub-field: a name from one desk and a phone from another both survive', () => {
    const data = { visitor: { name: 'Anna', phone: '0612345678' } };
    // Desk B changed the phone at rev 6; desk A, based on rev 5, changes only the name.
    const fieldMeta = { visitor: { rev: 3, at: '2026-03-02T08:00:00Z' }, 'visitor.phone': { rev: 6, at: '2026-03-02T10:00:00Z', client: 'b' } };
    const result = mergePatch(
      { data, fieldMeta, patch: { visitor: { name: 'Anna de Vries' } }, baseRev: 5, at: '2026-03-02T09:00:00Z', clientId: 'a' },
      { ...OPTS, nested: new Set(['visitor']) },
    );
    expect(result.accepted).toEqual({ visitor: { name: 'Anna de Vries', phone: '0612345678' } });
    expect(result.acceptedMeta).toEqual(['visitor.name']);
    // A stale phone sent with an earlier time loses to B's later one and is reported.
    const stale = mergePatch(
      { data, fieldMeta, patch: { visitor: { phone: '0600000000' } }, baseRev: 5, at: '2026-03-02T09:00:00Z', clientId: 'a' },
      { ...OPTS, nested: new Set(['visitor']) },
    );
    expect(stale).toMatchObject({ accepted: {}, overruled: ['visitor.phone'] });
  });
});
