import type { StatisticsCell } from "../statistics-table";

const NUMBER = new Intl.NumberFormat("en-GB");

/**
 * A suppressed statistics cell as short sentences about children (the same cell the statistics
 * page shows, never a raw count): `standard` with the exact published number, `easy` rounded
 * ("About 40 children") for Easy Read. A small cell says "fewer than {threshold}", a hidden one
 * that the number is kept back; neither ever carries the count.
 */
export function plainChildCount(
  cell: StatisticsCell | null,
  threshold: number,
): { standard: string; easy: string } {
  if (!cell || cell.status === "hidden" || (cell.status === "shown" && cell.count === null))
    return {
      standard: "Not published, so that no small group of children can be worked out",
      easy: "We do not show this number. This keeps children safe.",
    };
  if (cell.status === "small")
    return {
      standard: `Fewer than ${threshold} children on the register`,
      easy: `Fewer than ${threshold} children.`,
    };
  const count = cell.count ?? 0;
  if (count === 0) return { standard: "No children on the register", easy: "No children." };
  return {
    standard: `${NUMBER.format(count)} ${count === 1 ? "child" : "children"} on the register`,
    easy: count < 20 ? `${count} children.` : `About ${NUMBER.format(roundPlain(count))} children.`,
  };
}

/** Round to a number people say: tens below 1,000, hundreds above. */
export function roundPlain(count: number): number {
  const step = count < 1000 ? 10 : 100;
  return Math.round(count / step) * step;
}
