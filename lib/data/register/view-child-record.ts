import type { Actor } from "../../auth/actor";
import { prisma } from "../../db";
import { childRecordSelect } from "./family-children";
import { NotFoundError } from "../../errors";
import { recordAudit } from "../audit/record-audit";

/** A council officer opens a child's record: the view is written to the audit log with the read. */
export async function viewChildRecord(actor: Actor, childId: string) {
  return prisma.$transaction(async (tx) => {
    const child = await tx.child.findFirst({
      where: { id: childId, councilId: actor.councilId, status: { not: "ERASED" } },
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
