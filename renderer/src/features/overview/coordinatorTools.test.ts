/**
 * The coordinator's tools that had no test of their own (issue 10 points 1, 5 and 6): saved views,
 * the export of the filtered case list (CSV, XLSX, Klantinteracties JSON) with personal data only
 * when asked for and that choice audited, and renumbering a duplicate case number in the inbox.
 */
import { afterEach, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { commitAction } from '../../db/commit';
import type { LoketDatabase } from '../../db/database';
import { testDatabases } from '../../db/testing';
import { setStationCode } from '../../workstation';
import { DEFAULT_FILTER, filterAndSort } from '../../../../shared/cases/history';
import type { KlantinteractiesPeriod } from '../../../../shared/export/klantinteractiesPeriod';
import { loadCaseRows } from './data';
import { caseExportFile, klantinteractiesExport } from './exports';
import { duplicateNumbers, renumberCase } from './repository';
import { deleteView, saveView, useSavedViews } from './savedViews';
import { renderHook, act } from '@testing-library/react';

const freshDb = testDatabases('overview-tools');

async function create(db: LoketDatabase, entity: 'cases' | 'contacts', values: Record<string, unknown>, at = '2026-03-02T09:00:00Z') {
  const [record] = await commitAction(db, { actor: 'anna@K7Q', action: 'test.created', now: new Date(at) }, [{ entity, op: 'create', values }]);
  return record!.id;
}

afterEach(() => localStorage.clear());

describe('saved views', () => {
  it('saves, replaces by name, sorts by name, deletes, and survives a reload (localStorage)', () => {
    const { result } = renderHook(() => useSavedViews());
    expect(result.current).toEqual([]);
    act(() => saveView({ name: 'Woo te laat', filter: { ...DEFAULT_FILTER, hasWoo: true, overdue: true } }));
    act(() => saveView({ name: 'Afgesloten balie', filter: { ...DEFAULT_FILTER, status: 'closed', channel: 'balie' } }));
    act(() => saveView({ name: 'Woo te laat', filter: { ...DEFAULT_FILTER, hasWoo: true, overdue: true, assignee: 'anna' } }));
    expect(result.current.map((v) => v.name)).toEqual(['Afgesloten balie', 'Woo te laat']);
    expect(result.current[1]!.filter).toMatchObject({ hasWoo: true, overdue: true, assignee: 'anna' });
    const stored = JSON.parse(localStorage.getItem('loket.overview.views')!) as { views: { name: string }[] };
    expect(stored.views.map((v) => v.name)).toEqual(['Afgesloten balie', 'Woo te laat']);
    act(() => deleteView('Afgesloten balie'));
    expect(result.current.map((v) => v.name)).toEqual(['Woo te laat']);
  });

  it('reads a damaged or tampered entry as no views or repaired views, never a crash', () => {
    localStorage.setItem('loket.overview.views', '{not json');
    expect(renderHook(() => useSavedViews()).result.current).toEqual([]);
    localStorage.setItem(
      'loket.overview.views',
      JSON.stringify({ views: [{ name: '  ', filter: {} }, { name: 'x' }, { name: 'Raar', filter: { sort: 'drop table', channel: 'telefoon' } }, 7] }),
    );
    const views = renderHook(() => useSavedViews()).result.current;
    expect(views).toEqual([{ name: 'Raar', filter: { ...DEFAULT_FILTER, channel: 'telefoon', sort: DEFAULT_FILTER.sort } }]);
  });
});

describe('export of the filtered case list', () => {
  async function seed(db: LoketDatabase) {
    const fatma = await create(db, 'cases', {
      number: 'OC-2026-K7Q-00001', kind: 'question', status: 'open', channel: 'telefoon', topic: 'Parkeren', question: '=HYPERLINK("x") vraag van Fatma',
      visitor: { name: 'Fatma Yılmaz', phone: '0612345678', email: 'fatma@example.nl' },
    });
    await create(db, 'cases', { number: 'OC-2026-K7Q-00002', kind: 'woo', status: 'open', channel: 'balie', topic: 'Bomenkap', question: 'Kapvergunning', visitor: { name: 'Jan de Boer' } });
    await create(db, 'contacts', { caseId: fatma, channel: 'telefoon', direction: 'inbound', startedAt: '2026-03-02T09:00:00.000Z', summary: 'Belt over vergunning van haar moeder', outcome: 'answered', confidential: false, topic: 'Parkeren' });
    const rows = filterAndSort(await loadCaseRows(db, '2026-03-02', new Date('2026-03-02T10:00:00Z')), { channel: 'telefoon', sort: 'number', descending: false });
    return { fatma, rows };
  }
  const name = 'zaken-2026-03-01-2026-03-31';

  it('without personal data: only the filtered rows, no visitor or question columns, nothing in the audit trail', async () => {
    const db = freshDb();
    const { rows } = await seed(db);
    const auditBefore = await db.audit.count();
    const file = await caseExportFile(db, rows, { kind: 'csv', includePersonal: false, actor: 'coord@K7Q', name });
    expect(file.suggestedName).toBe(`${name}.csv`);
    expect(file.data).toBe(
      '\uFEFFZaaknummer;Soort;Status;Kanaal;Onderwerp;Behandelaar;Werkplek;Taal;Aangemaakt;Gesloten;Te laat;Woo-verzoek\r\n' +
        'OC-2026-K7Q-00001;question;open;telefoon;Parkeren;;K7Q;;2026-03-02T09:00:00.000Z;;nee;nee\r\n',
    );
    expect(String(file.data)).not.toMatch(/Fatma|0612345678|Jan de Boer/);
    expect(await db.audit.count()).toBe(auditBefore);
  });

  it('with personal data: the visitor columns (formula text neutralised) and an audit event naming the columns and who, before the file', async () => {
    const db = freshDb();
    const { rows } = await seed(db);
    const file = await caseExportFile(db, rows, { kind: 'csv', includePersonal: true, actor: 'coord@K7Q', name });
    const [header, line] = String(file.data).slice(1).split('\r\n');
    expect(header!.split(';').slice(-4)).toEqual(['Vraag', 'Naam bezoeker', 'Telefoon bezoeker', 'E-mail bezoeker']);
    expect(line!.split(';').slice(-4)).toEqual([`"'=HYPERLINK(""x"") vraag van Fatma"`, 'Fatma Yılmaz', '0612345678', 'fatma@example.nl']);
    const events = (await db.audit.toArray()).filter((e) => e.action.startsWith('export.'));
    expect(events).toEqual([
      expect.objectContaining({ action: 'export.personal.cases', actor: 'coord@K7Q', fields: ['Vraag', 'Naam bezoeker', 'Telefoon bezoeker', 'E-mail bezoeker'], unsent: 1 }),
    ]);
  });

  it('XLSX carries the same headers and values as the CSV, read back with exceljs', async () => {
    const db = freshDb();
    const { rows } = await seed(db);
    for (const includePersonal of [false, true]) {
      const file = await caseExportFile(db, rows, { kind: 'xlsx', includePersonal, actor: 'coord@K7Q', name });
      expect(file.suggestedName).toBe(`${name}.xlsx`);
      const book = new ExcelJS.Workbook();
      const bytes = file.data as Uint8Array;
      await book.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
      const sheet = book.getWorksheet('Zaken')!;
      expect(sheet.rowCount).toBe(2);
      const values = (sheet.getRow(2).values as unknown[]).slice(1);
      expect(values.slice(0, 2)).toEqual(['OC-2026-K7Q-00001', 'question']);
      expect(values.includes('Fatma Yılmaz')).toBe(includePersonal);
      expect((sheet.getRow(1).values as unknown[]).includes('Naam bezoeker')).toBe(includePersonal);
    }
    expect((await db.audit.toArray()).filter((e) => e.action === 'export.personal.cases')).toHaveLength(1);
  });

  it('Klantinteracties JSON of the period: empty text and no betrokkene unless included; including is audited', async () => {
    const db = freshDb();
    await seed(db);
    const period = { from: '2026-03-01', to: '2026-03-31' };
    const plain = await klantinteractiesExport(db, period, false, 'coord@K7Q');
    expect(plain.suggestedName).toBe('klantinteracties-2026-03-01-2026-03-31.json');
    const body = JSON.parse(String(plain.data)) as KlantinteractiesPeriod;
    expect(body.persoonsgegevens).toBe(false);
    expect(body.klantcontacten).toHaveLength(1);
    expect(body.klantcontacten[0]).toMatchObject({ zaaknummer: 'OC-2026-K7Q-00001', inhoud: '' });
    expect(body.klantcontacten[0]!.betrokkene).toBeUndefined();
    expect(String(plain.data)).not.toContain('Fatma');
    expect((await db.audit.toArray()).some((e) => e.action.startsWith('export.'))).toBe(false);

    const full = JSON.parse(String((await klantinteractiesExport(db, period, true, 'coord@K7Q')).data)) as KlantinteractiesPeriod;
    expect(full.klantcontacten[0]).toMatchObject({
      inhoud: 'Belt over vergunning van haar moeder',
      betrokkene: { volledigeNaam: 'Fatma Yılmaz', telefoonnummer: '0612345678', emailadres: 'fatma@example.nl' },
    });
    expect((await db.audit.toArray()).filter((e) => e.action.startsWith('export.')).map((e) => [e.action, e.fields])).toEqual([
      ['export.personal.klantinteracties', ['inhoud', 'betrokkene']],
    ]);
    // A period outside the contacts: an empty list, not an error.
    const empty = JSON.parse(String((await klantinteractiesExport(db, { from: '2025-01-01', to: '2025-01-31' }, false, 'c')).data)) as KlantinteractiesPeriod;
    expect(empty.klantcontacten).toEqual([]);
  });
});

describe('duplicate case numbers in the inbox', () => {
  it('renumbers the later case with a free number of this workstation; the group is gone, the change is synced and audited', async () => {
    const db = freshDb();
    await setStationCode(db, 'B2');
    const first = await create(db, 'cases', { number: 'OC-2026-K7Q-00001', kind: 'question', status: 'open', channel: 'balie', question: 'a' }, '2026-03-02T09:00:00Z');
    const later = await create(db, 'cases', { number: 'OC-2026-K7Q-00001', kind: 'question', status: 'open', channel: 'balie', question: 'b' }, '2026-03-02T10:00:00Z');
    // B2's own first number is already taken (pulled from the hub): the new one skips it.
    await create(db, 'cases', { number: `OC-${new Date().getFullYear()}-B2-00001`, kind: 'question', status: 'open', channel: 'balie', question: 'c' });
    const [group] = await duplicateNumbers(db);
    expect(group!.cases.map((c) => c.id)).toEqual([first, later]);

    const number = await renumberCase(db, later, 'coord@B2');
    expect(number).toBe(`OC-${new Date().getFullYear()}-B2-00002`);
    expect(await duplicateNumbers(db)).toEqual([]);
    expect((await db.cases.get(first))!.number).toBe('OC-2026-K7Q-00001');
    expect((await db.cases.get(later))!.number).toBe(number);
    const outbox = (await db.outbox.where('id').equals(later).toArray()).at(-1)!;
    expect(outbox).toMatchObject({ op: 'patch', patch: { number } });
    const audit = await db.audit.where('recordId').equals(later).toArray();
    expect(audit.map((e) => [e.action, e.actor, e.fields])).toContainEqual(['case.renumbered', 'coord@B2', ['number']]);
  });

  it('two renumberings at the same moment never hand out the same number', async () => {
    const db = freshDb();
    await setStationCode(db, 'B2');
    const ids = [];
    for (const question of ['a', 'b', 'c']) {
      ids.push(await create(db, 'cases', { number: 'OC-2026-K7Q-00007', kind: 'question', status: 'open', channel: 'balie', question }));
    }
    const numbers = await Promise.all([renumberCase(db, ids[1]!, 'coord@B2'), renumberCase(db, ids[2]!, 'coord@B2')]);
    expect(new Set(numbers).size).toBe(2);
    expect(await duplicateNumbers(db)).toEqual([]);
  });
});
