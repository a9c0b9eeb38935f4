import type { ReactNode } from "react";
import { cx } from "./cx";

export type TableProps = {
  caption: ReactNode;
  captionSize?: "s" | "m" | "l";
  head: ReactNode[];
  rows: ReactNode[][];
  /** Zero-based indexes of columns of numbers: right-aligned, with even digit widths. */
  numericColumns?: number[];
  /** The first cell of each row heads that row (<th scope="row">). */
  firstCellIsHeader?: boolean;
  /** Shown instead of the table when there are no rows. */
  emptyText?: string;
};

const captionSizes = {
  s: "text-base font-bold sm:text-[1.1875rem]",
  m: "text-lg font-bold sm:text-2xl",
  l: "text-2xl font-bold sm:text-4xl",
};

// Cell borders and spacing come from `.data-table` in app/globals.css: one rule, not the same
// utilities repeated on every cell (they were a quarter of a long list's HTML; docs/decisions/0025).

export function Table({
  caption,
  captionSize = "m",
  head,
  rows,
  numericColumns = [],
  firstCellIsHeader,
  emptyText,
}: TableProps) {
  const captionClass = cx("mb-3 text-left", captionSizes[captionSize]);
  if (rows.length === 0 && emptyText) {
    return (
      <div className="mb-8">
        <p className={captionClass}>{caption}</p>
        <p>{emptyText}</p>
      </div>
    );
  }
  const align = (i: number) => (numericColumns.includes(i) ? "text-right tabular-nums" : "text-left");
  return (
    <table className="data-table mb-8 w-full border-collapse">
      <caption className={captionClass}>{caption}</caption>
      <thead>
        <tr>
          {head.map((h, i) => (
            <th key={i} scope="col" className={cx("font-bold", align(i))}>
              {h}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row, r) => (
          <tr key={r}>
            {row.map((value, i) =>
              i === 0 && firstCellIsHeader ? (
                <th key={i} scope="row" className={cx("font-bold", align(i))}>
                  {value}
                </th>
              ) : (
                <td key={i} className={align(i)}>
                  {value}
                </td>
              ),
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
