import type { Actor } from "../../auth/actor";
import { prisma } from "../../db";
import { childRecordSelect } from "./family-children";
import { NotFoundError } from "../../errors";
import { recordAudit } from "../audit/record-audit";

/**
 * A council officer opens a child's record: the view is written to the audit log with the read.
 * Children known only for an assessment (NOT_REGISTERED) are social workers' records, not the register's.
 */
export async function viewChildRecord(actor: Actor, childId: string) {
  return prisma.$transaction(async (tx) => {
    const child = await tx.child.findFirst({
      where: {
        AND: [
          { councilId: actor.councilId },
          {
            id: childId,
            status: { notIn: actor.role === "SOCIAL_WORKER" ? ["ERASED"] : ["ERASED", "NOT_REGISTERED"] },
          },
        ],
      },
      select: childRecordSelect,
    });
    if (!child) throw new NotFoundError("The child's record");
    await recordAudit(tx, actor, {
      action: "child:view",
      entityType: "Child",
      entityId: child.id,
      summary: "Viewed a child's register record",
    });
    return child;
  });
}
