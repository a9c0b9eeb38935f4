import type { Actor } from "../../auth/actor";
import { prisma, type Prisma } from "../../db";
import { AppError } from "../../errors";
import { recordAudit } from "../audit/record-audit";

/** Children on the register whose consent is not to the council's latest wording (they agree again at sign-in). */
export function awaitingLatestConsent(councilId: string, latestStatementId: string): Prisma.ChildWhereInput {
  return {
    councilId,
    status: "ACTIVE",
    // Only children whose consent was given to an older wording: a child never consented (known to
    // a social worker, not on the voluntary register) has nothing to agree to again.
    consents: { some: { withdrawnAt: null } },
    NOT: { consents: { some: { statementId: latestStatementId, withdrawnAt: null } } },
  };
}

/** The published versions, the draft, and how many children are still under an older version. */
export async function getConsentWording(actor: Actor) {
  const [versions, draft] = await Promise.all([
    prisma.consentStatement.findMany({
      where: { councilId: actor.councilId },
      orderBy: { version: "desc" },
      select: { id: true, version: true, text: true, publishedAt: true },
    }),
    prisma.consentDraft.findUnique({
      where: { councilId: actor.councilId },
      select: { text: true, updatedAt: true },
    }),
  ]);
  const awaiting = versions[0]
    ? await prisma.child.count({ where: awaitingLatestConsent(actor.councilId, versions[0].id) })
    : 0;
  return { current: versions[0] ?? null, versions, draft, awaiting };
}

function refuseEmpty(text: string) {
  if (!text.trim())
    throw new AppError("INVALID", "Enter the consent wording.", { text: "Enter the consent wording" });
}

/** Saves the draft of the next wording (one per council); families see nothing until it is published. */
export async function saveConsentDraft(actor: Actor, text: string) {
  refuseEmpty(text);
  await prisma.$transaction(async (tx) => {
    await tx.consentDraft.upsert({
      where: { councilId: actor.councilId },
      create: { councilId: actor.councilId, text, updatedById: actor.userId },
      update: { text, updatedById: actor.userId },
    });
    await recordAudit(tx, actor, {
      action: "consent-statement:draft",
      entityType: "ConsentDraft",
      entityId: actor.councilId,
      summary: "Saved a draft of the register consent wording",
    });
  });
}

/**
 * Publishes the draft as the next version. Families whose children's consent is to an older version
 * are asked to agree again the next time they open their area; until then their records stay as they
 * are (and count in statistics as before).
 */
export async function publishConsentDraft(actor: Actor, now = new Date()) {
  return prisma.$transaction(async (tx) => {
    // The draft row is the lock: two administrators publishing at once make one version.
    const [draft] = await tx.$queryRaw<{ text: string }[]>`
      SELECT text FROM "ConsentDraft" WHERE "councilId" = ${actor.councilId} FOR UPDATE`;
    if (!draft) throw new AppError("CONFLICT", "There is no draft to publish. Save a draft first.");
    refuseEmpty(draft.text);
    const last = await tx.consentStatement.findFirst({
      where: { councilId: actor.councilId },
      orderBy: { version: "desc" },
      select: { version: true, text: true },
    });
    if (last && last.text === draft.text)
      throw new AppError(
        "INVALID",
        "The draft is the same as the published wording. Change it before publishing.",
        {
          text: "Change the wording before publishing: it is the same as the published version",
        },
      );
    const version = (last?.version ?? 0) + 1;
    const statement = await tx.consentStatement.create({
      data: { councilId: actor.councilId, version, text: draft.text, publishedAt: now },
      select: { id: true, version: true },
    });
    await tx.consentDraft.delete({ where: { councilId: actor.councilId } });
    await recordAudit(tx, actor, {
      action: "consent-statement:publish",
      entityType: "ConsentStatement",
      entityId: statement.id,
      summary: `Published version ${version} of the register consent wording`,
    });
    return statement;
  });
}
