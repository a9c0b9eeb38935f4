import "server-only";
import type { Actor } from "../../auth/actor";
import { prisma } from "../../db";
import { AppError } from "../../errors";
import {
  checkSpecificationStep,
  SPECIFICATION_STATUS_LABEL,
  type SpecificationStep,
} from "../../domain/specifications/specification-status";
import { recordAudit } from "../audit/record-audit";
import { checkFourEyes, withAuthor } from "../../domain/specifications/four-eyes";
import { councilFourEyesFacts } from "./four-eyes-facts";
import { lockSpecification } from "./lock-specification";

/** Sends for approval, or approves: each checked against the state machine and audited with who and when. */
export async function changeSpecificationStatus(
  actor: Actor,
  specificationId: string,
  step: SpecificationStep,
  now = new Date(),
) {
  return prisma.$transaction(async (tx) => {
    const { spec, version } = await lockSpecification(tx, actor.councilId, specificationId);
    const check = checkSpecificationStep(step, spec.status, version);
    if (!check.ok) throw new AppError("CONFLICT", check.reason);
    let fourEyes: "applied" | "not required" | undefined;
    if (step === "approve") {
      const rule = checkFourEyes({
        ...(await councilFourEyesFacts(tx, actor.councilId)),
        authorIds: version.authorIds,
        approverId: actor.userId,
      });
      if (!rule.ok) throw new AppError("NOT_ALLOWED", rule.reason);
      fourEyes = rule.applied ? "applied" : "not required";
      await tx.specificationVersion.update({
        where: { id: version.id },
        data: { approvedAt: now, approvedById: actor.userId },
      });
    } else {
      // Who sends it for approval vouches for it: they count as an author.
      await tx.specificationVersion.update({
        where: { id: version.id },
        data: { authorIds: withAuthor(version.authorIds, actor.userId) },
      });
    }
    await tx.specification.update({ where: { id: spec.id }, data: { status: check.to } });
    await recordAudit(tx, actor, {
      action: step === "approve" ? "specification:approve" : "specification:send-for-approval",
      entityType: "Specification",
      entityId: spec.id,
      summary: `${step === "approve" ? "Approved" : "Sent for approval"} specification ${spec.reference} version ${version.version}`,
      metadata: {
        version: version.version,
        from: spec.status,
        to: check.to,
        at: now.toISOString(),
        ...(fourEyes && { fourEyes }),
      },
    });
    return { status: check.to, label: SPECIFICATION_STATUS_LABEL[check.to], version: version.version };
  });
}
