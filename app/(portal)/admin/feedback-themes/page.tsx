import type { Metadata } from "next";
import { requirePageActor } from "@/lib/auth/session";
import { listFeedbackThemes } from "@/lib/data/feedback/list-council-feedback";
import { PageHeading, SectionHeading } from "@/components/ui/heading";
import { Table } from "@/components/ui/table";
import { ThemeForm } from "@/components/feedback/theme-form";
import { createFeedbackThemeAction } from "@/app/(portal)/commissioner/feedback/actions";

export const metadata: Metadata = { title: "Feedback themes" };

/** The council's list of feedback themes, for administrators (commissioners manage it too). */
export default async function AdminFeedbackThemesPage() {
  const actor = await requirePageActor("update:feedback-theme:council", { role: "ADMIN" });
  const themes = await listFeedbackThemes(actor);
  return (
    <>
      <PageHeading caption={actor.councilName}>Feedback themes</PageHeading>
      <p className="mb-6 max-w-[75ch]">
        Commissioners tag feedback with these themes, and &ldquo;You said, we did&rdquo; actions are grouped
        by them.
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
