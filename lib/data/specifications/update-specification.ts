import "server-only";
import type { Actor } from "../../auth/actor";
import { prisma } from "../../db";
import { AppError } from "../../errors";
import { editOutcome } from "../../domain/specifications/specification-status";
import type { SpecificationInput } from "../../schemas/specification";
import { recordAudit } from "../audit/record-audit";
import { withAuthor } from "../../domain/specifications/four-eyes";
import { lockSpecification } from "./lock-specification";
import { checkEditVersion } from "../edit-version";
import { checkSpecificationReferences, outputRows, versionFields } from "./specification-references";

export interface UpdateSpecificationResult {
  version: number;
  newVersion: boolean;
}

/**
 * Saves a specification form. A draft, or one awaiting approval, changes its current version (and
 * goes back to draft). An approved version never changes, since tenders refer to it: the changes
 * become version n+1, a draft, carrying over the equality impact assessment for review.
 */
export async function updateSpecification(
  actor: Actor,
  specificationId: string,
  input: SpecificationInput,
  /** The edit version the form was opened with; the edit page always sends it (decision 0044). */
  editVersion?: number,
): Promise<UpdateSpecificationResult> {
  return prisma.$transaction(async (tx) => {
    const { spec, version } = await lockSpecification(tx, actor.councilId, specificationId);
    if (editVersion !== undefined) checkEditVersion(spec.editVersion, editVersion, "This specification");
    await tx.specification.update({ where: { id: spec.id }, data: { editVersion: { increment: 1 } } });
    const outcome = editOutcome(spec.status);
    if (outcome === "refused") {
      throw new AppError("CONFLICT", "An archived specification cannot be changed.");
    }
    await checkSpecificationReferences(tx, actor.councilId, input, {
      versionId: version.id,
      needTypeCodes: version.needTypeCodes,
    });

    let versionNumber = version.version;
    if (outcome === "in-place") {
      await tx.specificationVersion.update({
        where: { id: version.id },
        data: {
          ...versionFields(input),
          authorIds: withAuthor(version.authorIds, actor.userId),
          districts: { set: input.districtIds.map((id) => ({ id })) },
        },
      });
      await tx.specificationOutput.deleteMany({ where: { specificationVersionId: version.id } });
      await tx.specificationOutput.createMany({ data: outputRows(actor.councilId, version.id, input) });
    } else {
      versionNumber = version.version + 1;
      const next = await tx.specificationVersion.create({
        data: {
          councilId: actor.councilId,
          specificationId,
          version: versionNumber,
          ...versionFields(input),
          eiaGroups: version.eiaGroups,
          eiaImpact: version.eiaImpact,
          eiaMitigations: version.eiaMitigations,
          eiaCompletedAt: version.eiaCompletedAt,
          createdById: actor.userId,
          authorIds: [actor.userId],
          districts: { connect: input.districtIds.map((id) => ({ id })) },
        },
      });
      await tx.specificationOutput.createMany({ data: outputRows(actor.councilId, next.id, input) });
    }
    await tx.specification.update({
      where: { id: specificationId },
      data: { serviceTypeId: input.serviceTypeId, status: "DRAFT", currentVersion: versionNumber },
    });
    await recordAudit(tx, actor, {
      action: outcome === "in-place" ? "specification:update" : "specification:new-version",
      entityType: "Specification",
      entityId: specificationId,
      summary:
        outcome === "in-place"
          ? `Changed specification ${spec.reference} version ${versionNumber}`
          : `Started version ${versionNumber} of specification ${spec.reference} (version ${version.version} stays approved)`,
      metadata: { version: versionNumber, previousStatus: spec.status },
    });
    return { version: versionNumber, newVersion: outcome === "new-version" };
  });
}
