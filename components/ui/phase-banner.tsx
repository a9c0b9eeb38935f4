import type { ReactNode } from "react";
import { Tag } from "./tag";

export function PhaseBanner({ phase = "Beta", children }: { phase?: string; children: ReactNode }) {
  return (
    <div className="border-b border-border py-2">
      <p className="flex flex-wrap items-baseline gap-x-3 gap-y-1 text-base">
        <Tag colour="blue">{phase}</Tag>
        <span>{children}</span>
      </p>
    </div>
  );
}
