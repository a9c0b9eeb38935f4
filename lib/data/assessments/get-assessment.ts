import type { Actor } from "../../auth/actor";
import { prisma } from "../../db";
import { NotFoundError } from "../../errors";
import { indicativeBudget, type IndicativeBudget } from "../../domain/ras/indicative-budget";
import { rasAnswersSchema, readRasDefinition, storedBreakdownSchema } from "../../schemas/ras";

/**
 * An assessment of the actor's council with the RAS version it was made under, its answers and
 * its indicative budget: the one worked out at submission once submitted, else worked out now.
 */
export async function getAssessment(actor: Actor, id: string) {
  const a = await prisma.assessment.findFirst({
    where: { AND: [{ councilId: actor.councilId }, { id }] },
    include: {
      child: { select: { id: true, firstName: true, lastName: true, dateOfBirth: true, status: true } },
      rasConfiguration: { select: { version: true, name: true, definition: true } },
    },
  });
  if (!a) throw new NotFoundError("The assessment");
  const definition = readRasDefinition(a.rasConfiguration.definition);
  const answers = rasAnswersSchema.parse(a.answers);
  const budget: IndicativeBudget = a.breakdown
    ? storedBreakdownSchema.parse(a.breakdown)
    : indicativeBudget(definition, answers);
  const people = await prisma.user.findMany({
    where: { id: { in: [a.socialWorkerUserId, a.decidedById].filter((x): x is string => !!x) } },
    select: { id: true, name: true },
  });
  const nameOf = (userId: string | null) => people.find((p) => p.id === userId)?.name ?? null;
  return {
    ...a,
    definition,
    answers,
    budget,
    authorName: nameOf(a.socialWorkerUserId),
    decidedByName: nameOf(a.decidedById),
  };
}

export type AssessmentView = Awaited<ReturnType<typeof getAssessment>>;
