import type { Actor } from "../../auth/actor";
import { prisma } from "../../db";
import { AppError, NotFoundError } from "../../errors";
import { registerAgeProblem } from "../../domain/age-band";
import { startOfUtcDay } from "../../domain/dates";
import { registrationDraftSchema } from "../../schemas/register";
import { recordAudit } from "../audit/record-audit";
import { claimSubmission, completeSubmission } from "../claim-submission";

/**
 * Puts the child from the actor's draft on the register, with consent to the council's current
 * wording (the version the parent saw must still be current). Returns the new child's id; a
 * repeated submit returns the first one's.
 */
export async function registerChild(
  actor: Actor,
  input: { submissionKey: string; consentVersion: number },
  now = new Date(),
): Promise<string> {
  if (!actor.familyId) throw new NotFoundError("Your family record");
  const familyId = actor.familyId;
  return prisma.$transaction(async (tx) => {
    const claim = await claimSubmission(tx, input.submissionKey, actor, "child:register");
    if (!claim.first) {
      if (claim.resultId) return claim.resultId;
      throw new AppError("CONFLICT", "This form was already sent. Check your children's list.");
    }
    const draftRow = await tx.registrationDraft.findUnique({
      where: { familyId_userId: { familyId, userId: actor.userId } },
    });
    const parsed = registrationDraftSchema.safeParse(draftRow?.data);
    if (!draftRow || draftRow.councilId !== actor.councilId || !parsed.success) {
      throw new AppError("INVALID", "Some answers are missing. Check each section, then try again.");
    }
    const draft = parsed.data;
    const dob = new Date(`${draft.dateOfBirth}T00:00:00Z`);
    const ageProblem = registerAgeProblem(dob, startOfUtcDay(now));
    if (ageProblem) throw new AppError("INVALID", ageProblem);

    const [statement, district, needCount] = await Promise.all([
      tx.consentStatement.findFirst({
        where: { councilId: actor.councilId },
        orderBy: { version: "desc" },
        select: { id: true, version: true },
      }),
      tx.district.findFirst({
        where: { id: draft.districtId, councilId: actor.councilId, retiredAt: null },
        select: { id: true },
      }),
      tx.needType.count({
        where: { councilId: actor.councilId, id: { in: draft.needTypeIds }, retiredAt: null },
      }),
    ]);
    if (!statement)
      throw new AppError("INVALID", "Your council has not published its consent statement yet.");
    if (statement.version !== input.consentVersion) {
      throw new AppError(
        "CONFLICT",
        "The consent statement has changed. Read the new wording, then agree again.",
      );
    }
    if (!district || needCount !== draft.needTypeIds.length) {
      throw new AppError("INVALID", "Some answers are no longer valid. Check each section, then try again.");
    }

    const child = await tx.child.create({
      data: {
        councilId: actor.councilId,
        familyId,
        firstName: draft.firstName,
        lastName: draft.lastName,
        dateOfBirth: dob,
        postcode: draft.postcode,
        districtId: district.id,
        school: draft.school ?? null,
        currentShortBreaks: draft.currentShortBreaks ?? null,
        communicationNeeds: draft.communicationNeeds ?? null,
        parentName: draft.parentName,
        parentEmail: draft.parentEmail,
        parentPhone: draft.parentPhone ?? null,
        contactPreference: draft.contactPreference,
        registeredAt: now,
        needs: {
          create: draft.needTypeIds.map((needTypeId) => ({ councilId: actor.councilId, needTypeId })),
        },
        consents: {
          create: {
            councilId: actor.councilId,
            statementId: statement.id,
            agreedByUserId: actor.userId,
            agreedAt: now,
          },
        },
      },
      select: { id: true },
    });
    await tx.registrationDraft.delete({ where: { id: draftRow.id } });
    await recordAudit(tx, actor, {
      action: "child:register",
      entityType: "Child",
      entityId: child.id,
      summary: `Registered a child, consenting to statement version ${statement.version}`,
    });
    await completeSubmission(tx, input.submissionKey, child.id);
    return child.id;
  });
}
