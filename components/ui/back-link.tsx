import Link from "next/link";
import type { ReactNode } from "react";
import { ChevronLeft } from "lucide-react";
import type { Route } from "@/lib/routes/route";

export function BackLink({ href, children = "Back" }: { href: Route; children?: ReactNode }) {
  return (
    <Link href={href} className="mt-3 mb-6 inline-flex min-h-6 items-center gap-1 text-base text-ink">
      <ChevronLeft aria-hidden="true" className="h-4 w-4 shrink-0" />
      {children}
    </Link>
  );
}
