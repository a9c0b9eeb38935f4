import type { ReactNode } from "react";

/** An important warning, such as a consequence that cannot be undone. */
export function WarningText({ children }: { children: ReactNode }) {
  return (
    <div className="mb-6 flex items-center gap-4 py-2">
      <span
        aria-hidden="true"
        className="flex h-9 w-9 shrink-0 items-center justify-center rounded-full bg-ink text-2xl leading-none font-bold text-white"
      >
        !
      </span>
      <strong className="font-bold">
        <span className="sr-only">Warning: </span>
        {children}
      </strong>
    </div>
  );
}
