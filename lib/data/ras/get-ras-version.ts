import type { Actor } from "../../auth/actor";
import { prisma } from "../../db";
import { NotFoundError } from "../../errors";
import { readRasDefinition } from "../../schemas/ras";

/** One published version of the council's RAS, read-only; another council's is not found. */
export async function getRasVersion(actor: Actor, version: number) {
  const v = await prisma.rasConfiguration.findFirst({
    where: { AND: [{ councilId: actor.councilId }, { version }] },
  });
  if (!v) throw new NotFoundError("That version of the resource allocation system");
  return { ...v, definition: readRasDefinition(v.definition) };
}

/** The version new assessments are made under: the latest published; null before the first. */
export async function getCurrentRasVersion(actor: Actor) {
  const v = await prisma.rasConfiguration.findFirst({
    where: { councilId: actor.councilId },
    orderBy: { version: "desc" },
  });
  return v && { ...v, definition: readRasDefinition(v.definition) };
}
