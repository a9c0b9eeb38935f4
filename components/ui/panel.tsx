import type { ReactNode } from "react";

/** A green confirmation panel, for the end of a task ("Application sent"). */
export function Panel({
  title,
  headingLevel = 2,
  children,
}: {
  title: ReactNode;
  /** 1 on a confirmation page of its own; 2 (the default) inside a page that has its h1. */
  headingLevel?: 1 | 2;
  children?: ReactNode;
}) {
  const Heading = headingLevel === 1 ? "h1" : "h2";
  return (
    <div className="mb-8 bg-success p-6 text-center text-white sm:p-8 [&_a]:text-white">
      <Heading className="text-[2rem] leading-tight font-bold sm:text-5xl">{title}</Heading>
      {children && <div className="mt-4 text-xl sm:text-2xl [&_p]:mx-auto">{children}</div>}
    </div>
  );
}
