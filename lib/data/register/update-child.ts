import type { Actor } from "../../auth/actor";
import { prisma } from "../../db";
import { AppError } from "../../errors";
import { registerAgeProblem } from "../../domain/age-band";
import { startOfUtcDay } from "../../domain/dates";
import { recordAudit } from "../audit/record-audit";
import { lockFamilyChild } from "./lock-family-child";
import { checkEditVersion } from "../edit-version";

export interface ChildDetailsInput {
  firstName: string;
  lastName: string;
  dateOfBirth: Date;
  postcode: string;
  districtId: string;
  needTypeIds: string[];
  school?: string;
  currentShortBreaks?: string;
  communicationNeeds?: string;
  parentName: string;
  parentEmail: string;
  parentPhone?: string;
  contactPreference: string;
  /** The record's editVersion when the form was opened: a later save by someone else refuses this one. */
  editVersion: number;
}

/** A family updates its own child's details while the child is on the register. */
export async function updateChild(actor: Actor, childId: string, input: ChildDetailsInput, now = new Date()) {
  const ageProblem = registerAgeProblem(input.dateOfBirth, startOfUtcDay(now));
  if (ageProblem) throw new AppError("INVALID", ageProblem, { dateOfBirth: ageProblem });
  await prisma.$transaction(async (tx) => {
    // Locked, so a withdrawal or erasure that commits first is seen here, and one that comes later waits.
    const status = await lockFamilyChild(tx, actor, childId);
    if (status !== "ACTIVE") {
      throw new AppError("INVALID", "This child has left the register, so the details cannot be changed.");
    }
    const { editVersion } = await tx.child.findUniqueOrThrow({
      where: { id: childId },
      select: { editVersion: true },
    });
    checkEditVersion(editVersion, input.editVersion, "Your child's record");
    const [district, needCount] = await Promise.all([
      tx.district.findFirst({
        // A retired district only if it is the child's own already (decision 0034).
        where: {
          id: input.districtId,
          councilId: actor.councilId,
          OR: [{ retiredAt: null }, { children: { some: { id: childId } } }],
        },
        select: { id: true },
      }),
      tx.needType.count({
        where: {
          councilId: actor.councilId,
          id: { in: input.needTypeIds },
          OR: [{ retiredAt: null }, { children: { some: { childId } } }],
        },
      }),
    ]);
    if (!district)
      throw new AppError("INVALID", "Choose the area you live in", {
        districtId: "Choose the area you live in",
      });
    if (needCount !== input.needTypeIds.length) {
      throw new AppError("INVALID", "Choose the types of need from the list", {
        needTypeIds: "Choose from the list",
      });
    }
    await tx.childNeed.deleteMany({ where: { childId } });
    await tx.child.update({
      where: { id: childId },
      data: {
        firstName: input.firstName,
        lastName: input.lastName,
        dateOfBirth: input.dateOfBirth,
        postcode: input.postcode,
        districtId: district.id,
        school: input.school ?? null,
        currentShortBreaks: input.currentShortBreaks ?? null,
        communicationNeeds: input.communicationNeeds ?? null,
        parentName: input.parentName,
        parentEmail: input.parentEmail,
        parentPhone: input.parentPhone ?? null,
        contactPreference: input.contactPreference,
        editVersion: { increment: 1 },
        needs: {
          create: input.needTypeIds.map((needTypeId) => ({ councilId: actor.councilId, needTypeId })),
        },
      },
    });
    await recordAudit(tx, actor, {
      action: "child:update",
      entityType: "Child",
      entityId: childId,
      summary: "Updated a child's register details",
    });
  });
}
