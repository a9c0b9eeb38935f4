import type { Tx } from "../../db";
import { AppError } from "../../errors";
import type { SpecificationInput } from "../../schemas/specification";
import { serviceTypeChoice } from "../service-types/check-service-type-choice";

/**
 * Checks that a specification names only this council's districts, types of need and service types
 * (decision 0038); anything else is refused with a field message, never saved.
 */
export async function checkSpecificationReferences(
  tx: Tx,
  councilId: string,
  input: SpecificationInput,
  /** The version being changed: its service type, districts and types of need may since have been retired. */
  keep?: { versionId: string; needTypeCodes: string[] },
) {
  // Retired values are not offered for new choices (decision 0034).
  const [serviceType, districts, needTypes] = await Promise.all([
    serviceTypeChoice(
      tx,
      councilId,
      { id: input.serviceTypeId },
      keep ? { specifications: { some: { versions: { some: { id: keep.versionId } } } } } : undefined,
    ),
    tx.district.count({
      where: {
        councilId,
        id: { in: input.districtIds },
        OR: [
          { retiredAt: null },
          ...(keep ? [{ specificationVersions: { some: { id: keep.versionId } } }] : []),
        ],
      },
    }),
    tx.needType.count({
      where: {
        councilId,
        code: { in: input.needTypeCodes },
        OR: [{ retiredAt: null }, { code: { in: keep?.needTypeCodes ?? [] } }],
      },
    }),
  ]);
  const fieldErrors: Record<string, string> = {};
  if (!serviceType.ok) fieldErrors.serviceTypeId = serviceType.message;
  if (districts !== new Set(input.districtIds).size)
    fieldErrors.districtIds = "Choose districts from the list";
  if (needTypes !== new Set(input.needTypeCodes).size)
    fieldErrors.needTypeCodes = "Choose types of need from the list";
  if (Object.keys(fieldErrors).length) {
    throw new AppError("INVALID", "Some choices are not in your council's lists", fieldErrors);
  }
}

/** The version columns a specification form sets (outputs and districts are written beside them). */
export function versionFields(input: SpecificationInput) {
  return {
    title: input.title,
    summary: input.summary,
    ageMin: input.ageMin,
    ageMax: input.ageMax,
    needTypeCodes: [...new Set(input.needTypeCodes)],
    outcomes: input.outcomes,
    maxAnnualValue: input.maxAnnualValue,
    termMonths: input.termMonths,
    extensionMonths: input.extensionMonths,
  };
}

export function outputRows(councilId: string, specificationVersionId: string, input: SpecificationInput) {
  return input.outputs.map((o, position) => ({
    councilId,
    specificationVersionId,
    measure: o.measure,
    unit: o.unit,
    quantity: o.quantity,
    period: o.period,
    position,
  }));
}
