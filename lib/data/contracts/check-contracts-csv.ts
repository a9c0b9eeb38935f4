import type { Actor } from "../../auth/actor";
import type { Tx } from "../../db";
import { parseContractsCsv, type ContractImportRow } from "../../domain/contracts/parse-contracts-csv";
import { CsvFileError } from "../../spreadsheets/csv-file-error";
import { councilServiceTypeOptions } from "../service-types/council-service-type-options";

/**
 * Every contract in the file, checked against the actor's council (its linked providers, its
 * districts, the service types it uses (by its label or the national code; not retired ones) and the
 * references it already holds), or a CsvFileError with
 * every problem. Four queries whatever the file's length: names are loaded once, not per row.
 */
export async function checkContractsCsv(
  db: Tx,
  actor: Actor,
  text: string,
): Promise<{ contracts: ContractImportRow[]; ignoredColumns: string[] }> {
  // One after another: inside a transaction the queries share one connection anyway.
  const links = await db.organisationCouncil.findMany({
    where: { councilId: actor.councilId },
    select: { organisation: { select: { id: true, name: true } } },
  });
  const serviceTypes = await councilServiceTypeOptions(actor.councilId, "choose", undefined, db);
  const districts = await db.district.findMany({
    where: { councilId: actor.councilId, retiredAt: null },
    orderBy: { name: "asc" },
    select: { id: true, code: true, name: true },
  });
  const held = await db.contract.findMany({
    where: { councilId: actor.councilId },
    select: { reference: true },
  });
  const result = parseContractsCsv(text, {
    providers: links.map((l) => l.organisation),
    serviceTypes,
    districts,
    existingReferences: held.map((c) => c.reference),
  });
  if (!result.ok) throw new CsvFileError(result);
  return result;
}
