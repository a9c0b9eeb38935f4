import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getPublicStatement } from "@/lib/data/statement/get-public-statement";
import { formatDate } from "@/lib/domain/dates";
import { route } from "@/lib/routes/route";
import { statementVersionSchema } from "@/lib/schemas/statement-version";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { PageHeading } from "@/components/ui/heading";
import { StatementView } from "@/components/statement/statement-view";
import { StatementVersions } from "@/components/statement/statement-versions";

export const metadata: Metadata = { title: "Short breaks services statement: earlier version" };

/** One published version of the statement, exactly as it was published (its figures included). */
export default async function StatementVersionPage({
  params,
}: PageProps<"/councils/[slug]/statement/versions/[version]">) {
  const { slug, version } = await params;
  const parsed = statementVersionSchema.safeParse(version);
  if (!parsed.success) notFound();
  const data = await getPublicStatement(slug, parsed.data);
  if (!data?.statement) notFound();
  const { council, statement, versions } = data;
  return (
    <>
      <div className="print:hidden">
        <Breadcrumbs
          items={[
            { href: "/", label: "Home" },
            { href: route(`/councils/${council.slug}`), label: council.name },
            { href: route(`/councils/${council.slug}/statement`), label: "Short breaks services statement" },
            { label: `Version ${statement.version}` },
          ]}
        />
      </div>
      <PageHeading caption={council.name}>
        Short breaks services statement, version {statement.version}
      </PageHeading>
      <p className="mb-2">
        Published {formatDate(statement.publishedAt)}. What changed: {statement.changelog}
      </p>
      {!statement.isLatest && (
        <p className="mb-6 border-l-4 border-link pl-4 font-bold">
          This is an earlier version.{" "}
          <Link href={route(`/councils/${council.slug}/statement`)}>Read the current statement</Link>.
        </p>
      )}
      <StatementView slug={council.slug} content={statement.content} />
      <StatementVersions slug={council.slug} versions={versions} />
    </>
  );
}
