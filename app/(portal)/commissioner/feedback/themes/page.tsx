import type { Metadata } from "next";
import { requirePageActor } from "@/lib/auth/session";
import { listFeedbackThemes } from "@/lib/data/feedback/list-council-feedback";
import { PageHeading, SectionHeading } from "@/components/ui/heading";
import { BackLink } from "@/components/ui/back-link";
import { Table } from "@/components/ui/table";
import { ThemeForm } from "@/components/feedback/theme-form";
import { createFeedbackThemeAction } from "@/app/(portal)/commissioner/feedback/actions";

export const metadata: Metadata = { title: "Feedback themes" };

export default async function FeedbackThemesPage() {
  const actor = await requirePageActor("update:feedback-theme:council", { role: "COMMISSIONER" });
  const themes = await listFeedbackThemes(actor);
  return (
    <>
      <BackLink href="/commissioner/feedback">Back to the feedback inbox</BackLink>
      <PageHeading caption={actor.councilName}>Feedback themes</PageHeading>
      <p className="mb-6 max-w-[75ch]">
        The council&apos;s list of themes. Commissioners tag feedback with them, and &ldquo;You said, we
        did&rdquo; actions are grouped by them.
      </p>
      <Table
        caption="Themes"
        head={["Name", "Code"]}
        emptyText="No themes yet."
        rows={themes.map((t) => [t.name, t.code])}
      />
      <SectionHeading>Add a theme</SectionHeading>
      <ThemeForm action={createFeedbackThemeAction} />
    </>
  );
}
