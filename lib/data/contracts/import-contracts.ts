import { createHash } from "node:crypto";
import type { Actor } from "../../auth/actor";
import { Prisma, prisma } from "../../db";
import { AppError } from "../../errors";
import { formatMoney } from "../../domain/money";
import { startOfUtcDay } from "../../domain/dates";
import { generateReturnPeriods } from "../../domain/return-periods";
import { recordAudit } from "../audit/record-audit";
import { claimSubmission } from "../claim-submission";
import { checkContractsCsv } from "./check-contracts-csv";
import { countContractImport, type ContractImportCounts } from "./preview-contract-import";

export type ImportContractsResult =
  | { imported: true; counts: ContractImportCounts; periods: number }
  /** The same form was sent before: its import stands and nothing more was saved. */
  | { imported: false };

/**
 * Creates the contracts of a CSV in the actor's council, all in one transaction or none: the
 * file is checked again here, whatever the preview said. Each contract gets its districts and
 * its quarterly return periods from those still to be returned on; there are no KPIs to copy. A repeated submission key saves
 * nothing more. One audit row for the whole import, and no one is notified.
 */
export async function importContracts(
  actor: Actor,
  input: { submissionKey: string; csv: string },
  now = new Date(),
): Promise<ImportContractsResult> {
  const today = startOfUtcDay(now);
  try {
    return await prisma.$transaction(
      async (tx): Promise<ImportContractsResult> => {
        const claim = await claimSubmission(tx, input.submissionKey, actor, "contract:import");
        if (!claim.first) return { imported: false };

        const { contracts } = await checkContractsCsv(tx, actor, input.csv);
        const { returnDueDays } = await tx.council.findUniqueOrThrow({
          where: { id: actor.councilId },
          select: { returnDueDays: true },
        });

        // One statement per table, whatever the file's length.
        const created = await tx.contract.createManyAndReturn({
          data: contracts.map((c) => ({
            councilId: actor.councilId,
            reference: c.reference,
            title: c.title,
            organisationId: c.organisationId,
            serviceTypeId: c.serviceTypeId,
            annualValue: c.annualValue,
            totalValue: c.totalValue,
            startDate: c.startDate,
            endDate: c.endDate,
            originalEndDate: c.endDate,
            extensionMonthsAvailable: c.extensionMonthsAvailable,
          })),
          select: { id: true, reference: true },
        });
        const idOf = new Map(created.map((c) => [c.reference, c.id]));

        const links = contracts.flatMap((c) =>
          c.districtIds.map((d) => [idOf.get(c.reference)!, d] as const),
        );
        if (links.length > 0) {
          // The implicit many-to-many table: A is the contract, B the district.
          await tx.$executeRaw`
            INSERT INTO "_ContractDistricts" ("A", "B")
            SELECT * FROM unnest(${links.map((l) => l[0])}::text[], ${links.map((l) => l[1])}::text[])`;
        }

        // Returns already due before the import were made outside the portal: their periods would
        // only show as overdue and have the provider chased for them.
        const periods = contracts.flatMap((c) =>
          generateReturnPeriods({ startDate: c.startDate, endDate: c.endDate, dueDays: returnDueDays })
            .filter((p) => p.dueDate >= today)
            .map((p) => ({ councilId: actor.councilId, contractId: idOf.get(c.reference)!, ...p })),
        );
        await tx.returnPeriod.createMany({ data: periods });

        const counts = countContractImport(contracts);
        await recordAudit(tx, actor, {
          action: "contract:import",
          entityType: "Contract",
          summary:
            `Imported ${counts.contracts} ${counts.contracts === 1 ? "contract" : "contracts"} from a CSV file ` +
            `(${counts.providers} ${counts.providers === 1 ? "provider" : "providers"}, ` +
            `${formatMoney(counts.annualValue)} a year, ${formatMoney(counts.totalValue)} in total)`,
          metadata: {
            ...counts,
            returnPeriods: periods.length,
            fileSha256: createHash("sha256").update(input.csv).digest("hex"),
          },
        });
        return { imported: true, counts, periods: periods.length };
      },
      { maxWait: 10_000, timeout: 60_000 },
    );
  } catch (e) {
    // Another import took one of these references after the file was checked.
    if (e instanceof Prisma.PrismaClientKnownRequestError && e.code === "P2002") {
      throw new AppError(
        "CONFLICT",
        "A contract with one of these references was added while importing, so nothing was saved. Choose the file and preview it again",
      );
    }
    throw e;
  }
}
