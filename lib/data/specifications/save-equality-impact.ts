import "server-only";
import type { Actor } from "../../auth/actor";
import { prisma } from "../../db";
import { AppError } from "../../errors";
import { isEqualityImpactComplete } from "../../domain/specifications/equality-impact";
import type { EqualityImpactInput } from "../../schemas/specification";
import { recordAudit } from "../audit/record-audit";
import { withAuthor } from "../../domain/specifications/four-eyes";
import { lockSpecification } from "./lock-specification";

/**
 * Saves the equality impact assessment of the current version (parts may be saved unfinished).
 * An approved version is never changed: edit the specification to start a new version first.
 */
export async function saveEqualityImpact(actor: Actor, input: EqualityImpactInput, now = new Date()) {
  return prisma.$transaction(async (tx) => {
    const { spec, version } = await lockSpecification(tx, actor.councilId, input.specificationId);
    if (spec.status === "APPROVED" || spec.status === "ARCHIVED") {
      throw new AppError(
        "CONFLICT",
        `Version ${version.version} is approved and cannot change. Edit the specification to start a new version, then change its assessment.`,
      );
    }
    const eia = {
      eiaGroups: input.eiaGroups || null,
      eiaImpact: input.eiaImpact || null,
      eiaMitigations: input.eiaMitigations || null,
    };
    const complete = isEqualityImpactComplete(eia);
    await tx.specificationVersion.update({
      where: { id: version.id },
      data: {
        ...eia,
        eiaCompletedAt: complete ? (version.eiaCompletedAt ?? now) : null,
        authorIds: withAuthor(version.authorIds, actor.userId),
      },
    });
    // Changing the assessment of a specification awaiting approval sends it back to draft.
    if (spec.status === "AWAITING_APPROVAL") {
      await tx.specification.update({ where: { id: spec.id }, data: { status: "DRAFT" } });
    }
    await recordAudit(tx, actor, {
      action: "specification:equality-impact",
      entityType: "Specification",
      entityId: spec.id,
      summary: `${complete ? "Completed" : "Saved part of"} the equality impact assessment of ${spec.reference} version ${version.version}`,
      metadata: { version: version.version, complete },
    });
    return { complete };
  });
}
