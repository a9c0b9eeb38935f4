import type { Actor } from "../../auth/actor";
import { prisma } from "../../db";
import { checkRasConfiguration } from "../../domain/ras/check-ras-configuration";
import type { RasDefinition } from "../../domain/ras/ras-definition";
import { readRasDefinition } from "../../schemas/ras";

/** What a new council's first draft starts from: one empty domain and a per-point rule. */
export const EMPTY_RAS: RasDefinition = {
  domains: [],
  rule: { kind: "PER_POINT", poundsPerPoint: "10.00" },
  floor: "0.00",
  ceiling: "10000.00",
};

/**
 * The council's RAS draft (or, before anyone edited one, a copy of the latest version) with its
 * problems, and every published version, newest first.
 */
export async function getRasAdmin(actor: Actor) {
  const [draft, versions] = await Promise.all([
    prisma.rasDraft.findUnique({ where: { councilId: actor.councilId } }),
    prisma.rasConfiguration.findMany({
      where: { councilId: actor.councilId },
      orderBy: { version: "desc" },
      select: { id: true, version: true, name: true, publishedAt: true, definition: true },
    }),
  ]);
  const latest = versions[0];
  const definition = draft
    ? readRasDefinition(draft.definition)
    : latest
      ? readRasDefinition(latest.definition)
      : EMPTY_RAS;
  return {
    draft: {
      name: draft?.name ?? latest?.name ?? `${actor.councilName} Resource Allocation System`,
      definition,
      updatedAt: draft?.updatedAt ?? null,
      problems: checkRasConfiguration(definition),
    },
    versions: versions.map(({ definition: _d, ...v }) => v),
  };
}
