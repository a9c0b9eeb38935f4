import type { Actor } from "../../auth/actor";
import { prisma } from "../../db";
import { AppError } from "../../errors";
import { recordAudit } from "../audit/record-audit";
import { awaitingLatestConsent } from "./consent-wording";

/**
 * The family's children on the register whose consent is to an older wording, and that wording's
 * latest version; none when every child's consent is current (or there is no wording yet).
 */
export async function childrenAwaitingConsent(actor: Actor) {
  const latest = await prisma.consentStatement.findFirst({
    where: { councilId: actor.councilId },
    orderBy: { version: "desc" },
    select: { id: true, version: true, text: true },
  });
  if (!latest || !actor.familyId) return { latest, children: [] };
  const children = await prisma.child.findMany({
    where: { AND: [awaitingLatestConsent(actor.councilId, latest.id), { familyId: actor.familyId }] },
    orderBy: { firstName: "asc" },
    select: { id: true, firstName: true },
  });
  return { latest, children };
}

/**
 * The family agrees to the latest wording for each of its children on the register still under an
 * older one: a new consent each, the old ones kept as the history. `version` is what they read; a
 * newer one published meanwhile is refused, so nobody agrees to words they did not see.
 */
export async function agreeToLatestConsent(actor: Actor, version: number) {
  if (!actor.familyId) throw new AppError("NOT_FOUND", "Your family could not be found.");
  const familyId = actor.familyId;
  return prisma.$transaction(async (tx) => {
    // The family's children locked, as a withdrawal locks them, so a child withdrawn meanwhile is left alone.
    await tx.$queryRaw`SELECT id FROM "Child" WHERE "familyId" = ${familyId} AND "councilId" = ${actor.councilId} FOR UPDATE`;
    const latest = await tx.consentStatement.findFirst({
      where: { councilId: actor.councilId },
      orderBy: { version: "desc" },
      select: { id: true, version: true },
    });
    if (!latest || latest.version !== version)
      throw new AppError(
        "CONFLICT",
        "The consent wording has changed. Read the new wording, then agree again.",
      );
    const children = await tx.child.findMany({
      where: { AND: [awaitingLatestConsent(actor.councilId, latest.id), { familyId }] },
      select: { id: true },
    });
    if (!children.length) return { agreed: 0 };
    await tx.consent.createMany({
      data: children.map((c) => ({
        councilId: actor.councilId,
        childId: c.id,
        statementId: latest.id,
        agreedByUserId: actor.userId,
      })),
    });
    await recordAudit(tx, actor, {
      action: "consent:agree",
      entityType: "ConsentStatement",
      entityId: latest.id,
      summary: `Agreed to version ${latest.version} of the consent wording for ${children.length} ${children.length === 1 ? "child" : "children"}`,
    });
    return { agreed: children.length };
  });
}
