import type { Actor } from "../../auth/actor";
import { prisma } from "../../db";
import { AppError, NotFoundError } from "../../errors";
import { PROVIDER_STATUS_LABEL } from "../../schemas/organisation";
import { recordAudit } from "../audit/record-audit";
import { requestOutboxSend } from "../mail/send-outbox";
import { notifyProviderApplication } from "./notify-provider-application";
import { acrossCouncils } from "../../db-scope";

function ownOrganisation(actor: Actor): string {
  if (!actor.organisationId) throw new NotFoundError("Your organisation");
  return actor.organisationId;
}

/**
 * Every council on the portal, with the actor's organisation's standing in each (none where it
 * does not work with the council yet). Council names are public; other organisations' standing is
 * never read.
 */
export async function listOrganisationCouncils(actor: Actor) {
  const organisationId = ownOrganisation(actor);
  const [councils, links] = await Promise.all([
    prisma.council.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true, slug: true } }),
    // Across councils on purpose: the organisation's own standing with each (decision 0045).
    acrossCouncils(prisma, (db) =>
      db.organisationCouncil.findMany({
        where: { organisationId },
        select: { councilId: true, status: true, statusReason: true, statusChangedAt: true, createdAt: true },
      }),
    ),
  ]);
  const byCouncil = new Map(links.map((l) => [l.councilId, l]));
  return councils.map((c) => ({ ...c, standing: byCouncil.get(c.id) ?? null }));
}

/**
 * The actor's organisation asks to work with a council (status APPLIED); that council approves or
 * refuses it with the existing status functions. An organisation the council removed (or refused)
 * may apply again; one applied, approved or suspended may not. Audited in the council applied to,
 * whose administrators and commissioners are told (in the portal, and by e-mail unless turned off).
 */
export async function applyToCouncil(actor: Actor, councilId: string, now = new Date()) {
  const organisationId = ownOrganisation(actor);
  // Across councils on purpose: the application, its audit and notifications are the other council's (0045).
  const applied = await acrossCouncils(prisma, () =>
    prisma.$transaction(async (tx) => {
      const council = await tx.council.findUnique({
        where: { id: councilId },
        select: { id: true, name: true },
      });
      if (!council) throw new NotFoundError("The council");
      const organisation = await tx.organisation.findUniqueOrThrow({
        where: { id: organisationId },
        select: { name: true },
      });
      // The pair's row, locked when it exists: the council deciding meanwhile waits, or is seen.
      await tx.$queryRaw`SELECT id FROM "OrganisationCouncil" WHERE "organisationId" = ${organisationId} AND "councilId" = ${councilId} FOR UPDATE`;
      const link = await tx.organisationCouncil.findUnique({
        where: { organisationId_councilId: { organisationId, councilId } },
        select: { id: true, status: true },
      });
      if (link && link.status !== "REMOVED")
        throw new AppError(
          "CONFLICT",
          `${organisation.name} is already ${PROVIDER_STATUS_LABEL[link.status].toLowerCase()} with ${council.name}.`,
        );
      const data = { status: "APPLIED" as const, statusReason: null, statusChangedAt: now };
      const saved = link
        ? await tx.organisationCouncil.update({ where: { id: link.id }, data, select: { id: true } })
        : await tx.organisationCouncil
            .create({ data: { organisationId, councilId, ...data }, select: { id: true } })
            .catch((e: unknown) => {
              // Two applications at once: the unique pair lets one through.
              if ((e as { code?: string }).code === "P2002")
                throw new AppError(
                  "CONFLICT",
                  `${organisation.name} has already applied to ${council.name}.`,
                );
              throw e;
            });
      await recordAudit(
        tx,
        actor,
        {
          action: "provider:apply",
          entityType: "OrganisationCouncil",
          entityId: saved.id,
          summary: `${organisation.name} applied to work with ${council.name}`,
        },
        councilId,
      );
      await notifyProviderApplication(tx, council, { linkId: saved.id, organisationName: organisation.name });
      return { id: saved.id, councilName: council.name };
    }),
  );
  await requestOutboxSend();
  return applied;
}
