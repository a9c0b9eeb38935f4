import Link from "next/link";
import { ArrowLeft, ArrowRight } from "lucide-react";
import { cx } from "./cx";
import type { Route } from "@/lib/routes/route";

export type PaginationProps = {
  page: number;
  pageCount: number;
  /** The list's path, for example "/admin/users". */
  baseHref: Route;
  /** Filters to keep on every page link; empty values are left out. */
  params?: Record<string, string | undefined>;
  label?: string;
};

/** `?page=N` links that keep the filters; page 1 has no page parameter. */
export function pageHref(
  baseHref: Route,
  params: Record<string, string | undefined> | undefined,
  page: number,
): Route {
  const [path, query] = baseHref.split("?", 2);
  const search = new URLSearchParams(query);
  for (const [key, value] of Object.entries(params ?? {})) {
    if (value) search.set(key, value);
  }
  if (page > 1) search.set("page", String(page));
  else search.delete("page");
  const qs = search.toString();
  // The same page with other query values: still a route of the app.
  return (qs ? `${path}?${qs}` : path) as Route;
}

/** The first, last, current and neighbouring pages, with "ellipsis" for each gap of two or more. */
export function pageItems(page: number, pageCount: number): (number | "ellipsis")[] {
  const shown = [...new Set([1, page - 1, page, page + 1, pageCount])]
    .filter((n) => n >= 1 && n <= pageCount)
    .sort((a, b) => a - b);
  const items: (number | "ellipsis")[] = [];
  let previous = 0;
  for (const n of shown) {
    if (n - previous === 2) items.push(previous + 1);
    else if (n - previous > 2) items.push("ellipsis");
    items.push(n);
    previous = n;
  }
  return items;
}

const step = "inline-flex min-h-11 items-center gap-2 font-bold";

export function Pagination({ page, pageCount, baseHref, params, label = "Pagination" }: PaginationProps) {
  if (pageCount <= 1) return null;
  const current = Math.min(Math.max(1, Math.trunc(page) || 1), pageCount);
  const href = (n: number) => pageHref(baseHref, params, n);
  return (
    <nav aria-label={label} className="mb-8 flex flex-wrap items-center gap-x-4 gap-y-2">
      {current > 1 && (
        <Link href={href(current - 1)} rel="prev" className={step}>
          <ArrowLeft aria-hidden="true" className="h-5 w-5 shrink-0" />
          Previous<span className="sr-only"> page</span>
        </Link>
      )}
      <ul className="flex flex-wrap items-center">
        {pageItems(current, pageCount).map((item, i) =>
          item === "ellipsis" ? (
            <li key={`gap-${i}`} className="px-2">
              …
            </li>
          ) : (
            <li key={item}>
              <Link
                href={href(item)}
                aria-label={`Page ${item}`}
                aria-current={item === current ? "page" : undefined}
                className={cx(
                  "inline-flex min-h-11 min-w-11 items-center justify-center px-2",
                  item === current && "bg-link font-bold text-white no-underline",
                )}
              >
                {item}
              </Link>
            </li>
          ),
        )}
      </ul>
      {current < pageCount && (
        <Link href={href(current + 1)} rel="next" className={step}>
          Next<span className="sr-only"> page</span>
          <ArrowRight aria-hidden="true" className="h-5 w-5 shrink-0" />
        </Link>
      )}
    </nav>
  );
}
