import "server-only";
import type { Actor } from "../../auth/actor";
import { prisma, type Prisma } from "../../db";
import type { SpecificationInput } from "../../schemas/specification";
import { recordAudit } from "../audit/record-audit";
import { claimSubmission, completeSubmission } from "../claim-submission";
import { getNeedsAnalysis, needsSnapshotOf } from "./get-needs-analysis";
import { checkSpecificationReferences, outputRows, versionFields } from "./specification-references";

export type CreateSpecificationResult = { created: true; id: string } | { created: false; id: string | null };

/**
 * A new draft specification (version 1). With `fromNeeds`, it keeps a dated snapshot of the needs
 * analysis figures as they are now. A repeated submit of the same form creates nothing more.
 */
export async function createSpecification(
  actor: Actor,
  input: SpecificationInput & { submissionKey: string; fromNeeds?: boolean },
  now = new Date(),
): Promise<CreateSpecificationResult> {
  // Worked out before the transaction: the statistics are read-only and need not hold its locks.
  const snapshot = input.fromNeeds ? needsSnapshotOf(await getNeedsAnalysis(actor, now)) : null;
  return prisma.$transaction(async (tx) => {
    const claim = await claimSubmission(tx, input.submissionKey, actor, "specification:create");
    if (!claim.first) return { created: false, id: claim.resultId };
    await checkSpecificationReferences(tx, actor.councilId, input);

    const prefix = `SPEC-${now.getUTCFullYear()}-`;
    const taken = await tx.specification.count({
      where: { councilId: actor.councilId, reference: { startsWith: prefix } },
    });
    const reference = `${prefix}${String(taken + 1).padStart(4, "0")}`;
    const spec = await tx.specification.create({
      data: {
        councilId: actor.councilId,
        reference,
        serviceTypeId: input.serviceTypeId,
        status: "DRAFT",
        currentVersion: 1,
        needsSnapshot: (snapshot ?? undefined) as Prisma.InputJsonValue | undefined,
        createdById: actor.userId,
      },
    });
    const version = await tx.specificationVersion.create({
      data: {
        councilId: actor.councilId,
        specificationId: spec.id,
        version: 1,
        ...versionFields(input),
        createdById: actor.userId,
        authorIds: [actor.userId],
        districts: { connect: input.districtIds.map((id) => ({ id })) },
      },
    });
    await tx.specificationOutput.createMany({ data: outputRows(actor.councilId, version.id, input) });
    await recordAudit(tx, actor, {
      action: "specification:create",
      entityType: "Specification",
      entityId: spec.id,
      summary: `Started specification ${reference}${snapshot ? " from the needs analysis" : ""}`,
      metadata: { reference, version: 1, fromNeeds: !!snapshot },
    });
    await completeSubmission(tx, input.submissionKey, spec.id);
    return { created: true, id: spec.id };
  });
}
