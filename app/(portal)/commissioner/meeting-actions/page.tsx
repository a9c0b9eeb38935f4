import type { Metadata } from "next";
import { requirePageActor } from "@/lib/auth/session";
import { listOpenMeetingActions } from "@/lib/data/contracts/meetings";
import { meetingActionsSearchSchema } from "@/lib/schemas/contract-search";
import { parseSearchParams } from "@/lib/schemas/search-params";
import { MeetingActionsView } from "@/components/contracts/open-actions-table";

export const metadata: Metadata = { title: "Meeting actions" };

export default async function CommissionerMeetingActionsPage({
  searchParams,
}: PageProps<"/commissioner/meeting-actions">) {
  const actor = await requirePageActor("read:contract:council", { role: "COMMISSIONER" });
  const { view, page } = parseSearchParams(meetingActionsSearchSchema, await searchParams);
  const overdueOnly = view === "overdue";
  const today = new Date();
  const result = await listOpenMeetingActions(actor, { overdueOnly, page }, today);
  return (
    <MeetingActionsView
      councilName={actor.councilName}
      base="/commissioner"
      result={result}
      today={today}
      overdueOnly={overdueOnly}
    />
  );
}
