import type { ReactNode } from "react";

/** Sets a quotation, example or extra information apart from the text around it. */
export function InsetText({ children }: { children: ReactNode }) {
  return <div className="my-6 max-w-[75ch] border-l-[10px] border-border p-4">{children}</div>;
}
