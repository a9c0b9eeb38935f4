import type { Metadata } from "next";
import Link from "next/link";
import { requirePageActor } from "@/lib/auth/session";
import { listPanelSeats } from "@/lib/data/tenders/evaluation";
import { formatDate } from "@/lib/domain/dates";
import { PageHeading } from "@/components/ui/heading";
import { InsetText } from "@/components/ui/inset-text";
import { Tag } from "@/components/ui/tag";
import { EasyRead } from "@/components/layout/easy-read";

export const metadata: Metadata = { title: "Your panels" };

const STATUS_WORDS: Record<string, string> = {
  DRAFT: "Not ready yet",
  PUBLISHED: "Groups are still writing their bids",
  CLOSED: "Bids are in. Scoring starts soon",
  IN_EVALUATION: "Time to score",
  AWARDED: "Finished",
  CANCELLED: "Stopped",
};

export default async function PanelsPage() {
  const actor = await requirePageActor("read:score:assigned", { role: "YOUNG_COMMISSIONER" });
  const seats = await listPanelSeats(actor);
  return (
    <>
      <PageHeading caption={actor.councilName}>Your panels</PageHeading>
      <EasyRead>A panel is a group that chooses who runs a service. Here are the panels you are on.</EasyRead>
      {seats.length === 0 ? (
        <InsetText>You are not on any panel yet. The commissioner will ask you.</InsetText>
      ) : (
        <ul className="mb-6">
          {seats.map((s) => (
            <li key={s.id} className="mb-4 border-l-4 border-border pl-4">
              <Link href={`/young-commissioner/panels/${s.id}`} className="text-lg font-bold underline">
                {s.title}
              </Link>
              <p>
                <Tag colour={s.status === "IN_EVALUATION" ? "blue" : "grey"}>{STATUS_WORDS[s.status]}</Tag>
              </p>
              <p>
                Finish by {formatDate(s.evaluationEndsAt)}. You have {s.assigned}{" "}
                {s.assigned === 1 ? "part" : "parts"} to score and have given {s.scored}{" "}
                {s.scored === 1 ? "score" : "scores"}.
              </p>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
