import type { StatisticsCell } from "@/lib/domain/statistics-table";
import { plainChildCount } from "@/lib/domain/priorities/plain-count";

/** A type of need's register figure: the exact published number, or plain words in Easy Read. */
export function NeedFigureText({ figure, threshold }: { figure: StatisticsCell | null; threshold: number }) {
  const text = plainChildCount(figure, threshold);
  return (
    <>
      <span className="standard-only">{text.standard}.</span>
      <span className="easy-read-only">{text.easy}</span>
    </>
  );
}
