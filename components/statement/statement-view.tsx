import Link from "next/link";
import { CalendarCheck, HandHeart, Megaphone, Route as RouteIcon, Shapes, Users } from "lucide-react";
import type { ReactNode } from "react";
import { formatCalendarDate, formatDate } from "@/lib/domain/dates";
import { route } from "@/lib/routes/route";
import {
  ACCESS_ROUTE_EASY,
  ACCESS_ROUTE_LABEL,
  type CarersOutcome,
  type StatementContent,
} from "@/lib/schemas/statement";
import { SectionHeading } from "@/components/ui/heading";

/** Paragraphs as the council wrote them (blank lines between). */
function Paragraphs({ text }: { text: string }) {
  return (
    <>
      {text
        .split(/\n\s*\n/)
        .map((p) => p.trim())
        .filter(Boolean)
        .map((p, i) => (
          <p key={i} className="mb-4 max-w-[75ch] whitespace-pre-line">
            {p}
          </p>
        ))}
    </>
  );
}

/** One Easy Read point: a picture and a short sentence, shown only in Easy Read mode. */
function EasyPoint({ icon, children }: { icon: ReactNode; children: ReactNode }) {
  return (
    <p className="easy-read-only mb-6 flex items-start gap-4">
      {icon}
      <span>{children}</span>
    </p>
  );
}

const iconClass = "h-12 w-12 shrink-0";

export function carersOutcomeText(c: CarersOutcome, threshold: number): string {
  if (c.suppressed || c.percent === null)
    return `Not shown: fewer than ${threshold} families answered, or the figure could be worked out from those shown.`;
  return `${c.percent}% (${c.families} ${c.families === 1 ? "family" : "families"}, ${c.contracts} ${
    c.contracts === 1 ? "contract" : "contracts"
  })`;
}

/**
 * A short breaks services statement as families read it: the same content for the public page, an
 * old version and the commissioner's preview. Easy Read adds a picture and a short sentence to
 * each part; the print stylesheet drops the site's navigation.
 */
export function StatementView({ slug, content }: { slug: string; content: StatementContent }) {
  const directory = `/councils/${slug}/directory` as const;
  return (
    <article className="statement">
      <SectionHeading>About this statement</SectionHeading>
      <EasyPoint icon={<Megaphone aria-hidden="true" className={iconClass} />}>
        This tells you about short breaks from {content.councilName}.
      </EasyPoint>
      <Paragraphs text={content.introduction} />

      <SectionHeading>The short breaks we offer</SectionHeading>
      <EasyPoint icon={<Shapes aria-hidden="true" className={iconClass} />}>
        There are different kinds of short breaks. Here is each kind, who it is for and how to get it.
      </EasyPoint>
      {content.types.length === 0 ? (
        <p className="mb-4">No short breaks are listed yet.</p>
      ) : (
        content.types.map((t) => (
          <section
            key={t.code}
            aria-labelledby={`type-${t.code}`}
            className="mb-6 border-t border-border pt-4"
          >
            <h3 id={`type-${t.code}`} className="mb-2 text-xl font-bold">
              {t.name}
            </h3>
            <dl className="grid max-w-[75ch] gap-x-5 gap-y-2 sm:grid-cols-[12rem_1fr]">
              <dt className="font-bold">Who it is for</dt>
              <dd>{t.eligibility || "Ask us: we have not written this yet."}</dd>
              <dt className="font-bold">How to get it</dt>
              <dd>
                <span className="standard-only">{ACCESS_ROUTE_LABEL[t.access]}</span>
                <span className="easy-read-only">{ACCESS_ROUTE_EASY[t.access]}</span>
              </dd>
              <dt className="font-bold">Available</dt>
              <dd>
                {t.listings > 0 ? (
                  <Link href={route(`${directory}?type=${encodeURIComponent(t.code)}`)}>
                    {t.listings} {t.listings === 1 ? "listing" : "listings"} in the directory
                  </Link>
                ) : (
                  "No listing in the directory yet"
                )}
                {t.liveContracts > 0 &&
                  `; ${t.liveContracts} ${t.liveContracts === 1 ? "contract" : "contracts"} with ${t.providers.join(", ")}`}
              </dd>
              {t.carers.map((c) => (
                <div key={c.measure} className="contents">
                  <dt className="font-bold">{c.measure}</dt>
                  <dd>{carersOutcomeText(c, content.threshold)}</dd>
                </div>
              ))}
            </dl>
          </section>
        ))
      )}

      <SectionHeading>How to get short breaks</SectionHeading>
      <EasyPoint icon={<RouteIcon aria-hidden="true" className={iconClass} />}>
        Some short breaks you can ask for yourself. For others a social worker talks with you first.
      </EasyPoint>
      <Paragraphs text={content.howToGet || "Contact the council to ask about short breaks."} />

      <SectionHeading>How short breaks help parents and carers</SectionHeading>
      <EasyPoint icon={<HandHeart aria-hidden="true" className={iconClass} />}>
        We ask parents and carers if short breaks help them. Here is what they said.
      </EasyPoint>
      {content.carers.length === 0 ? (
        <p className="mb-4 max-w-[75ch]">Providers have not reported these figures yet.</p>
      ) : (
        <>
          <p className="mb-4 max-w-[75ch]">
            From the latest accepted outcome return of each current contract. Figures resting on fewer than{" "}
            {content.threshold} families are not shown, so that no family can be identified.
          </p>
          <ul className="mb-4 list-disc pl-6">
            {content.carers.map((c) => (
              <li key={c.measure}>
                {c.measure}: {carersOutcomeText(c, content.threshold)}
              </li>
            ))}
          </ul>
        </>
      )}

      <SectionHeading>How families and young people shaped them</SectionHeading>
      <EasyPoint icon={<Users aria-hidden="true" className={iconClass} />}>
        You told us what you think. Here is what we changed.
      </EasyPoint>
      {content.youSaidWeDid.length === 0 ? (
        <p className="mb-4">Nothing is published yet.</p>
      ) : (
        <ul className="mb-4 max-w-[75ch]">
          {content.youSaidWeDid.map((y, i) => (
            <li key={i} className="mb-3 border-l-4 border-border pl-4">
              <p>
                <strong>You said:</strong> {y.youSaid}
              </p>
              <p>
                <strong>We did:</strong> {y.weDid}
              </p>
            </li>
          ))}
        </ul>
      )}
      <p className="mb-4 print:hidden">
        <Link href={route(`/councils/${slug}/you-said-we-did`)}>Everything we changed: You said, we did</Link>
      </p>

      <SectionHeading>Review</SectionHeading>
      <EasyPoint icon={<CalendarCheck aria-hidden="true" className={iconClass} />}>
        We check this statement every year.
      </EasyPoint>
      <p className="mb-4">
        {content.reviewDate
          ? `We will review this statement by ${formatCalendarDate(new Date(`${content.reviewDate}T00:00:00Z`))}.`
          : "We review this statement every year."}{" "}
        Figures as of {formatDate(new Date(content.generatedAt))}.
      </p>
    </article>
  );
}
