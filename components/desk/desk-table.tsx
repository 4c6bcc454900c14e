import type { ReactNode } from "react";

// One column: its heading, what each row shows in it, and the cell's language when it is not the page's.
export type DeskColumn<R> = { label: ReactNode; cell: (row: R) => ReactNode; lang?: string };

type Props<R> = {
  rows: readonly R[];
  columns: readonly (DeskColumn<R> | false)[];
  rowKey: (row: R, index: number) => string | number;
  id?: string;
  className?: string;
  // Data attributes of the table itself.
  data?: Record<`data-${string}`, string>;
  // Data attributes a row carries (tests and styles find rows by them).
  rowData?: (row: R) => Record<`data-${string}`, string>;
  // Shown instead of an empty table; without it an empty table keeps its headings.
  empty?: ReactNode;
};

// The desk's one table: headings, a row per item, scrolled sideways on a narrow screen. A server component (cells are
// functions, called here).
export function DeskTable<R>({ rows, columns, rowKey, id, className, data, rowData, empty }: Props<R>) {
  if (rows.length === 0 && empty !== undefined) return <p className="muted">{empty}</p>;
  const cols = columns.filter((c): c is DeskColumn<R> => c !== false);
  return (
    <div className="desk-scroll">
      <table className={className ? `desk-table ${className}` : "desk-table"} id={id} {...data}>
        <thead>
          <tr>
            {cols.map((c, i) => (
              <th key={i}>{c.label}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r, n) => (
            <tr key={rowKey(r, n)} {...rowData?.(r)}>
              {cols.map((c, i) => (
                <td key={i} lang={c.lang}>
                  {c.cell(r)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
