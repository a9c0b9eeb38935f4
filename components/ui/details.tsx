import type { ReactNode } from "react";

/** Native <details>: opens and closes by keyboard and without JavaScript. */
export function Details({
  summary,
  open,
  children,
}: {
  summary: ReactNode;
  open?: boolean;
  children: ReactNode;
}) {
  return (
    <details className="group mb-6" open={open}>
      <summary className="inline-block min-h-6 cursor-pointer text-link underline underline-offset-[0.15em] hover:text-link-hover hover:decoration-[3px]">
        <span className="mr-1 inline-block group-open:rotate-90" aria-hidden="true">
          ▸
        </span>
        {summary}
      </summary>
      <div className="mt-2 border-l-[5px] border-border py-2 pl-4">{children}</div>
    </details>
  );
}
