import Link from "next/link";
import { formatDate } from "@/lib/domain/dates";
import { route } from "@/lib/routes/route";
import { SectionHeading } from "@/components/ui/heading";
import { Table } from "@/components/ui/table";

/** Every published version with its changelog line; each opens as it was published. */
export function StatementVersions({
  slug,
  versions,
}: {
  slug: string;
  versions: { version: number; changelog: string; publishedAt: Date }[];
}) {
  return (
    <div className="print:hidden">
      <SectionHeading>Versions</SectionHeading>
      <Table
        caption="Published versions of the statement, newest first"
        captionSize="s"
        head={["Version", "Published", "What changed"]}
        emptyText="No version has been published."
        rows={versions.map((v) => [
          <Link key="v" href={route(`/councils/${slug}/statement/versions/${v.version}`)}>
            Version {v.version}
          </Link>,
          formatDate(v.publishedAt),
          v.changelog,
        ])}
      />
    </div>
  );
}
