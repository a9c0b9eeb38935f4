import type { Actor } from "../../auth/actor";
import { prisma } from "../../db";
import { NotFoundError } from "../../errors";
import { recordAudit } from "../audit/record-audit";

/** A council officer opens a child's record: the view is written to the audit log with the read. */
export async function viewChildRecord(actor: Actor, childId: string) {
  return prisma.$transaction(async (tx) => {
    const child = await tx.child.findFirst({
      where: { id: childId, councilId: actor.councilId, status: { not: "ERASED" } },
      select: {
        id: true,
        firstName: true,
        lastName: true,
        dateOfBirth: true,
        postcode: true,
        district: { select: { name: true } },
        school: true,
        currentShortBreaks: true,
        communicationNeeds: true,
        parentName: true,
        parentEmail: true,
        parentPhone: true,
        contactPreference: true,
        status: true,
        registeredAt: true,
        withdrawnAt: true,
        eraseAfter: true,
        needs: { select: { needType: { select: { name: true } } } },
        consents: {
          orderBy: { agreedAt: "desc" },
          select: { agreedAt: true, withdrawnAt: true, statement: { select: { version: true } } },
        },
      },
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
