import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { CheckCircle2, Clock, MessageCircle, Wrench } from "lucide-react";
import { listPublishedYouSaidWeDid } from "@/lib/data/feedback/public-you-said-we-did";
import { formatCalendarDate } from "@/lib/domain/dates";
import { PageHeading, SectionHeading } from "@/components/ui/heading";
import { EasyRead } from "@/components/layout/easy-read";
import { ActionProgressTag } from "@/components/feedback/action-progress-tag";

export const metadata: Metadata = { title: "You said, we did" };

const EASY_STATUS = {
  PLANNED: { Icon: Clock, text: "We are going to do this." },
  IN_PROGRESS: { Icon: Wrench, text: "We are doing this now." },
  DONE: { Icon: CheckCircle2, text: "We have done this." },
} as const;

/** What the council changed because of feedback, by theme, with Easy Read lines in that mode. */
export default async function YouSaidWeDidPage({ params }: PageProps<"/councils/[slug]/you-said-we-did">) {
  const { slug } = await params;
  const data = await listPublishedYouSaidWeDid(slug);
  if (!data) notFound();
  return (
    <>
      <PageHeading caption={data.name}>You said, we did</PageHeading>
      <EasyRead>
        Families and children told us what they think. This page shows what we changed because of what they
        said.
      </EasyRead>
      <p className="mb-6 max-w-[75ch]">
        Parents, carers, children and young people tell us what works in short breaks and what could be
        better. Here is what they said, grouped by theme, and what the council did about it.
      </p>
      <p className="mb-8">
        <Link href={`/councils/${slug}/have-your-say`}>
          Children and young people: have your say (Easy Read)
        </Link>
      </p>
      {data.themes.length === 0 && <p>The council has not published any actions yet.</p>}
      {data.themes.length > 0 && (
        <nav aria-labelledby="themes-heading" className="mb-8">
          <h2 id="themes-heading" className="mb-2 font-bold">
            Themes
          </h2>
          <ul className="list-disc space-y-1 pl-6">
            {data.themes.map((t) => (
              <li key={t.id}>
                <a href={`#theme-${t.id}`}>
                  {t.name} ({t.actions.length})
                </a>
              </li>
            ))}
          </ul>
        </nav>
      )}
      {data.themes.map((t) => (
        <section key={t.id} aria-labelledby={`theme-${t.id}`} className="mb-10">
          <SectionHeading id={`theme-${t.id}`}>{t.name}</SectionHeading>
          {t.actions.map((a) => {
            const easy = EASY_STATUS[a.status];
            return (
              <article key={a.id} className="mb-8 max-w-[75ch] border-l-4 border-border pl-4">
                <p className="mb-3">
                  <ActionProgressTag status={a.status} />
                </p>
                <h3 className="mb-1 flex items-center gap-2 text-lg font-bold">
                  <MessageCircle aria-hidden="true" className="h-6 w-6" /> You said
                </h3>
                <p className="mb-4">{a.youSaid}</p>
                <h3 className="mb-1 flex items-center gap-2 text-lg font-bold">
                  <easy.Icon aria-hidden="true" className="h-6 w-6" /> We did
                </h3>
                <p className="mb-3">{a.weDid}</p>
                <EasyRead>{easy.text}</EasyRead>
                <p className="text-secondary">
                  {a.startedOn ? `Started ${formatCalendarDate(a.startedOn)}. ` : ""}
                  {a.completedOn ? `Done ${formatCalendarDate(a.completedOn)}.` : ""}
                </p>
              </article>
            );
          })}
        </section>
      ))}
    </>
  );
}
