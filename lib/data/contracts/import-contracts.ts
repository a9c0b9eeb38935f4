import { createHash, randomUUID } from "node:crypto";
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

        // One statement per table, whatever the file's length: Prisma's createMany for 1,000
        // contracts and their 12,000 periods took seconds more than these.
        const ids = contracts.map(() => randomUUID());
        const isoDate = (d: Date) => d.toISOString().slice(0, 10);
        await tx.$executeRaw`
          INSERT INTO "Contract" ("id", "councilId", "reference", "title", "organisationId", "serviceTypeId",
            "annualValue", "totalValue", "startDate", "endDate", "originalEndDate", "extensionMonthsAvailable",
            "updatedAt")
          SELECT c.id, ${actor.councilId}, c.reference, c.title, c.organisation_id, c.service_type_id,
            c.annual_value, c.total_value, c.start_date, c.end_date, c.end_date, c.extension_months, now()
          FROM unnest(
            ${ids}::text[],
            ${contracts.map((c) => c.reference)}::text[],
            ${contracts.map((c) => c.title)}::text[],
            ${contracts.map((c) => c.organisationId)}::text[],
            ${contracts.map((c) => c.serviceTypeId)}::text[],
            ${contracts.map((c) => c.annualValue)}::numeric[],
            ${contracts.map((c) => c.totalValue)}::numeric[],
            ${contracts.map((c) => isoDate(c.startDate))}::date[],
            ${contracts.map((c) => isoDate(c.endDate))}::date[],
            ${contracts.map((c) => c.extensionMonthsAvailable)}::int[]
          ) AS c(id, reference, title, organisation_id, service_type_id, annual_value, total_value,
                 start_date, end_date, extension_months)`;

        const links = contracts.flatMap((c, i) => c.districtIds.map((d) => [ids[i], d] as const));
        if (links.length > 0) {
          // The implicit many-to-many table: A is the contract, B the district.
          await tx.$executeRaw`
            INSERT INTO "_ContractDistricts" ("A", "B")
            SELECT * FROM unnest(${links.map((l) => l[0])}::text[], ${links.map((l) => l[1])}::text[])`;
        }

        // Returns already due before the import were made outside the portal: their periods would
        // only show as overdue and have the provider chased for them.
        const periods = contracts.flatMap((c, i) =>
          generateReturnPeriods({ startDate: c.startDate, endDate: c.endDate, dueDays: returnDueDays })
            .filter((p) => p.dueDate >= today)
            .map((p) => ({ contractId: ids[i], ...p })),
        );
        if (periods.length > 0) {
          await tx.$executeRaw`
            INSERT INTO "ReturnPeriod" ("id", "councilId", "contractId", "label", "startDate", "endDate", "dueDate")
            SELECT gen_random_uuid()::text, ${actor.councilId}, p.contract_id, p.label, p.start_date, p.end_date,
              p.due_date
            FROM unnest(
              ${periods.map((p) => p.contractId)}::text[],
              ${periods.map((p) => p.label)}::text[],
              ${periods.map((p) => isoDate(p.startDate))}::date[],
              ${periods.map((p) => isoDate(p.endDate))}::date[],
              ${periods.map((p) => isoDate(p.dueDate))}::date[]
            ) AS p(contract_id, label, start_date, end_date, due_date)`;
        }

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
    if (isUniqueViolation(e)) {
      throw new AppError(
        "CONFLICT",
        "A contract with one of these references was added while importing, so nothing was saved. Choose the file and preview it again",
      );
    }
    throw e;
  }
}

/** A unique index refused a row: P2002 from Prisma's own queries, Postgres 23505 from raw ones. */
function isUniqueViolation(e: unknown): boolean {
  if (!(e instanceof Prisma.PrismaClientKnownRequestError)) return false;
  return e.code === "P2002" || (e.code === "P2010" && JSON.stringify(e.meta ?? {}).includes("23505"));
}
