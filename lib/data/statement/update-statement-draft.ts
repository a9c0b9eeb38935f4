import type { Actor } from "../../auth/actor";
import { councilServiceTypeOptions } from "../service-types/council-service-type-options";
import { prisma, type Prisma } from "../../db";
import type { StatementText } from "../../domain/statement/compose-statement";
import { AppError } from "../../errors";
import type { StatementTextForm } from "../../schemas/statement";
import { recordAudit } from "../audit/record-audit";

/**
 * Saves the council's statement text as its draft, with an answer for every type of service (one per council). Nothing public changes until
 * the draft is published. Two commissioners saving at once: the later save wins, whole.
 */
export async function updateStatementDraft(actor: Actor, form: StatementTextForm): Promise<void> {
  // The types the council offers now, under its labels (decision 0038).
  const serviceTypes = await councilServiceTypeOptions(actor.councilId, "choose");
  const missing = serviceTypes.filter((t) => !form.access.has(t.code));
  if (missing.length)
    throw new AppError(
      "INVALID",
      "Choose how families get each type of short break.",
      Object.fromEntries(
        missing.map((t) => [`access-${t.code}`, `Choose how families get ${t.name.toLowerCase()}`]),
      ),
    );
  const text: StatementText = {
    introduction: form.introduction,
    howToGet: form.howToGet,
    reviewDate: form.reviewDate,
    // Only the council's types in use are kept: a code sent for no such type is dropped.
    types: serviceTypes.map((t) => ({
      code: t.code,
      eligibility: form.eligibility.get(t.code) ?? "",
      access: form.access.get(t.code)!,
    })),
  };
  const data = {
    introduction: text.introduction,
    howToGet: text.howToGet,
    reviewDate: text.reviewDate,
    types: text.types as unknown as Prisma.InputJsonValue,
    updatedById: actor.userId,
  };
  await prisma.$transaction(async (tx) => {
    const draft = await tx.shortBreaksStatementDraft.upsert({
      where: { councilId: actor.councilId },
      create: { councilId: actor.councilId, ...data },
      update: data,
      select: { id: true },
    });
    await recordAudit(tx, actor, {
      action: "statement:update-draft",
      entityType: "ShortBreaksStatementDraft",
      entityId: draft.id,
      summary: "Changed the draft of the short breaks services statement",
    });
  });
}
