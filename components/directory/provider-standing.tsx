import { formatDate } from "@/lib/domain/dates";
import type { ProviderStatus } from "@/lib/generated/prisma/enums";
import { Tag } from "@/components/ui/tag";

/** A provider's standing with the council (OrganisationCouncil), in words a family understands. */
export function ProviderStanding({
  councilName,
  standing,
}: {
  councilName: string;
  standing: { status: ProviderStatus; approvedAt: Date | null } | null;
}) {
  if (standing?.status === "APPROVED")
    return (
      <p className="mb-4 flex flex-wrap items-center gap-2">
        <Tag colour="green">Approved provider</Tag>
        <span>
          On {councilName}&apos;s list of approved providers
          {standing.approvedAt ? ` since ${formatDate(standing.approvedAt)}` : ""}.
        </span>
      </p>
    );
  return (
    <p className="mb-4 flex flex-wrap items-center gap-2">
      <Tag colour="grey">Not an approved provider</Tag>
      <span>
        {standing?.status === "APPLIED"
          ? `Has applied to join ${councilName}'s list of approved providers.`
          : standing?.status === "SUSPENDED"
            ? `Not on ${councilName}'s list of approved providers at the moment.`
            : `Not on ${councilName}'s list of approved providers.`}
      </span>
    </p>
  );
}
