/**
 * Tabular exports (issue 10 point 5): one column model for CSV and XLSX, so both files carry the
 * same headers and values. Personal columns are marked; they are left out unless the coordinator
 * explicitly includes them (and the desk audits that choice).
 */

export type Cell = string | number | boolean | null;

export interface Column<T> {
  /** Header as it appears in the file (Dutch: the centre's working language). */
  header: string;
  value: (row: T) => Cell;
  /** Holds visitor data: only exported when personal data is explicitly included. */
  personal?: boolean;
}

export interface Sheet {
  name: string;
  headers: string[];
  rows: Cell[][];
}

export function toSheet<T>(name: string, columns: readonly Column<T>[], rows: readonly T[], options: { includePersonal: boolean }): Sheet {
  const used = columns.filter((column) => options.includePersonal || !column.personal);
  return { name, headers: used.map((c) => c.header), rows: rows.map((row) => used.map((c) => c.value(row))) };
}

/**
 * A cell as spreadsheet programs should read it: text that starts with =, +, -, @, tab or CR is
 * prefixed with an apostrophe so it is never run as a formula (CSV injection, OWASP); numbers stay numbers.
 */
export function csvCell(cell: Cell): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
  if (typeof cell === 'boolean') return cell ? 'ja' : 'nee';
  const text = /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
  return /[",;\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * RFC 4180 CSV with a semicolon separator and a byte-order mark: Dutch Excel opens it with the
 * columns and accents right (a comma is the decimal separator there).
 */
export function toCsv(sheet: Sheet): string {
  const lines = [sheet.headers, ...sheet.rows].map((row) => row.map(csvCell).join(';'));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
