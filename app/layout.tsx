import type { Metadata } from "next";
import "./globals.css";
import { getSessionState } from "@/lib/auth/session";
import { getDisplayMode } from "@/lib/display-mode-server";
import { countUnreadNotifications } from "@/lib/data/notifications/count-unread-notifications";
import { SiteHeader } from "@/components/layout/site-header";
import { SiteFooter } from "@/components/layout/site-footer";
import { setDisplayMode } from "@/app/actions/display-mode";
import { SkipLink } from "@/components/ui/skip-link";
import { PhaseBanner } from "@/components/ui/phase-banner";

export const metadata: Metadata = {
  title: { default: "Short Breaks Portal", template: "%s – Short Breaks Portal" },
  description: "Commissioning short breaks for disabled children and young people.",
};

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const [session, displayMode] = await Promise.all([getSessionState(), getDisplayMode()]);
  const actor = session.kind === "acting" ? session.actor : null;
  const unread = actor ? await countUnreadNotifications(actor) : 0;
  return (
    <html lang="en-GB" data-display={displayMode === "standard" ? undefined : displayMode}>
      <body className="flex min-h-screen flex-col bg-white text-ink">
        <SkipLink href="#main-content" />
        <SiteHeader
          actor={actor}
          canSwitch={session.kind === "acting" && session.membershipCount > 1}
          choosingName={session.kind === "choosing" ? session.name : undefined}
          unread={unread}
        >
          <PhaseBanner phase="Beta">
            This is a new service. Tell your council what you think of it.
          </PhaseBanner>
        </SiteHeader>
        <main
          id="main-content"
          tabIndex={-1}
          className="mx-auto w-full max-w-6xl flex-1 px-4 pt-6 pb-12 focus:outline-none"
        >
          {children}
        </main>
        <SiteFooter displayMode={displayMode} setDisplayMode={setDisplayMode} />
      </body>
    </html>
  );
}
