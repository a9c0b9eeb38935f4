import type { Actor } from "../../auth/actor";
import type { Tx } from "../../db";
import { AppError } from "../../errors";
import {
  parseContractsCsv,
  type ContractImportRow,
  type ContractsCsvResult,
} from "../../domain/contracts/parse-contracts-csv";
import { ROW_PROBLEMS_SHOWN, rowProblemFields } from "../../actions/row-problems";

type Failed = Extract<ContractsCsvResult, { ok: false }>;

/**
 * A contracts file that cannot be saved. Carries a message for the file field and one field
 * error per problem (see rowProblemFields), so the form can list them row by row.
 */
export class ContractCsvError extends AppError {
  constructor(readonly result: Failed) {
    const count = result.rowProblems.length;
    const message =
      result.fileProblem ??
      (count === 1
        ? "The selected file has 1 problem, listed below. Fix it and choose the file again"
        : count > ROW_PROBLEMS_SHOWN
          ? `The selected file has ${count.toLocaleString("en-GB")} problems. The first ${ROW_PROBLEMS_SHOWN} are listed below: fix them all and choose the file again`
          : `The selected file has ${count} problems, listed below. Fix them and choose the file again`);
    super("INVALID", message, {
      file: message,
      ...rowProblemFields(result.rowProblems.map((p) => p.message)),
    });
    this.name = "ContractCsvError";
  }
}

/**
 * Every contract in the file, checked against the actor's council (its linked providers, its
 * districts, the service types and the references it already holds), or a ContractCsvError with
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
  const serviceTypes = await db.serviceType.findMany({
    orderBy: { position: "asc" },
    select: { id: true, code: true, name: true },
  });
  const districts = await db.district.findMany({
    where: { councilId: actor.councilId },
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
  if (!result.ok) throw new ContractCsvError(result);
  return result;
}
