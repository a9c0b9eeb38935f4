import type { Actor } from "../../auth/actor";
import { prisma, type Prisma } from "../../db";
import type { RasDefinition } from "../../domain/ras/ras-definition";
import { readRasDefinition } from "../../schemas/ras";
import { EMPTY_RAS } from "./get-ras-admin";
import { recordAudit } from "../audit/record-audit";

/**
 * Changes the council's RAS draft: `change` gets the draft as it is now (read under a row lock, so
 * two administrators' edits apply one after the other) and returns the new one. The first edit
 * creates the draft from the latest published version.
 */
export async function updateRasDraft(
  actor: Actor,
  change: (draft: { name: string; definition: RasDefinition }) => { name: string; definition: RasDefinition },
) {
  await prisma.$transaction(async (tx) => {
    let draft = await tx.rasDraft.findUnique({ where: { councilId: actor.councilId } });
    if (!draft) {
      const latest = await tx.rasConfiguration.findFirst({
        where: { councilId: actor.councilId },
        orderBy: { version: "desc" },
      });
      // Two first edits at once: the second insert does nothing and both then lock the one row.
      await tx.rasDraft.createMany({
        data: {
          councilId: actor.councilId,
          name: latest?.name ?? `${actor.councilName} Resource Allocation System`,
          definition: (latest?.definition ?? EMPTY_RAS) as Prisma.InputJsonValue,
          updatedById: actor.userId,
        },
        skipDuplicates: true,
      });
    }
    await tx.$queryRaw`SELECT id FROM "RasDraft" WHERE "councilId" = ${actor.councilId} FOR UPDATE`;
    draft = await tx.rasDraft.findUniqueOrThrow({ where: { councilId: actor.councilId } });
    const next = change({ name: draft.name, definition: readRasDefinition(draft.definition) });
    await tx.rasDraft.update({
      where: { id: draft.id },
      data: {
        name: next.name,
        definition: next.definition as unknown as Prisma.InputJsonValue,
        updatedById: actor.userId,
      },
    });
    await recordAudit(tx, actor, {
      action: "ras:update-draft",
      entityType: "RasDraft",
      entityId: draft.id,
      summary: "Changed the draft of the resource allocation system",
    });
  });
}
