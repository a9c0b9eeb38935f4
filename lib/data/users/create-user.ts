import type { Actor } from "../../auth/actor";
import { prisma, type Role } from "../../db";
import { AppError } from "../../errors";
import { ROLE_LABEL } from "../../auth/roles";
import { recordAccountAudit } from "../audit/record-audit";
import { claimSubmission, completeSubmission } from "../claim-submission";
import { issuePasswordLink } from "./password-link";
import { requireCouncilOrganisation } from "./require-council-organisation";
import { lockUser } from "./lock-user";
import { notifyAddedToCouncil } from "./notify-added-to-council";
import { queueEmail } from "../mail/queue-email";
import { requestOutboxSend } from "../mail/send-outbox";
import { invitationEmail } from "../../mail/templates/account-emails";
import { acrossCouncils } from "../../db-scope";

export interface CreateUserInput {
  submissionKey: string;
  name: string;
  email: string;
  role: Role;
  organisationId?: string;
  familyName?: string;
}

export type CreateUserResult =
  /** Someone new: an invitation with a one-time set-password link is in the outbox. */
  | { created: true; userId: string; invited: true; existingAccount: false }
  /** The person already had an account: they were added to this council, keep their password and were told. */
  | { created: true; userId: string; invited: false; existingAccount: true }
  | { created: false; userId: string | null };

const ALREADY_HERE = "This e-mail address already has an account in your council";
const INVITED_ELSEWHERE =
  "This person has been invited by another council and has not set their password yet. Add them once they have.";

/**
 * Adds a person to the actor's council with a role. Someone new is sent an invitation e-mail with a
 * one-time set-password link (written to the outbox in this transaction; the link is never shown).
 * Someone who already has an account (a password, or a membership of another council) only gets a
 * membership here and a notification: an account is shared by councils, so no council may set the
 * password another relies on (issue 12).
 */
export async function createUser(actor: Actor, input: CreateUserInput): Promise<CreateUserResult> {
  const result = await prisma.$transaction(async (tx): Promise<CreateUserResult> => {
    const claim = await claimSubmission(tx, input.submissionKey, actor, "user:create");
    if (!claim.first) return { created: false, userId: claim.resultId };

    const organisationId =
      input.role === "PROVIDER"
        ? await requireCouncilOrganisation(tx, actor.councilId, input.organisationId)
        : null;

    const found = await tx.user.findUnique({ where: { email: input.email }, select: { id: true } });
    // Decide on what is committed: another council adding them, or a link being made, waits.
    if (found) await lockUser(tx, found.id);
    // Across councils on purpose: whether the account is shared with another council (decision 0045).
    const existing = found
      ? await acrossCouncils(tx, (tx) =>
          tx.user.findUniqueOrThrow({
            where: { id: found.id },
            select: { id: true, passwordHash: true, memberships: { select: { councilId: true } } },
          }),
        )
      : null;
    if (existing?.memberships.some((m) => m.councilId === actor.councilId)) {
      throw new AppError("CONFLICT", ALREADY_HERE, { email: ALREADY_HERE });
    }
    const elsewhere = !!existing?.memberships.length;
    if (existing && elsewhere && !existing.passwordHash) {
      throw new AppError("CONFLICT", INVITED_ELSEWHERE, { email: INVITED_ELSEWHERE });
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

    // Only a person with no password and no other council may be given a link by this council.
    const keepsOwnPassword = !!existing?.passwordHash;
    await recordAccountAudit(tx, actor, user.id, {
      action: "user:create",
      entityType: "User",
      entityId: user.id,
      summary: keepsOwnPassword
        ? `Added a person who already has an account as ${ROLE_LABEL[input.role]} (no password link: they keep their own password)`
        : `Added a user as ${ROLE_LABEL[input.role]}`,
      summaryElsewhere: "added this person to their council; they keep their own password",
      metadata: { role: input.role, existingAccount: keepsOwnPassword },
    });
    await completeSubmission(tx, input.submissionKey, user.id);
    if (keepsOwnPassword) {
      await notifyAddedToCouncil(tx, actor, user.id, input.role);
      return { created: true, userId: user.id, invited: false, existingAccount: true };
    }
    const link = await issuePasswordLink(tx, {
      userId: user.id,
      councilId: actor.councilId,
      createdById: actor.userId,
    });
    await queueEmail(tx, {
      to: input.email,
      councilId: actor.councilId,
      template: "invitation",
      email: invitationEmail({
        name: input.name,
        councilName: actor.councilName,
        roleLabel: ROLE_LABEL[input.role],
        linkPath: link.path,
        expiresAt: link.expiresAt,
      }),
    });
    return { created: true, userId: user.id, invited: true, existingAccount: false };
  });
  if (result.created && result.invited) await requestOutboxSend();
  return result;
}
