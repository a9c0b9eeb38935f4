import type { ReactNode } from "react";
import { cx } from "./cx";

/** The page's h1, with an optional caption above it (such as the council or the section). */
export function PageHeading({
  caption,
  id,
  children,
}: {
  caption?: ReactNode;
  id?: string;
  children: ReactNode;
}) {
  return (
    <div className="mb-8">
      {caption && <p className="mb-1 text-lg text-secondary sm:text-2xl">{caption}</p>}
      <h1 id={id} className="text-[2rem] leading-tight font-bold sm:text-5xl">
        {children}
      </h1>
    </div>
  );
}

const sectionSizes = {
  l: "mt-10 mb-4 text-2xl sm:text-4xl",
  m: "mt-8 mb-4 text-lg sm:text-2xl",
};

/** An h2: "l" (24/36px, the default) for main sections, "m" (18/24px) for smaller ones. */
export function SectionHeading({
  id,
  size = "l",
  children,
}: {
  id?: string;
  size?: "l" | "m";
  children: ReactNode;
}) {
  return (
    <h2 id={id} className={cx("leading-tight font-bold first:mt-0", sectionSizes[size])}>
      {children}
    </h2>
  );
}

/** An h3 (18/24px). */
export function SubsectionHeading({ id, children }: { id?: string; children: ReactNode }) {
  return (
    <h3 id={id} className="mt-6 mb-3 text-lg leading-snug font-bold first:mt-0 sm:text-2xl">
      {children}
    </h3>
  );
}
