import Link from "next/link";
import type { DisplayMode } from "@/lib/display-mode";
import { DisplayModeSwitch } from "./display-mode-switch";

export function SiteFooter({
  displayMode,
  setDisplayMode,
}: {
  displayMode: DisplayMode;
  setDisplayMode: (formData: FormData) => Promise<void>;
}) {
  return (
    <footer className="mt-12 border-t-4 border-link bg-panel">
      <div className="mx-auto flex max-w-6xl flex-col gap-4 px-4 py-8 text-base text-ink">
        <DisplayModeSwitch current={displayMode} setDisplayMode={setDisplayMode} />
        <ul className="flex flex-wrap gap-x-6 gap-y-2">
          <li>
            <Link href="/accessibility" className="text-ink underline">
              Accessibility statement
            </Link>
          </li>
          <li>
            <Link href="/" className="text-ink underline">
              Short breaks home
            </Link>
          </li>
        </ul>
        <p className="text-secondary">
          A short breaks commissioning service for councils, families, providers and young people.
        </p>
      </div>
    </footer>
  );
}
