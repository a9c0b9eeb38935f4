"use client";

import { useEffect, useId, useRef, type MouseEvent } from "react";

export type ErrorSummaryItem = { href: string; text: string };

export type ErrorSummaryProps = {
  title?: string;
  errors: ErrorSummaryItem[];
  /** Change this (for example pass the action's state) to move focus back even if the errors are the same. */
  focusKey?: unknown;
};

/** Moves focus to the field and scrolls its label or legend into view, as GOV.UK's does. */
function focusField(event: MouseEvent<HTMLAnchorElement>, href: string) {
  if (!href.startsWith("#")) return;
  const field = document.getElementById(decodeURIComponent(href.slice(1)));
  if (!field) return;
  event.preventDefault();
  const legend = field.closest("fieldset")?.querySelector("legend");
  const label = document.querySelector(`label[for="${CSS.escape(field.id)}"]`);
  (legend ?? label ?? field).scrollIntoView();
  field.focus({ preventScroll: true });
}

/** Lists a form's errors at the top; takes focus when it appears or its errors change. */
export function ErrorSummary({ title = "There is a problem", errors, focusKey }: ErrorSummaryProps) {
  const ref = useRef<HTMLDivElement>(null);
  const titleId = useId();
  const signature = errors.map((e) => `${e.href} ${e.text}`).join("\n");

  useEffect(() => {
    if (signature) ref.current?.focus();
  }, [signature, focusKey]);

  if (errors.length === 0) return null;
  return (
    <div
      ref={ref}
      role="group"
      tabIndex={-1}
      aria-labelledby={titleId}
      data-testid="error-summary"
      className="mb-8 border-[5px] border-error p-4 focus:outline-3 focus:outline-offset-0 focus:outline-focus sm:p-5"
    >
      <h2 id={titleId} className="mb-4 text-lg font-bold sm:text-2xl">
        {title}
      </h2>
      <ul className="space-y-2">
        {errors.map((e, i) => (
          <li key={`${e.href}-${i}`}>
            <a href={e.href} onClick={(event) => focusField(event, e.href)} className="font-bold text-error">
              {e.text}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
