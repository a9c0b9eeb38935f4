import type { Actor } from "../../auth/actor";
import { prisma, type Prisma } from "../../db";
import { AppError } from "../../errors";
import { checkRasConfiguration } from "../../domain/ras/check-ras-configuration";
import { readRasDefinition } from "../../schemas/ras";
import { recordAudit } from "../audit/record-audit";

/**
 * Publishes the council's RAS draft as the next numbered version. Versions are never changed
 * afterwards: assessments keep the version they were made under, and new ones use the newest.
 * A draft with problems, or none at all, publishes nothing.
 */
export async function publishRasDraft(actor: Actor): Promise<{ version: number }> {
  return prisma.$transaction(async (tx) => {
    const locked = await tx.$queryRaw<{ id: string }[]>`
      SELECT id FROM "RasDraft" WHERE "councilId" = ${actor.councilId} FOR UPDATE`;
    if (locked.length === 0)
      throw new AppError("INVALID", "There is no draft to publish: change the draft first.");
    const draft = await tx.rasDraft.findUniqueOrThrow({ where: { id: locked[0].id } });
    const definition = readRasDefinition(draft.definition);
    const problems = checkRasConfiguration(definition);
    if (problems.length)
      throw new AppError(
        "INVALID",
        `The draft has ${problems.length === 1 ? "a problem" : `${problems.length} problems`} to fix before it can be published: ${problems[0].message}.`,
      );
    // The draft's row lock makes publishes in one council take turns, so the numbers never clash.
    const last = await tx.rasConfiguration.findFirst({
      where: { councilId: actor.councilId },
      orderBy: { version: "desc" },
      select: { version: true },
    });
    const version = (last?.version ?? 0) + 1;
    const created = await tx.rasConfiguration.create({
      data: {
        councilId: actor.councilId,
        version,
        name: draft.name,
        definition: definition as unknown as Prisma.InputJsonValue,
        publishedById: actor.userId,
      },
    });
    await recordAudit(tx, actor, {
      action: "ras:publish",
      entityType: "RasConfiguration",
      entityId: created.id,
      summary: `Published version ${version} of the resource allocation system`,
      metadata: {
        version,
        domains: definition.domains.length,
        rule: definition.rule.kind,
        floor: definition.floor,
        ceiling: definition.ceiling,
      },
    });
    return { version };
  });
}
