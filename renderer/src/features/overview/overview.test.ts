import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { commitAction } from '../../db/commit';
import type { LoketDatabase } from '../../db/database';
import { testDatabases } from '../../db/testing';
import type { WooRequestRecord } from '../../../../shared/woo/request';
import { boardItems } from './board';
import { filterAndSort, type CaseRow } from '../../../../shared/cases/history';
import { loadCaseRows, loadDossier, notFoundSignals } from './data';
import { toXlsx } from './exports';
import { assignCases, auditPersonalExport, dismissIssue, duplicateNumbers, extendAvgRequest, purgeCase, retryRefused, runRetentionPurge } from './repository';
import { AvgExtensionError } from '../../../../shared/woo/avgDeadline';
import { stationOfActor } from './CaseDossierView';

const freshDb = testDatabases('overview');
async function create(db: LoketDatabase, entity: 'cases' | 'contacts' | 'tasks', values: Record<string, unknown>) {
  const [record] = await commitAction(db, { actor: 'anna@K7Q', action: 'test.created', now: new Date(String(values.createdAt ?? '2026-03-02T09:00:00Z')) }, [{ entity, op: 'create', values }]);
  return record!.id;
}

const row = (over: Partial<CaseRow>): CaseRow => ({
  id: 'x', number: 'OC-2026-K7Q-00001', kind: 'question', status: 'open', channel: 'balie', topic: '', assignee: '', station: 'K7Q', language: '',
  createdAt: '2026-03-02T09:00:00.000Z', updatedAt: '2026-03-02T09:00:00.000Z', closedAt: '', overdue: false, hasWoo: false, text: '', ...over,
});

describe('case history filter and sort', () => {
  const rows = [
    row({ id: 'a', number: 'OC-2026-K7Q-00003', channel: 'telefoon', createdAt: '2026-02-28T23:30:00.000Z', text: 'parkeervergunning anna' }),
    row({ id: 'b', number: 'OC-2026-K7Q-00001', overdue: true, hasWoo: true, createdAt: '2026-03-10T09:00:00.000Z', text: 'bomenkap' }),
    row({ id: 'c', number: 'OC-2026-B2-00002', station: 'B2', status: 'closed', createdAt: '2026-04-01T09:00:00.000Z', text: 'parkeerplaats' }),
  ];
  it('filters by period on the Amsterdam calendar, channel, flags and words; sorts both ways', () => {
    // 23:30 UTC on 28 February is 00:30 on 1 March in Amsterdam.
    expect(filterAndSort(rows, { from: '2026-03-01', to: '2026-03-31', sort: 'createdAt', descending: false }).map((r) => r.id)).toEqual(['a', 'b']);
    expect(filterAndSort(rows, { channel: 'telefoon', sort: 'createdAt', descending: true }).map((r) => r.id)).toEqual(['a']);
    expect(filterAndSort(rows, { overdue: true, hasWoo: true, sort: 'createdAt', descending: true }).map((r) => r.id)).toEqual(['b']);
    expect(filterAndSort(rows, { text: 'PARKEER', sort: 'number', descending: false }).map((r) => r.id)).toEqual(['c', 'a']);
    expect(filterAndSort(rows, { station: 'B2', status: 'closed', sort: 'number', descending: true }).map((r) => r.id)).toEqual(['c']);
    expect(filterAndSort(rows, { sort: 'number', descending: true }).map((r) => r.id)).toEqual(['a', 'b', 'c']);
  });
});

describe('coordinator actions', () => {
  it('reassigns several cases and reports each; a missing case fails alone', async () => {
    const db = freshDb();
    const one = await create(db, 'cases', { number: 'OC-2026-K7Q-00001', kind: 'woo', status: 'open', channel: 'balie', question: 'q', assignee: 'anna' });
    const two = await create(db, 'cases', { number: 'OC-2026-K7Q-00002', kind: 'avg', status: 'open', channel: 'balie', question: 'q' });
    const report = await assignCases(db, [one, two, '0190a0b0-0000-7000-8000-00000000dead'], 'bram', 'coord@K7Q');
    expect(report.done).toEqual([one, two]);
    expect(report.failed).toEqual([{ id: '0190a0b0-0000-7000-8000-00000000dead', reason: 'case-gone' }]);
    expect((await db.cases.get(one))!.assignee).toBe('bram');
    const audit = await db.audit.where('recordId').equals(two).toArray();
    expect(audit.map((e) => [e.action, e.actor, e.fields])).toContainEqual(['case.assigned', 'coord@K7Q', ['assignee']]);
    const outbox = await db.outbox.where('id').equals(two).toArray();
    expect(outbox.at(-1)!.patch).toEqual({ assignee: 'bram' });
  });

  it('purges a closed case past its retention on schedule: visitor, confidential text and notes leave the record, the outbox carries the removal, the audit says who', async () => {
    const db = freshDb();
    const id = await create(db, 'cases', {
      number: 'OC-2025-K7Q-00007', kind: 'question', status: 'closed', channel: 'balie', question: 'Vraag over vergunning', closedAt: '2025-01-10T10:00:00.000Z',
      visitor: { name: 'Fatma Yılmaz', phone: '0612345678' },
    });
    const contact = await create(db, 'contacts', { caseId: id, channel: 'balie', direction: 'inbound', startedAt: '2025-01-10T09:00:00.000Z', summary: 'Moeder in het ziekenhuis', outcome: 'answered', confidential: true });
    const task = await create(db, 'tasks', { caseId: id, action: 'Terugbellen', assignee: 'anna', dueAt: '2025-01-11T15:00:00.000Z', status: 'verwerkt', note: 'vraag naar Fatma' });
    const open = await create(db, 'cases', { number: 'OC-2025-K7Q-00008', kind: 'question', status: 'open', channel: 'balie', question: 'q', visitor: { name: 'Jan' } });

    expect(await runRetentionPurge(db, '2026-01-09', 12, 'coord@K7Q')).toBe(0);
    expect(await runRetentionPurge(db, '2026-01-10', 12, 'coord@K7Q')).toBe(1);
    expect(await runRetentionPurge(db, '2026-01-11', 12, 'coord@K7Q')).toBe(0);
    const purged = (await db.cases.get(id))!;
    expect(purged.visitor ?? null).toBeNull();
    expect(purged.question).toBe('Vraag over vergunning');
    expect(JSON.stringify(purged.searchWords)).not.toContain('fatma');
    expect((await db.contacts.get(contact))!.summary).toBe('');
    expect((await db.tasks.get(task))!.note ?? null).toBeNull();
    expect((await db.cases.get(open))!.visitor).toEqual({ name: 'Jan' });
    const pushed = (await db.outbox.toArray()).filter((e) => e.op === 'patch').map((e) => e.patch);
    expect(pushed).toEqual(expect.arrayContaining([{ visitor: null }, { summary: '' }, { note: null }]));
    const events = (await db.audit.toArray()).filter((e) => e.action === 'privacy.purged');
    expect(events.map((e) => e.actor)).toEqual(['coord@K7Q', 'coord@K7Q', 'coord@K7Q']);
  });

  it('erases a visitor on request (also the question) and the dossier shows the audit trail with the workstation', async () => {
    const db = freshDb();
    const id = await create(db, 'cases', { number: 'OC-2026-K7Q-00009', kind: 'question', status: 'open', channel: 'telefoon', question: 'Mijn eigen dossier', visitor: { email: 'a@b.nl' } });
    expect(await purgeCase(db, id, 'erasure', 'coord@B2')).toBe(true);
    expect(await purgeCase(db, id, 'erasure', 'coord@B2')).toBe(false);
    const dossier = (await loadDossier(db, id))!;
    expect(dossier.record.question).toBe('');
    expect(dossier.audit.map((e) => [e.action, stationOfActor(e.actor)])).toEqual([
      ['privacy.erased', 'B2'],
      ['test.created', 'K7Q'],
    ]);
  });

  it('records an export with personal data in the audit trail (columns, who), to be synced', async () => {
    const db = freshDb();
    await auditPersonalExport(db, 'coord@K7Q', 'cases', ['Naam bezoeker', 'Vraag']);
    const [event] = await db.audit.toArray();
    expect(event).toMatchObject({ actor: 'coord@K7Q', action: 'export.personal.cases', entity: 'cases', fields: ['Naam bezoeker', 'Vraag'], unsent: 1 });
  });

  it('inbox: a refused change is sent again and a notice acknowledged, each with an audit event', async () => {
    const db = freshDb();
    const id = await create(db, 'cases', { number: 'OC-2026-K7Q-00001', kind: 'question', status: 'open', channel: 'balie', question: 'q' });
    const entry = { mutationId: crypto.randomUUID(), entity: 'cases' as const, id, op: 'patch' as const, baseRev: 0, patch: { topic: 'x' }, at: '2026-03-02T09:00:00.000Z' };
    const refusedKey = await db.syncIssues.add({ kind: 'refused', entity: 'cases', id, at: '2026-03-02T09:00:00.000Z', reason: 'invalid', entry });
    const noticeKey = await db.syncIssues.add({ kind: 'overruled', entity: 'cases', id, at: '2026-03-02T09:00:00.000Z', reason: 'topic' });
    const outboxBefore = await db.outbox.count();
    await retryRefused(db, (await db.syncIssues.get(refusedKey))!, 'coord@K7Q');
    await dismissIssue(db, (await db.syncIssues.get(noticeKey))!, 'coord@K7Q');
    expect(await db.syncIssues.count()).toBe(0);
    expect(await db.outbox.count()).toBe(outboxBefore + 1);
    const actions = (await db.audit.where('recordId').equals(id).toArray()).map((e) => [e.action, e.actor]);
    expect(actions).toEqual(expect.arrayContaining([['inbox.retried', 'coord@K7Q'], ['inbox.acknowledged', 'coord@K7Q']]));
  });

  it('finds duplicate case numbers', async () => {
    const db = freshDb();
    await create(db, 'cases', { number: 'OC-2026-K7Q-00001', kind: 'question', status: 'open', channel: 'balie', question: 'a' });
    await create(db, 'cases', { number: 'OC-2026-K7Q-00001', kind: 'question', status: 'open', channel: 'balie', question: 'b' });
    await create(db, 'cases', { number: 'OC-2026-K7Q-00002', kind: 'question', status: 'open', channel: 'balie', question: 'c' });
    const groups = await duplicateNumbers(db);
    expect(groups.map((g) => [g.number, g.cases.map((c) => c.question)])).toEqual([['OC-2026-K7Q-00001', ['a', 'b']]]);
  });

  it('builds history rows: overdue from an open task past due, the station from the number', async () => {
    const db = freshDb();
    const id = await create(db, 'cases', { number: 'OC-2026-K7Q-00001', kind: 'question', status: 'open', channel: 'balie', question: 'Bomen', visitor: { language: 'tur' } });
    await create(db, 'tasks', { caseId: id, action: 'Terugbellen', assignee: 'anna', dueAt: '2026-03-02T10:00:00.000Z', status: 'te_verwerken' });
    const [r] = await loadCaseRows(db, '2026-03-02', new Date('2026-03-02T11:00:00Z'));
    expect(r).toMatchObject({ station: 'K7Q', language: 'tur', overdue: true, hasWoo: false, text: 'oc-2026-k7q-00001 bomen' });
  });
});

describe('"niet gevonden" signals', () => {
  it('come from contacts that ended document-not-found, by topic (no visitor words)', () => {
    const contact = (outcome: string, topic?: string) => ({ outcome, topic, startedAt: '2026-03-02T09:00:00.000Z', summary: 'Notulen van mevrouw X' }) as never;
    expect(notFoundSignals([contact('document-not-found', 'Bomenkap'), contact('document-found', 'Afval'), contact('document-not-found')])).toEqual([
      { at: '2026-03-02T09:00:00.000Z', subject: 'Bomenkap', topic: 'Bomenkap' },
    ]);
  });

  it('take the note staff wrote as the subject, with the topic beside it', () => {
    const contact = { outcome: 'document-not-found', topic: 'Ruimte', notFoundNote: ' notulen raad 1987 ', startedAt: '2026-03-02T09:00:00.000Z', summary: 'Mevrouw X' } as never;
    expect(notFoundSignals([contact])).toEqual([{ at: '2026-03-02T09:00:00.000Z', subject: 'notulen raad 1987', topic: 'Ruimte' }]);
  });
});

describe('deadline board', () => {
  const woo = (id: string, receivedOn: string, extra: Partial<WooRequestRecord> = {}) =>
    ({ id, caseId: `case-${id}`, status: 'in-behandeling', receivedOn, suspensions: [], decideBy: null, extensionNoticeBy: null, ...extra }) as unknown as WooRequestRecord;
  it('sorts overdue first, marks the extension notice due this week, shows a suspension and AVG requests', () => {
    const cases = new Map(
      ['a', 'b', 'c', 'd'].map((k) => [`case-${k}`, { id: `case-${k}`, number: `OC-2026-K7Q-0000${k}`, status: 'open', assignee: k === 'a' ? 'anna' : undefined }]),
    ) as never;
    const items = boardItems(
      {
        woo: [
          woo('a', '2026-02-02'), // term ends 2 March: overdue on 10 March
          woo('b', '2026-03-02'), // term ends 30 March; notice by then: not this week
          woo('c', '2026-02-12', { suspensions: [{ kind: 'zienswijze', requestedOn: '2026-03-01', from: '2026-03-02', answerBy: '2026-03-16' }] } as Partial<WooRequestRecord>),
          woo('d', '2026-02-16'), // term ends 16 March: notice this week
        ],
        cases,
        avgTasks: [{ id: 't', caseId: 'case-a', action: 'AVG-inzageverzoek beantwoorden', assignee: 'anna', dueAt: '2026-03-11T16:00:00.000Z', status: 'te_verwerken', note: 'Ontvangen op 2026-02-11; …' }] as never,
      },
      '2026-03-10',
      [],
    );
    expect(items.map((i) => [i.id, i.light.state, i.decideBy, i.extensionNoticeThisWeek])).toEqual([
      ['a', 'overdue', '2026-03-02', false],
      // AVG: received 11 February, one month: 11 March, also the last day to tell of an extension – this week.
      ['t', 'due-soon', '2026-03-11', true],
      ['d', 'due-soon', '2026-03-16', true],
      ['b', 'on-track', '2026-03-30', false],
      ['c', 'suspended', null, false],
    ]);
    expect(items[0]!.light.daysLeft).toBe(-8);
    // Its first term ended on 2 March without a verdaging notice: too late to extend.
    expect(items.map((i) => [i.id, i.extensionNoticePassed])).toEqual([['a', true], ['t', false], ['d', false], ['b', false], ['c', false]]);
    expect(items.find((i) => i.id === 't')).toMatchObject({ receivedOn: '2026-02-11', extended: false, extensionNoticeBy: '2026-03-11' });
    expect(items.find((i) => i.id === 'c')!.suspendedUntil).toBe('2026-03-16');
  });
});

describe('AVG access request extension', () => {
  it('moves the task to three months after receipt, notes the reason, syncs and audits; the board shows it extended; a second try is refused', async () => {
    const db = freshDb();
    const caseId = await create(db, 'cases', { number: 'OC-2026-K7Q-00005', kind: 'avg', status: 'open', channel: 'balie', question: 'Mijn gegevens' });
    const note = 'Ontvangen op 2026-02-14; uiterste antwoorddatum 2026-03-16 (AVG art. 12 lid 3).';
    const taskId = await create(db, 'tasks', { caseId, action: 'AVG-inzageverzoek beantwoorden (art. 15 AVG)', assignee: 'anna', dueAt: '2026-03-16T16:00:00.000Z', status: 'te_verwerken', note });
    const context = { actor: 'coord@K7Q', today: '2026-03-02', extraHolidays: [] };
    // 14 May 2026 is Ascension Day: the three months end on Friday 15 May.
    expect(await extendAvgRequest(db, taskId, 'Stukken bij drie afdelingen', context)).toBe('2026-05-15');
    const task = (await db.tasks.get(taskId))!;
    expect(task.dueAt).toBe('2026-05-15T15:00:00.000Z'); // 17:00 summer time
    expect(task.note).toBe(`${note}\nVerlengd met 2 maanden (AVG art. 12 lid 3) op 2026-03-02; uiterste antwoorddatum 2026-05-15. Reden: Stukken bij drie afdelingen`);
    expect((await db.outbox.where('id').equals(taskId).toArray()).at(-1)!.patch).toMatchObject({ dueAt: '2026-05-15T15:00:00.000Z' });
    expect((await db.audit.where('recordId').equals(taskId).toArray()).map((e) => [e.action, e.actor])).toContainEqual(['avg.extended', 'coord@K7Q']);
    const [item] = boardItems({ woo: [], cases: new Map([[caseId, (await db.cases.get(caseId)) as never]]), avgTasks: [task as never] }, '2026-03-02', []);
    expect(item).toMatchObject({ kind: 'avg', decideBy: '2026-05-15', extended: true, extensionNoticeBy: null, extensionNoticeThisWeek: false });
    await expect(extendAvgRequest(db, taskId, 'nog eens', context)).rejects.toBeInstanceOf(AvgExtensionError);
    await expect(extendAvgRequest(db, '0190a0b0-0000-7000-8000-00000000dead', 'x', context)).rejects.toThrow('task-gone');
  });
});

describe('xlsx', () => {
  it('writes a workbook exceljs reads back with the same headers and values', async () => {
    const bytes = await toXlsx([{ name: 'Zaken', headers: ['Zaaknummer', 'Aantal'], rows: [['OC-2026-K7Q-00001', 3], ['OC-2026-K7Q-00002', null]] }]);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(bytes.buffer as ArrayBuffer);
    const sheet = book.getWorksheet('Zaken')!;
    expect(sheet.getRow(1).values).toEqual([undefined, 'Zaaknummer', 'Aantal']);
    expect(sheet.getRow(2).values).toEqual([undefined, 'OC-2026-K7Q-00001', 3]);
    expect(sheet.rowCount).toBe(3);
  });
});
