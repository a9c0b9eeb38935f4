import Link from "next/link";
import type { ReactNode } from "react";
import type { Route } from "@/lib/routes/route";

export type SummaryListRow = {
  key: ReactNode;
  value: ReactNode;
  /** visuallyHidden completes the link text for screen readers, for example "name" in "Change name". */
  action?: { href: Route; label: string; visuallyHidden?: string };
};

export function SummaryList({ rows }: { rows: SummaryListRow[] }) {
  return (
    <dl className="mb-8 border-t border-border">
      {rows.map((row, i) => (
        <div key={i} className="border-b border-border py-3 sm:flex sm:gap-5">
          <dt className="mb-1 font-bold sm:mb-0 sm:w-[30%] sm:shrink-0">{row.key}</dt>
          <dd className="min-w-0 break-words sm:flex-1">{row.value}</dd>
          {row.action && (
            <dd className="mt-1 sm:mt-0 sm:w-[20%] sm:shrink-0 sm:text-right">
              <Link href={row.action.href}>
                {row.action.label}
                {row.action.visuallyHidden && <span className="sr-only"> {row.action.visuallyHidden}</span>}
              </Link>
            </dd>
          )}
        </div>
      ))}
    </dl>
  );
}
