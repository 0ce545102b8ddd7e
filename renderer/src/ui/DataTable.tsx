import type { ReactNode } from 'react';

export interface DataTableProps {
  /** The table's styling class; the kit leaves the look of rows and cells to the feature. */
  className: string;
  /** Read by screen readers only: the visible heading above the table already names it. */
  caption?: string;
  /** One column header each, in order (always `scope="col"`). */
  columns: readonly ReactNode[];
  /** The `<tr>` rows of the body. */
  children: ReactNode;
}

/** A data table with a visually hidden caption and column headers, so every table is announced the same way. */
export function DataTable({ className, caption, columns, children }: DataTableProps) {
  return (
    <table className={className}>
      {caption === undefined ? null : <caption className="visually-hidden">{caption}</caption>}
      <thead>
        <tr>
          {columns.map((column, index) => (
            <th key={index} scope="col">
              {column}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>{children}</tbody>
    </table>
  );
}
