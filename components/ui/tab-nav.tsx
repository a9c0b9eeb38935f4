import Link from "next/link";
import { cx } from "./cx";
import type { Route } from "@/lib/routes/route";

export type TabNavItem = { href: Route; label: string; current?: boolean };

/**
 * Tabs as links between views of a page (for example `?tab=bids`): works without JavaScript and
 * keeps each view's address. Not ARIA tabs, so keyboard use is the same as any link list.
 */
export function TabNav({ label, items }: { label: string; items: TabNavItem[] }) {
  return (
    <nav aria-label={label} className="mb-8 border-b border-border">
      <ul className="flex flex-wrap gap-x-1">
        {items.map((item) => (
          <li key={item.href}>
            <Link
              href={item.href}
              aria-current={item.current ? "page" : undefined}
              className={cx(
                "inline-flex min-h-11 items-center px-4 py-2",
                item.current
                  ? "relative top-px border-x border-t border-border bg-white font-bold text-ink no-underline"
                  : "bg-panel",
              )}
            >
              {item.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
