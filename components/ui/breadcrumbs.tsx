import Link from "next/link";
import { ChevronRight } from "lucide-react";
import type { Route } from "@/lib/routes/route";

export type BreadcrumbItem = { href?: Route; label: string };

/** Where the page sits; the last item is the current page. */
export function Breadcrumbs({ items }: { items: BreadcrumbItem[] }) {
  return (
    <nav aria-label="Breadcrumb" className="mt-3 mb-6 text-base">
      <ol className="flex flex-wrap items-center gap-y-1">
        {items.map((item, i) => {
          const current = i === items.length - 1;
          return (
            <li key={i} className="flex items-center">
              {i > 0 && <ChevronRight aria-hidden="true" className="mx-1 h-4 w-4 shrink-0 text-secondary" />}
              {item.href ? (
                <Link href={item.href} aria-current={current ? "page" : undefined} className="text-ink">
                  {item.label}
                </Link>
              ) : (
                <span aria-current={current ? "page" : undefined}>{item.label}</span>
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
