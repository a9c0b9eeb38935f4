import { Details } from "@/components/ui/details";

/** What "fewer than 10" and "hidden" mean, in plain words (the threshold is the council's). */
export function SuppressionExplainer({ threshold, open }: { threshold: number; open?: boolean }) {
  return (
    <Details summary={`What "fewer than ${threshold}" and "hidden" mean`} open={open}>
      <p className="mb-4 max-w-[75ch]">
        These statistics are anonymous. A small number could point to a particular child, so we never show a
        number from 1 to {threshold - 1}: the table says &ldquo;fewer than {threshold}&rdquo; instead. A zero
        is shown as 0.
      </p>
      <p className="mb-4 max-w-[75ch]">
        Some larger numbers say &ldquo;hidden&rdquo;. Without hiding them, a small number could be worked out
        by taking the others away from a total, or by comparing two tables. Every table on this page comes
        from the same protected set of numbers, so comparing tables or filters does not reveal them either.
      </p>
      <p className="max-w-[75ch]">
        A child can have more than one type of need. In tables by type of need a child is counted once under
        each of their needs, so &ldquo;All types of need&rdquo; counts needs, not children, and adds up to
        more than the number of children.
      </p>
    </Details>
  );
}
