import Link from "next/link";
import type { ComponentProps, ReactNode } from "react";
import { cx } from "./cx";
import type { Route } from "@/lib/routes/route";

export type ButtonVariant = "primary" | "secondary" | "warning";

const base =
  "inline-flex min-h-11 cursor-pointer items-center justify-center gap-2 rounded-none px-4 py-2 text-center font-semibold leading-tight no-underline disabled:cursor-not-allowed disabled:opacity-50";

const variants: Record<ButtonVariant, string> = {
  primary: "bg-success text-white shadow-[0_2px_0_#002d18] hover:bg-success-hover",
  secondary: "bg-panel text-ink shadow-[0_2px_0_#929191] hover:bg-panel-hover",
  warning: "bg-warning text-white shadow-[0_2px_0_#55150b] hover:bg-warning-hover",
};

export function buttonClasses(variant: ButtonVariant = "primary", className?: string): string {
  return cx(base, variants[variant], className);
}

export type ButtonProps = ComponentProps<"button"> & { variant?: ButtonVariant };

export function Button({ variant = "primary", type = "submit", className, ...props }: ButtonProps) {
  return <button type={type} className={buttonClasses(variant, className)} {...props} />;
}

export type ButtonLinkProps = Omit<ComponentProps<"a">, "href"> & {
  href: Route;
  variant?: ButtonVariant;
  children: ReactNode;
};

/** A link that looks like a button, for actions that go to another page (such as "Add a user"). */
export function ButtonLink({ href, variant = "primary", className, ...props }: ButtonLinkProps) {
  return <Link href={href} className={buttonClasses(variant, className)} {...props} />;
}
