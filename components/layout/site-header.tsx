import Link from "next/link";
import type { Actor } from "@/lib/auth/actor";
import { ROLE_LABEL } from "@/lib/auth/roles";
import { ROLE_NAV } from "./role-nav";
import { SignOutButton } from "./sign-out-button";

const headerLink =
  "text-white underline-offset-4 hover:underline hover:decoration-2 focus-visible:bg-focus focus-visible:text-ink focus-visible:no-underline focus-visible:outline-none focus-visible:shadow-[0_4px_0_#0b0c0c]";

/** The masthead; `children` (the phase banner) sit under it, inside the banner landmark. */
export function SiteHeader({
  actor,
  unread,
  children,
}: {
  actor: Actor | null;
  unread: number;
  children?: React.ReactNode;
}) {
  return (
    <header className="bg-ink text-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-4 px-4 py-3">
        <div>
          <Link href="/" className={`${headerLink} text-xl font-bold no-underline`}>
            Short Breaks Portal
          </Link>
          {actor && <p className="text-base text-white">{actor.councilName}</p>}
        </div>
        {actor ? (
          <div className="flex flex-wrap items-center gap-4 text-base">
            <span>
              {actor.name} <span className="text-[#dddddd]">({ROLE_LABEL[actor.role]})</span>
            </span>
            <Link href="/notifications" className={`${headerLink} underline`}>
              Notifications{unread > 0 && <span> ({unread} unread)</span>}
            </Link>
            <Link href="/account" className={`${headerLink} underline`}>
              Your account
            </Link>
            <SignOutButton />
          </div>
        ) : (
          <Link href="/sign-in" className={`${headerLink} text-base underline`}>
            Sign in
          </Link>
        )}
      </div>
      {actor && (
        <nav aria-label="Main" className="border-t border-[#6f777b] bg-ink">
          <ul className="mx-auto flex max-w-6xl flex-wrap gap-x-6 px-4 py-2">
            {ROLE_NAV[actor.role].map((item) => (
              <li key={item.href}>
                <Link href={item.href} className={`${headerLink} inline-block min-h-11 py-2 font-bold`}>
                  {item.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      )}
      <div className="bg-white text-ink">
        <div className="mx-auto w-full max-w-6xl px-4">{children}</div>
      </div>
    </header>
  );
}
