import type { ReactNode } from "react";

/** The first thing a keyboard user reaches; hidden until focused. The target needs tabIndex={-1}. */
export function SkipLink({
  href = "#main-content",
  children = "Skip to main content",
}: {
  href?: string;
  children?: ReactNode;
}) {
  return (
    <a
      href={href}
      className="sr-only text-ink underline focus:not-sr-only focus:block focus:px-4 focus:py-3 focus:text-ink"
    >
      {children}
    </a>
  );
}
