import type { Metadata } from "next";
import { z } from "zod";
import { requirePageActor } from "@/lib/auth/session";
import { parseSearchParams } from "@/lib/schemas/search-params";
import { getSpecificationVersions } from "@/lib/data/specifications/get-specification";
import { orNotFound } from "@/lib/or-not-found";
import {
  comparableVersion,
  diffSpecificationVersions,
} from "@/lib/domain/specifications/diff-specification-versions";
import { PageHeading } from "@/components/ui/heading";
import { BackLink } from "@/components/ui/back-link";
import { Button } from "@/components/ui/button";
import { TextInput } from "@/components/ui/field";
import { InsetText } from "@/components/ui/inset-text";
import { Tag } from "@/components/ui/tag";
import { route } from "@/lib/routes/route";

export const metadata: Metadata = { title: "Compare versions" };

const version = z.coerce.number().int().min(1).max(9_999).optional();
const searchSchema = z.object({ from: version, to: version });

export default async function CompareVersionsPage({
  params,
  searchParams,
}: PageProps<"/commissioner/specifications/[id]/compare">) {
  const actor = await requirePageActor("read:specification:council", { role: "COMMISSIONER" });
  const { id } = await params;
  const query = parseSearchParams(searchSchema, await searchParams);
  const to = query.to ?? 2;
  const from = query.from ?? Math.max(1, to - 1);
  const data = await orNotFound(getSpecificationVersions(actor, id, from, to));
  const base = route(`/commissioner/specifications/${data.spec.id}`);
  const diffs =
    data.from && data.to
      ? diffSpecificationVersions(
          comparableVersion(data.from, data.needTypeName),
          comparableVersion(data.to, data.needTypeName),
        )
      : null;
  const changedCount = diffs?.filter((d) => d.changed).length ?? 0;

  return (
    <>
      <BackLink href={base}>Back to the specification</BackLink>
      <PageHeading caption={data.spec.reference}>
        Compare version {from} and version {to}
      </PageHeading>
      <form method="get" className="mb-8 flex flex-wrap items-end gap-x-6 bg-panel p-4">
        <TextInput
          id="from"
          name="from"
          label="Earlier version"
          width="3"
          inputMode="numeric"
          defaultValue={String(from)}
        />
        <TextInput
          id="to"
          name="to"
          label="Later version"
          width="3"
          inputMode="numeric"
          defaultValue={String(to)}
        />
        <div className="mb-6">
          <Button variant="secondary">Compare</Button>
        </div>
      </form>
      {!diffs ? (
        <InsetText>
          This specification has versions 1 to {data.spec.currentVersion}. Choose two of them to compare.
        </InsetText>
      ) : (
        <>
          <p className="mb-6 text-xl">
            {changedCount === 0
              ? "These versions are the same."
              : `${changedCount} ${changedCount === 1 ? "part has" : "parts have"} changed, marked “Changed”.`}
          </p>
          <div
            className="mb-8 overflow-x-auto focus-visible:outline-3 focus-visible:outline-focus"
            tabIndex={0}
            role="region"
            aria-label="Versions side by side"
          >
            <table className="w-full border-collapse">
              <caption className="mb-3 text-left text-lg font-bold sm:text-2xl">
                Version {from} and version {to} side by side
              </caption>
              <thead>
                <tr>
                  <th scope="col" className="border-b border-border py-2.5 pr-5 text-left">
                    Part
                  </th>
                  <th scope="col" className="border-b border-border py-2.5 pr-5 text-left">
                    Version {from}
                  </th>
                  <th scope="col" className="border-b border-border py-2.5 pr-5 text-left">
                    Version {to}
                  </th>
                </tr>
              </thead>
              <tbody>
                {diffs.map((d) => (
                  <tr key={d.field} className={d.changed ? "bg-[#fff7bf]" : undefined}>
                    <th scope="row" className="border-b border-border py-2.5 pr-5 text-left align-top">
                      {d.label}
                      <span className="mt-1 block font-normal">
                        {d.changed ? (
                          <Tag colour="yellow">Changed</Tag>
                        ) : (
                          <span className="text-secondary">Same</span>
                        )}
                      </span>
                    </th>
                    <td className="border-b border-border py-2.5 pr-5 align-top">
                      <Lines lines={d.from} marked={d.removed} mark="Removed" />
                    </td>
                    <td className="border-b border-border py-2.5 pr-5 align-top">
                      <Lines lines={d.to} marked={d.added} mark="Added" />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </>
  );
}

/** One side of a field; lines only on this side say so in words, not by colour alone. */
function Lines({ lines, marked, mark }: { lines: string[]; marked: string[]; mark: string }) {
  if (lines.length === 0) return <span className="text-secondary">None</span>;
  return (
    <ul className="space-y-1">
      {lines.map((line, i) => (
        <li key={i} className="whitespace-pre-line">
          {marked.includes(line) && <strong>{mark}: </strong>}
          {line}
        </li>
      ))}
    </ul>
  );
}
