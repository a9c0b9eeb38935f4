import type { Actor } from "../../auth/actor";
import { prisma } from "../../db";
import { emailKindsFor, type EmailKind } from "../../domain/email-kinds";
import { recordAudit } from "../audit/record-audit";

/** The optional e-mails the actor's role can get, each with whether it is on. */
export async function getEmailPreferences(actor: Actor): Promise<{ kind: EmailKind; on: boolean }[]> {
  const kinds = emailKindsFor(actor.role);
  const off = await prisma.emailOptOut.findMany({
    where: { userId: actor.userId, kind: { in: kinds } },
    select: { kind: true },
  });
  const offKinds = new Set(off.map((o) => o.kind));
  return kinds.map((kind) => ({ kind, on: !offKinds.has(kind) }));
}

/**
 * Saves which optional e-mails the person gets: `on` lists the kinds they keep; the other kinds their
 * role can get are turned off. Kinds of their other roles (in other councils) are left as they are.
 * Preferences belong to the person, so they apply in every council they belong to.
 */
export async function saveEmailPreferences(actor: Actor, on: readonly EmailKind[]) {
  const kinds = emailKindsFor(actor.role);
  const keep = new Set(on);
  const off = kinds.filter((k) => !keep.has(k));
  await prisma.$transaction(async (tx) => {
    await tx.emailOptOut.deleteMany({
      where: { userId: actor.userId, kind: { in: kinds.filter((k) => keep.has(k)) } },
    });
    await tx.emailOptOut.createMany({
      data: off.map((kind) => ({ userId: actor.userId, kind })),
      skipDuplicates: true,
    });
    await recordAudit(tx, actor, {
      action: "user:email-preferences",
      entityType: "User",
      entityId: actor.userId,
      summary: off.length
        ? `Chose e-mails: turned off ${off.join(", ")}`
        : "Chose e-mails: all optional e-mails on",
    });
  });
}
