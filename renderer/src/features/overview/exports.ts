/**
 * Files the coordinator exports: the filtered case list and the indicators as CSV and XLSX, and
 * the period's contacts as Klantinteracties JSON. They leave through HostApi.saveFile (a save
 * dialog in Electron, a download in the browser host). exceljs is loaded only when needed.
 */
import type { Indicators, Period } from '../../../../shared/indicators/indicators';
import { indicatorSheets } from '../../../../shared/export/indicators';
import { klantinteractiesForPeriod } from '../../../../shared/export/klantinteractiesPeriod';
import { csvCell, toCsv, toSheet, type Column, type Sheet } from '../../../../shared/export/table';
import type { CaseRecord, ContactRecord } from '../../../../shared/model/case';
import type { SaveFileRequest } from '../../../../shared/host';
import type { LoketDatabase } from '../../db/database';
import type { CaseRow } from '../../../../shared/cases/history';
import { auditPersonalExport } from './repository';

export interface ExportRow extends CaseRow {
  visitorName?: string | undefined;
  visitorPhone?: string | undefined;
  visitorEmail?: string | undefined;
  question?: string | undefined;
}

export const CASE_COLUMNS: Column<ExportRow>[] = [
  { header: 'Zaaknummer', value: (r) => r.number },
  { header: 'Soort', value: (r) => r.kind },
  { header: 'Status', value: (r) => r.status },
  { header: 'Kanaal', value: (r) => r.channel },
  { header: 'Onderwerp', value: (r) => r.topic },
  { header: 'Behandelaar', value: (r) => r.assignee },
  { header: 'Werkplek', value: (r) => r.station },
  { header: 'Taal', value: (r) => r.language },
  { header: 'Aangemaakt', value: (r) => r.createdAt },
  { header: 'Gesloten', value: (r) => r.closedAt || null },
  { header: 'Te laat', value: (r) => r.overdue },
  { header: 'Woo-verzoek', value: (r) => r.hasWoo },
  { header: 'Vraag', value: (r) => r.question ?? null, personal: true },
  { header: 'Naam bezoeker', value: (r) => r.visitorName ?? null, personal: true },
  { header: 'Telefoon bezoeker', value: (r) => r.visitorPhone ?? null, personal: true },
  { header: 'E-mail bezoeker', value: (r) => r.visitorEmail ?? null, personal: true },
];

export const PERSONAL_CASE_COLUMNS = CASE_COLUMNS.filter((c) => c.personal).map((c) => c.header);

async function withPersonal(db: LoketDatabase, rows: readonly CaseRow[]): Promise<ExportRow[]> {
  const records = (await db.cases.bulkGet(rows.map((r) => r.id))) as unknown as (CaseRecord | undefined)[];
  return rows.map((row, i) => {
    const record = records[i];
    return { ...row, question: record?.question, visitorName: record?.visitor?.name, visitorPhone: record?.visitor?.phone, visitorEmail: record?.visitor?.email };
  });
}

export async function caseSheet(db: LoketDatabase, rows: readonly CaseRow[], includePersonal: boolean): Promise<Sheet> {
  const full = includePersonal ? await withPersonal(db, rows) : rows;
  return toSheet('Zaken', CASE_COLUMNS, full, { includePersonal });
}

/** An .xlsx workbook, one worksheet per sheet, header row bold and frozen. */
export async function toXlsx(sheets: readonly Sheet[]): Promise<Uint8Array> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Open Loket';
  for (const sheet of sheets) {
    const worksheet = workbook.addWorksheet(sheet.name.slice(0, 31), { views: [{ state: 'frozen', ySplit: 1 }] });
    worksheet.addRow(sheet.headers).font = { bold: true };
    // null stays an empty cell (not an empty string), so a reader sees no value there.
    for (const row of sheet.rows) worksheet.addRow(row);
    worksheet.columns.forEach((column) => (column.width = 18));
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/**
 * The filtered case list as a file. Personal columns only when asked for, and then the choice is
 * written to the audit trail (which columns, by whom) before the file is made, so an export that
 * fails halfway is still on record.
 */
export async function caseExportFile(
  db: LoketDatabase,
  rows: readonly CaseRow[],
  options: { kind: 'csv' | 'xlsx'; includePersonal: boolean; actor: string; name: string },
): Promise<SaveFileRequest> {
  if (options.includePersonal) await auditPersonalExport(db, options.actor, 'cases', PERSONAL_CASE_COLUMNS);
  const sheet = await caseSheet(db, rows, options.includePersonal);
  return options.kind === 'csv' ? csvFile(options.name, sheet) : xlsxFile(options.name, [sheet]);
}

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export function csvFile(name: string, sheet: Sheet): SaveFileRequest {
  return { suggestedName: `${name}.csv`, mimeType: 'text/csv;charset=utf-8', data: toCsv(sheet) };
}

export async function xlsxFile(name: string, sheets: readonly Sheet[]): Promise<SaveFileRequest> {
  return { suggestedName: `${name}.xlsx`, mimeType: XLSX_TYPE, data: await toXlsx(sheets) };
}

/** All indicator sheets in one CSV: each sheet under its name, a blank line between them. */
export function indicatorsCsv(ind: Indicators): SaveFileRequest {
  // toCsv starts every sheet with a byte-order mark; the file gets one, at its very start.
  const body = indicatorSheets(ind)
    .map((sheet) => `${csvCell(sheet.name)}\r\n${toCsv(sheet).slice(1)}`)
    .join('\r\n');
  return { suggestedName: `indicatoren-${ind.period.from}-${ind.period.to}.csv`, mimeType: 'text/csv;charset=utf-8', data: `\uFEFF${body}` };
}

export async function indicatorsXlsx(ind: Indicators): Promise<SaveFileRequest> {
  return xlsxFile(`indicatoren-${ind.period.from}-${ind.period.to}`, indicatorSheets(ind));
}

/** The Klantinteracties JSON; with personal data only when asked for, and that choice audited first. */
export async function klantinteractiesExport(db: LoketDatabase, period: Period, includePersonal: boolean, actor: string): Promise<SaveFileRequest> {
  if (includePersonal) await auditPersonalExport(db, actor, 'klantinteracties', ['inhoud', 'betrokkene']);
  return klantinteractiesFile(db, period, includePersonal);
}

export async function klantinteractiesFile(db: LoketDatabase, period: Period, includePersonal: boolean): Promise<SaveFileRequest> {
  const [contacts, cases] = await Promise.all([db.contacts.toArray(), db.cases.toArray()]);
  const live = (contacts as unknown as (ContactRecord & { deleted?: boolean })[]).filter((c) => !c.deleted);
  const byId = new Map((cases as unknown as CaseRecord[]).map((c) => [c.id, c]));
  const data = klantinteractiesForPeriod(live, byId, period, { includePersonal });
  return {
    suggestedName: `klantinteracties-${period.from}-${period.to}.json`,
    mimeType: 'application/json',
    data: `${JSON.stringify(data, null, 2)}\n`,
  };
}
