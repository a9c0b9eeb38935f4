import Link from "next/link";
import type { ReactNode } from "react";
import type { Route } from "@/lib/routes/route";

export type StatCardProps = {
  label: ReactNode;
  value: ReactNode;
  /** A line of context under the figure, such as "£120,000 a year". */
  detail?: ReactNode;
  /** Makes the label a link to the records behind the figure. */
  href?: Route;
};

/** A big figure for dashboards. Read as "label: value"; shown with the figure first. */
export function StatCard({ label, value, detail, href }: StatCardProps) {
  return (
    <div className="border border-t-4 border-border border-t-link p-4">
      <dl className="flex flex-col-reverse">
        <dt className="mt-1">{href ? <Link href={href}>{label}</Link> : label}</dt>
        <dd className="text-4xl leading-tight font-bold tabular-nums sm:text-5xl">{value}</dd>
      </dl>
      {detail && <p className="mt-2 text-secondary">{detail}</p>}
    </div>
  );
}
