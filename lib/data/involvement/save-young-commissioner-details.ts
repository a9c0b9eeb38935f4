import type { Actor } from "../../auth/actor";
import { prisma } from "../../db";
import { AppError } from "../../errors";
import { englandToday } from "../../domain/involvement/consent";
import { recordAudit } from "../audit/record-audit";
import { lockYoungCommissioner } from "./lock-young-commissioner";

export interface YoungCommissionerDetailsInput {
  membershipId: string;
  dateOfBirth: Date | null;
  consentGivenBy: string | null;
  consentRelationship: string | null;
  consentGivenOn: Date | null;
}

/**
 * Records a young commissioner's date of birth and their parent's or carer's consent (who, how
 * related, on what date). Consent is all three or none; neither date may be in the future.
 * Clearing the consent is allowed: they then cannot join a new team or panel while under 16.
 */
export async function saveYoungCommissionerDetails(
  actor: Actor,
  input: YoungCommissionerDetailsInput,
  now = new Date(),
) {
  const today = englandToday(now);
  const fieldErrors: Record<string, string> = {};
  if (input.dateOfBirth && input.dateOfBirth > today)
    fieldErrors.dateOfBirth = "The date of birth must be today or in the past";
  const consentParts = [input.consentGivenBy, input.consentRelationship, input.consentGivenOn];
  if (consentParts.some(Boolean) && !consentParts.every(Boolean)) {
    if (!input.consentGivenBy)
      fieldErrors.consentGivenBy = "Enter the name of the parent or carer who gave consent";
    if (!input.consentRelationship)
      fieldErrors.consentRelationship = "Enter how they are related, like mother or foster carer";
    if (!input.consentGivenOn) fieldErrors.consentGivenOn = "Enter the date they gave consent";
  }
  if (input.consentGivenOn && input.consentGivenOn > today)
    fieldErrors.consentGivenOn = "The date consent was given must be today or in the past";
  if (Object.keys(fieldErrors).length)
    throw new AppError("INVALID", "Check the details and try again.", fieldErrors);

  await prisma.$transaction(async (tx) => {
    const person = await lockYoungCommissioner(tx, actor.councilId, input.membershipId);
    const data = {
      dateOfBirth: input.dateOfBirth,
      consentGivenBy: input.consentGivenBy,
      consentRelationship: input.consentRelationship,
      consentGivenOn: input.consentGivenOn,
      consentRecordedById: input.consentGivenOn ? actor.userId : null,
    };
    await tx.youngCommissionerProfile.upsert({
      where: { membershipId: person.id },
      create: { councilId: actor.councilId, membershipId: person.id, ...data },
      update: data,
    });
    // Names stay out of the audit (the young person's and the consent giver's): the entity id says who.
    await recordAudit(tx, actor, {
      action: "young-commissioner:update-details",
      entityType: "Membership",
      entityId: person.id,
      summary: `Updated a young commissioner's date of birth and consent (${input.consentGivenOn ? "consent recorded" : "no consent recorded"})`,
    });
  });
}
