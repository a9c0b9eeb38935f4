import type { Metadata } from "next";
import { z } from "zod";
import { requirePageActor } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { flagField, parseSearchParams } from "@/lib/schemas/search-params";
import { getPriorityRoundToRank } from "@/lib/data/priorities/get-priority-round-to-rank";
import { orNotFound } from "@/lib/or-not-found";
import { formatCalendarDate, formatDate } from "@/lib/domain/dates";
import { rankField } from "@/lib/domain/priorities/check-ranking";
import { ordinal } from "@/lib/domain/priorities/ordinal";
import { PageHeading, SectionHeading } from "@/components/ui/heading";
import { BackLink } from "@/components/ui/back-link";
import { InsetText } from "@/components/ui/inset-text";
import { NotificationBanner } from "@/components/ui/notification-banner";
import { WarningText } from "@/components/ui/warning-text";
import { EasyRead } from "@/components/layout/easy-read";
import { ActionForm, FormRadios } from "@/components/forms/action-form";
import { NeedPicture } from "@/components/priorities/need-picture";
import { NeedFigureText } from "@/components/priorities/need-figure-text";
import { savePriorityRankingAction } from "../actions";

export const metadata: Metadata = { title: "Put things in order" };

const searchSchema = z.object({ sent: flagField("1") });

/**
 * A young commissioner's ranking: the register's figures for each type of need (the statistics
 * page's protected numbers, in plain words in Easy Read) and a number from 1 to n for each, by
 * radio buttons (keyboard alone, no dragging).
 */
export default async function YoungPriorityRoundPage({
  params,
  searchParams,
}: PageProps<"/young-commissioner/priorities/[id]">) {
  const actor = await requirePageActor("read:priority-round:council", { role: "YOUNG_COMMISSIONER" });
  const { id } = await params;
  const { sent } = parseSearchParams(searchSchema, await searchParams);
  const round = await orNotFound(getPriorityRoundToRank(actor, id));
  const n = round.items.length;
  const mayRank = round.open && round.mayTakePart && can(actor, "update:priority-ranking:own");
  const ranked = round.items.filter((i) => i.myRank !== null).sort((a, b) => a.myRank! - b.myRank!);
  return (
    <>
      <BackLink href="/young-commissioner/priorities">Back to what matters most</BackLink>
      {sent && round.rankedAt && (
        <NotificationBanner type="success" title="Thank you">
          <p>
            We have your order.
            {round.open ? ` You can change it until ${formatCalendarDate(round.closesOn)}.` : ""}
          </p>
        </NotificationBanner>
      )}
      <PageHeading caption="What matters most">{round.title}</PageHeading>

      <SectionHeading>Children on the register</SectionHeading>
      <p className="standard-only mb-4 max-w-[75ch]">
        For each type of need, the number of children on the council&apos;s register of disabled children who
        have it, as of {formatDate(round.asOf)}. A child with more than one type of need counts under each.
        Numbers from 1 to {round.threshold - 1} show as &ldquo;fewer than {round.threshold}&rdquo;, and some
        others are not published, so that nobody can work out who a child is.
      </p>
      <EasyRead>
        The council has a list of disabled children. It is called the register. Here is how many children have
        each need.
      </EasyRead>
      <EasyRead>Some numbers are small. We do not show small numbers. This keeps children safe.</EasyRead>
      <ul className="mb-8 space-y-4">
        {round.items.map((item) => (
          <li key={item.id} className="flex items-start gap-4">
            <NeedPicture name={item.name} />
            <p className="pt-2">
              <strong className="font-bold">{item.name}:</strong>{" "}
              <NeedFigureText figure={item.figure} threshold={round.threshold} />
            </p>
          </li>
        ))}
      </ul>

      {!round.open ? (
        <InsetText>
          This round has closed. You cannot change the order now. Thank you for taking part.
        </InsetText>
      ) : !round.mayTakePart ? (
        <WarningText>
          You cannot rank yet. If you are under 16, a parent or carer must say yes first, and staff must write
          it down. Ask the person who supports you.
        </WarningText>
      ) : null}

      {mayRank ? (
        <section aria-labelledby="your-order">
          <SectionHeading id="your-order">
            {round.rankedAt ? "Change your order" : "Put them in order"}
          </SectionHeading>
          <p className="standard-only mb-4 max-w-[75ch]">
            Give each type of need a different number from 1 (matters most) to {n} (matters least). You can
            change your order until the end of {formatCalendarDate(round.closesOn)}.
          </p>
          <EasyRead>
            Give each thing a number. 1 is the thing that matters most. {n} is the thing that matters least.
            Use each number once.
          </EasyRead>
          <ActionForm
            action={savePriorityRankingAction}
            fields={round.items.map((i) => rankField(i.id))}
            anchors={Object.fromEntries(round.items.map((i) => [rankField(i.id), `${rankField(i.id)}-0`]))}
            submitLabel={round.rankedAt ? "Send my new order" : "Send my order"}
          >
            <input type="hidden" name="roundId" value={round.id} readOnly />
            {round.items.map((item) => (
              <div key={item.id} className="mb-2 border-l-4 border-border pl-4">
                <FormRadios
                  name={rankField(item.id)}
                  legend={
                    <span className="flex items-center gap-3">
                      <NeedPicture name={item.name} className="h-10 w-10 shrink-0" />
                      {item.name}
                    </span>
                  }
                  legendSize="m"
                  hint={`What number is ${item.name}?`}
                  inline
                  defaultValue={item.myRank ? String(item.myRank) : undefined}
                  options={Array.from({ length: n }, (_, i) => ({
                    value: String(i + 1),
                    label:
                      i === 0
                        ? "1st (matters most)"
                        : i === n - 1
                          ? `${ordinal(n)} (matters least)`
                          : ordinal(i + 1),
                  }))}
                />
              </div>
            ))}
          </ActionForm>
        </section>
      ) : (
        ranked.length > 0 && (
          <section aria-labelledby="my-order">
            <SectionHeading id="my-order">Your order</SectionHeading>
            <ol className="mb-6 list-decimal space-y-2 pl-8">
              {ranked.map((item) => (
                <li key={item.id}>{item.name}</li>
              ))}
            </ol>
          </section>
        )
      )}
    </>
  );
}
