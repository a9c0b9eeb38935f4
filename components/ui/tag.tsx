import type { ReactNode } from "react";
import { cx } from "./cx";

export type TagColour =
  "grey" | "green" | "turquoise" | "blue" | "purple" | "pink" | "red" | "orange" | "yellow";

// GOV.UK tag colours: each text colour on its background is at least 6:1.
const colours: Record<TagColour, string> = {
  grey: "bg-[#e5e6e7] text-[#282d30]",
  green: "bg-[#cce2d8] text-[#005a30]",
  turquoise: "bg-[#d4ecea] text-[#10403c]",
  blue: "bg-[#bbd4ea] text-[#0c2d4a]",
  purple: "bg-[#efdfed] text-[#491644]",
  pink: "bg-[#f9e1ec] text-[#6b1c40]",
  red: "bg-[#f4cdc6] text-[#2a0b06]",
  orange: "bg-[#fcd6c3] text-[#6e3619]",
  yellow: "bg-[#fff7bf] text-[#594d00]",
};

/** A status label. Say the status in words; the colour only supports them. */
export function Tag({ colour = "blue", children }: { colour?: TagColour; children: ReactNode }) {
  return (
    <strong
      className={cx("inline-block max-w-full px-2 pt-0.5 pb-[3px] font-normal break-words", colours[colour])}
    >
      {children}
    </strong>
  );
}
