import type { Actor } from "../../auth/actor";
import { prisma } from "../../db";
import { AppError } from "../../errors";
import { recordAudit } from "../audit/record-audit";

/**
 * A social worker records a child who is not on the voluntary register, to assess them. The child
 * gets a family of their own with no members (no family account sees it) and status NOT_REGISTERED,
 * which no register count, statistic or export includes.
 */
export async function recordUnregisteredChild(
  actor: Actor,
  input: { firstName: string; lastName: string; dateOfBirth: Date; districtId: string; parentName?: string },
): Promise<{ id: string }> {
  return prisma.$transaction(async (tx) => {
    const district = await tx.district.findFirst({
      where: { AND: [{ councilId: actor.councilId }, { id: input.districtId, retiredAt: null }] },
      select: { id: true },
    });
    if (!district)
      throw new AppError("INVALID", "Choose the area the child lives in.", {
        districtId: "Choose one of your council's areas",
      });
    const family = await tx.family.create({
      data: { councilId: actor.councilId, name: `${input.lastName} family` },
    });
    const child = await tx.child.create({
      data: {
        councilId: actor.councilId,
        familyId: family.id,
        districtId: district.id,
        firstName: input.firstName,
        lastName: input.lastName,
        dateOfBirth: input.dateOfBirth,
        parentName: input.parentName ?? null,
        status: "NOT_REGISTERED",
      },
    });
    await recordAudit(tx, actor, {
      action: "child:record-unregistered",
      entityType: "Child",
      entityId: child.id,
      summary: "Recorded a child who is not on the register, for an assessment",
    });
    return { id: child.id };
  });
}
