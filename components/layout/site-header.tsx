import Link from "next/link";
import type { Actor } from "@/lib/auth/actor";
import { ROLE_LABEL } from "@/lib/auth/roles";
import { ROLE_NAV } from "./role-nav";
import { SignOutButton } from "./sign-out-button";

const headerLink =
  "text-white underline-offset-4 hover:underline hover:decoration-2 focus-visible:bg-focus focus-visible:text-ink focus-visible:no-underline focus-visible:outline-none focus-visible:shadow-[0_4px_0_#0b0c0c]";

/**
 * The masthead; `children` (the phase banner) sit under it, inside the banner landmark. It always
 * says which council and role the person is acting for, with "Switch" when they have several.
 */
export function SiteHeader({
  actor,
  canSwitch = false,
  choosingName,
  unread,
  children,
}: {
  actor: Actor | null;
  /** The person has more than one council or role to act for. */
  canSwitch?: boolean;
  /** Signed in but not yet chosen who to act for: their name. */
  choosingName?: string;
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
          {actor && (
            <p className="text-base text-white" data-testid="acting-for">
              <span className="sr-only">Acting for </span>
              {actor.councilName}
              <span className="text-[#dddddd]"> – {ROLE_LABEL[actor.role]}</span>
              {canSwitch && (
                <>
                  {" "}
                  <Link href="/choose-council" className={`${headerLink} ml-2 underline`}>
                    Switch<span className="sr-only"> council or role</span>
                  </Link>
                </>
              )}
            </p>
          )}
        </div>
        {!actor && choosingName ? (
          <div className="flex flex-wrap items-center gap-4 text-base">
            <span>{choosingName}</span>
            <Link href="/choose-council" className={`${headerLink} underline`}>
              Choose who you are acting for
            </Link>
            <SignOutButton />
          </div>
        ) : actor ? (
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
