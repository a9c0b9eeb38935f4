import type { Metadata } from "next";
import Link from "next/link";
import { z } from "zod";
import { ListOrdered } from "lucide-react";
import { requirePageActor } from "@/lib/auth/session";
import { pageField, parseSearchParams } from "@/lib/schemas/search-params";
import { listOpenPriorityRounds } from "@/lib/data/priorities/list-open-priority-rounds";
import { formatCalendarDate } from "@/lib/domain/dates";
import { route } from "@/lib/routes/route";
import { PageHeading } from "@/components/ui/heading";
import { InsetText } from "@/components/ui/inset-text";
import { Pagination } from "@/components/ui/pagination";
import { Tag } from "@/components/ui/tag";
import { EasyRead } from "@/components/layout/easy-read";

export const metadata: Metadata = { title: "What matters most" };

const searchSchema = z.object({ page: pageField });

/** The council's open priority rounds, for a young commissioner to rank. */
export default async function YoungPrioritiesPage({
  searchParams,
}: PageProps<"/young-commissioner/priorities">) {
  const actor = await requirePageActor("read:priority-round:council", { role: "YOUNG_COMMISSIONER" });
  const { page } = parseSearchParams(searchSchema, await searchParams);
  const rounds = await listOpenPriorityRounds(actor, { page });
  return (
    <>
      <PageHeading caption={actor.councilName}>What matters most</PageHeading>
      <p className="standard-only mb-6 max-w-[75ch] text-xl">
        Rank the types of need by what matters most to you. The council uses your rankings when it plans the
        next short breaks it buys.
      </p>
      <EasyRead>
        The council will buy new short breaks. You can tell the council what matters most. You put things in
        order, from 1 to the last.
      </EasyRead>
      {rounds.items.length === 0 ? (
        <InsetText>
          There is nothing to rank right now. The commissioner will tell you when there is.
        </InsetText>
      ) : (
        <ul className="mb-6">
          {rounds.items.map((r) => (
            <li key={r.id} className="mb-4 flex items-start gap-4 border-l-4 border-border pl-4">
              <ListOrdered aria-hidden="true" className="mt-1 h-10 w-10 shrink-0" />
              <div>
                <Link
                  href={route(`/young-commissioner/priorities/${r.id}`)}
                  className="text-lg font-bold underline"
                >
                  {r.title}
                </Link>
                <p className="mb-1">
                  {r.rankedAt ? <Tag colour="green">You have ranked</Tag> : <Tag colour="blue">To do</Tag>}
                </p>
                <p>
                  {r.items} things to put in order. Finish by {formatCalendarDate(r.closesOn)}.
                </p>
              </div>
            </li>
          ))}
        </ul>
      )}
      <Pagination page={rounds.page} pageCount={rounds.pageCount} baseHref="/young-commissioner/priorities" />
    </>
  );
}
