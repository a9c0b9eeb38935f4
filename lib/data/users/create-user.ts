import type { Actor } from "../../auth/actor";
import { prisma, type Role } from "../../db";
import { AppError } from "../../errors";
import { ROLE_LABEL } from "../../auth/roles";
import { recordAudit } from "../audit/record-audit";
import { claimSubmission, completeSubmission } from "../claim-submission";
import { issuePasswordLink } from "./password-link";
import { requireCouncilOrganisation } from "./require-council-organisation";

export interface CreateUserInput {
  submissionKey: string;
  name: string;
  email: string;
  role: Role;
  organisationId?: string;
  familyName?: string;
}

export type CreateUserResult =
  { created: true; userId: string; link: string } | { created: false; userId: string | null };

/**
 * Adds a person to the actor's council with a role, and issues a one-time set-password link.
 * A person who already has an account elsewhere gets a membership of this council instead.
 */
export async function createUser(actor: Actor, input: CreateUserInput): Promise<CreateUserResult> {
  return prisma.$transaction(async (tx) => {
    const claim = await claimSubmission(tx, input.submissionKey, actor, "user:create");
    if (!claim.first) return { created: false, userId: claim.resultId };

    const organisationId =
      input.role === "PROVIDER"
        ? await requireCouncilOrganisation(tx, actor.councilId, input.organisationId)
        : null;

    const existing = await tx.user.findUnique({
      where: { email: input.email },
      select: { id: true, memberships: { where: { councilId: actor.councilId }, select: { id: true } } },
    });
    if (existing?.memberships.length) {
      throw new AppError("CONFLICT", "This e-mail address already has an account in your council", {
        email: "This e-mail address already has an account in your council",
      });
    }
    const user = existing ?? (await tx.user.create({ data: { email: input.email, name: input.name } }));

    let familyId: string | null = null;
    if (input.role === "FAMILY") {
      const family = await tx.family.create({
        data: { councilId: actor.councilId, name: input.familyName || `${input.name}'s family` },
      });
      familyId = family.id;
    }
    await tx.membership.create({
      data: { userId: user.id, councilId: actor.councilId, role: input.role, organisationId, familyId },
    });
    const link = await issuePasswordLink(tx, {
      userId: user.id,
      councilId: actor.councilId,
      createdById: actor.userId,
    });
    await recordAudit(tx, actor, {
      action: "user:create",
      entityType: "User",
      entityId: user.id,
      summary: `Added a user as ${ROLE_LABEL[input.role]}`,
      metadata: { role: input.role },
    });
    await completeSubmission(tx, input.submissionKey, user.id);
    return { created: true, userId: user.id, link };
  });
}
