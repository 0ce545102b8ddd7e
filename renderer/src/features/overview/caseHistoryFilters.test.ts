import { describe, expect, it } from 'vitest';
import { CaseIndex, filterAndSort, type CaseFilter, type CaseRow, type SortKey } from '../../../../shared/cases/history';

/** The screen's own filter + sort (CaseHistory.tsx runs filterAndSort over a CaseIndex) on fixture rows. */
const row = (over: Partial<CaseRow>): CaseRow => ({
  id: 'x', number: 'OC-2026-K7Q-00001', kind: 'question', status: 'open', channel: 'balie', topic: '', assignee: '', station: 'K7Q', language: '',
  createdAt: '2026-03-02T09:00:00.000Z', updatedAt: '2026-03-02T09:00:00.000Z', closedAt: '', overdue: false, hasWoo: false, text: '', ...over,
});

const rows: CaseRow[] = [
  row({ id: 'a', number: 'OC-2026-K7Q-00004', kind: 'woo', status: 'open', channel: 'telefoon', topic: 'Bomen', assignee: 'bram', station: 'K7Q', language: 'tur',
    createdAt: '2026-03-01T10:00:00.000Z', updatedAt: '2026-03-20T10:00:00.000Z', overdue: true, hasWoo: true }),
  row({ id: 'b', number: 'OC-2026-B2-00002', kind: 'avg', status: 'closed', channel: 'balie', topic: 'Afval', assignee: 'anna', station: 'B2', language: 'ara',
    createdAt: '2026-03-05T10:00:00.000Z', updatedAt: '2026-03-06T10:00:00.000Z', overdue: false, hasWoo: false }),
  row({ id: 'c', number: 'OC-2026-K7Q-00001', kind: 'question', status: 'waiting', channel: 'email', topic: 'Bomen', assignee: '', station: 'K7Q', language: '',
    createdAt: '2026-02-10T10:00:00.000Z', updatedAt: '2026-03-25T10:00:00.000Z', overdue: true, hasWoo: false }),
  row({ id: 'd', number: 'OC-2026-K7Q-00003', kind: 'woo', status: 'open', channel: 'balie', topic: 'Parkeren', assignee: 'anna', station: 'K7Q', language: 'tur',
    createdAt: '2026-04-02T10:00:00.000Z', updatedAt: '2026-04-02T10:00:00.000Z', overdue: false, hasWoo: true }),
];
const index = new CaseIndex(rows);
const ids = (filter: Partial<CaseFilter>) => filterAndSort(index, { sort: 'number', descending: false, ...filter }).map((r) => r.id);

describe('case history: each filter on its own (issue 10 point 1)', () => {
  it('period: from and to are Amsterdam days, both ends included', () => {
    expect(ids({ from: '2026-03-01', to: '2026-03-31' })).toEqual(['b', 'a']);
    expect(ids({ from: '2026-04-02' })).toEqual(['d']);
    expect(ids({ to: '2026-02-10' })).toEqual(['c']);
  });
  it('channel', () => {
    expect(ids({ channel: 'balie' })).toEqual(['b', 'd']);
    expect(ids({ channel: 'email' })).toEqual(['c']);
  });
  it('case kind', () => {
    expect(ids({ kind: 'woo' })).toEqual(['d', 'a']);
    expect(ids({ kind: 'avg' })).toEqual(['b']);
  });
  it('topic', () => {
    expect(ids({ topic: 'Bomen' })).toEqual(['c', 'a']);
    expect(ids({ topic: 'Onbekend' })).toEqual([]);
  });
  it('status', () => {
    expect(ids({ status: 'waiting' })).toEqual(['c']);
    expect(ids({ status: 'open' })).toEqual(['d', 'a']);
  });
  it('assignee', () => {
    expect(ids({ assignee: 'anna' })).toEqual(['b', 'd']);
    expect(ids({ assignee: 'bram' })).toEqual(['a']);
  });
  it('workstation', () => {
    expect(ids({ station: 'B2' })).toEqual(['b']);
    expect(ids({ station: 'K7Q' })).toEqual(['c', 'd', 'a']);
  });
  it('language', () => {
    expect(ids({ language: 'tur' })).toEqual(['d', 'a']);
    expect(ids({ language: 'ara' })).toEqual(['b']);
    expect(ids({ language: 'pol' })).toEqual([]);
  });
  it('overdue', () => {
    expect(ids({ overdue: true })).toEqual(['c', 'a']);
  });
  it('has a Woo request', () => {
    expect(ids({ hasWoo: true })).toEqual(['d', 'a']);
  });
  it('filters combine (all must hold)', () => {
    expect(ids({ kind: 'woo', language: 'tur', overdue: true })).toEqual(['a']);
    expect(ids({ topic: 'Bomen', assignee: 'anna' })).toEqual([]);
  });
});

describe('case history: each sort key, both ways', () => {
  const sorted = (sort: SortKey, descending: boolean) => filterAndSort(index, { sort, descending }).map((r) => r.id);
  it.each<[SortKey, string[]]>([
    ['createdAt', ['c', 'a', 'b', 'd']],
    ['updatedAt', ['b', 'a', 'c', 'd']],
    ['number', ['b', 'c', 'd', 'a']],
    // By the status code: closed < open < waiting; the two open ones by case number.
    ['status', ['b', 'd', 'a', 'c']],
    // avg < question < woo; the two Woo cases by case number.
    ['kind', ['b', 'c', 'd', 'a']],
    // '' (unassigned) < anna < bram; anna's two by case number.
    ['assignee', ['c', 'b', 'd', 'a']],
  ])('%s', (key, ascending) => {
    expect(sorted(key, false)).toEqual(ascending);
  });
  it('descending reverses the groups but keeps case numbers ascending within equal keys', () => {
    expect(sorted('createdAt', true)).toEqual(['d', 'b', 'a', 'c']);
    expect(sorted('status', true)).toEqual(['c', 'd', 'a', 'b']);
    expect(sorted('kind', true)).toEqual(['d', 'a', 'c', 'b']);
    expect(sorted('assignee', true)).toEqual(['a', 'b', 'd', 'c']);
    expect(sorted('number', true)).toEqual(['a', 'd', 'c', 'b']);
    expect(sorted('updatedAt', true)).toEqual(['d', 'c', 'a', 'b']);
  });
});
