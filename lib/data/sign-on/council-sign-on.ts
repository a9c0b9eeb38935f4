import type { Actor } from "../../auth/actor";
import { sealSecret } from "../../auth/secret-box";
import { prisma } from "../../db";
import { AppError } from "../../errors";
import { recordAudit } from "../audit/record-audit";

export interface CouncilSignOnInput {
  issuer: string;
  clientId: string;
  /** Empty keeps the secret already saved. */
  clientSecret: string;
  allowedDomains: string[];
  enabled: boolean;
}

/** The council's single sign-on settings for its administrators; the secret is never read back. */
export async function getCouncilSignOn(actor: Actor) {
  const row = await prisma.councilSignOn.findUnique({
    where: { councilId: actor.councilId },
    select: { issuer: true, clientId: true, allowedDomains: true, enabled: true, updatedAt: true },
  });
  return row;
}

export async function saveCouncilSignOn(actor: Actor, input: CouncilSignOnInput) {
  await prisma.$transaction(async (tx) => {
    const existing = await tx.councilSignOn.findUnique({
      where: { councilId: actor.councilId },
      select: { councilId: true },
    });
    if (!existing && !input.clientSecret)
      throw new AppError("INVALID", "Enter the client secret", { clientSecret: "Enter the client secret" });
    const data = {
      issuer: input.issuer,
      clientId: input.clientId,
      allowedDomains: input.allowedDomains,
      enabled: input.enabled,
      ...(input.clientSecret ? { clientSecret: sealSecret(input.clientSecret, "oidc-client-secret") } : {}),
    };
    if (existing) await tx.councilSignOn.update({ where: { councilId: actor.councilId }, data });
    else
      await tx.councilSignOn.create({
        data: {
          ...data,
          councilId: actor.councilId,
          clientSecret: sealSecret(input.clientSecret, "oidc-client-secret"),
        },
      });
    await recordAudit(tx, actor, {
      action: "council:update-sign-on",
      entityType: "Council",
      entityId: actor.councilId,
      summary: `Saved single sign-on settings (${input.enabled ? "on" : "off"}${input.clientSecret ? ", new client secret" : ""})`,
      metadata: { issuer: input.issuer, allowedDomains: input.allowedDomains, enabled: input.enabled },
    });
  });
}

/** Councils whose staff can sign in with their council account, for the sign-in page (public facts only). */
export async function listSignOnCouncils(): Promise<{ slug: string; name: string }[]> {
  const rows = await prisma.councilSignOn.findMany({
    where: { enabled: true },
    select: { council: { select: { slug: true, name: true } } },
    orderBy: { council: { name: "asc" } },
  });
  return rows.map((r) => r.council);
}
