import type { ReactNode } from "react";
import { Button } from "./button";
import { cx } from "./cx";

/** A GET search form for list filters (works without JavaScript), with its "Filter" button. */
export function FilterForm({ columns = 3, children }: { columns?: 3 | 4; children: ReactNode }) {
  return (
    <form
      method="get"
      role="search"
      className={cx(
        "mb-6 grid gap-x-6 bg-panel p-4 sm:items-end",
        columns === 4 ? "sm:grid-cols-4" : "sm:grid-cols-3",
      )}
    >
      {children}
      <div className="mb-6">
        <Button variant="secondary">Filter</Button>
      </div>
    </form>
  );
}
