import Link from "next/link";
import { useId, type ReactNode } from "react";
import type { Route } from "@/lib/routes/route";

export type TaskListItem = {
  title: ReactNode;
  href?: Route;
  hint?: ReactNode;
  /** Usually a <Tag>, or plain text such as "Completed". */
  status: ReactNode;
};

/** A list of to-dos, each with its status; a linked title is described by its hint and status. */
export function TaskList({ items }: { items: TaskListItem[] }) {
  const id = useId();
  return (
    <ul className="mb-8 border-t border-border">
      {items.map((item, i) => {
        const hintId = `${id}-${i}-hint`;
        const statusId = `${id}-${i}-status`;
        return (
          <li
            key={i}
            className="flex flex-wrap items-start justify-between gap-x-6 gap-y-1 border-b border-border py-3"
          >
            <div className="min-w-0 flex-1 basis-60">
              {item.href ? (
                <Link href={item.href} aria-describedby={item.hint ? `${hintId} ${statusId}` : statusId}>
                  {item.title}
                </Link>
              ) : (
                <span>{item.title}</span>
              )}
              {item.hint && (
                <div id={hintId} className="mt-1 text-secondary">
                  {item.hint}
                </div>
              )}
            </div>
            <div id={statusId} className="shrink-0">
              {item.status}
            </div>
          </li>
        );
      })}
    </ul>
  );
}
