import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getPublicStatement } from "@/lib/data/statement/get-public-statement";
import { formatDate } from "@/lib/domain/dates";
import { route } from "@/lib/routes/route";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { PageHeading } from "@/components/ui/heading";
import { EasyRead } from "@/components/layout/easy-read";
import { StatementView } from "@/components/statement/statement-view";
import { StatementVersions } from "@/components/statement/statement-versions";

export const metadata: Metadata = { title: "Short breaks services statement" };

/** The council's statutory short breaks services statement: its newest published version. */
export default async function StatementPage({ params }: PageProps<"/councils/[slug]/statement">) {
  const { slug } = await params;
  const data = await getPublicStatement(slug);
  if (!data) notFound();
  const { council, statement, versions } = data;
  return (
    <>
      <div className="print:hidden">
        <Breadcrumbs
          items={[
            { href: "/", label: "Home" },
            { href: route(`/councils/${council.slug}`), label: council.name },
            { label: "Short breaks services statement" },
          ]}
        />
      </div>
      <PageHeading caption={council.name}>Short breaks services statement</PageHeading>
      <EasyRead>
        This page tells you about short breaks: what there is, who it is for and how to get it.
      </EasyRead>
      {statement ? (
        <>
          <p className="mb-4">
            Version {statement.version}, published {formatDate(statement.publishedAt)}.
          </p>
          <p className="mb-6 print:hidden">
            <a href={`/councils/${council.slug}/statement/pdf`} download>
              Download the statement as a PDF
            </a>{" "}
            (or print this page).
          </p>
          <StatementView slug={council.slug} content={statement.content} />
        </>
      ) : (
        <p className="mb-6">The council has not published its statement yet.</p>
      )}
      <StatementVersions slug={council.slug} versions={versions} />
    </>
  );
}
