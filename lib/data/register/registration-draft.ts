import type { Actor } from "../../auth/actor";
import { prisma, type Prisma } from "../../db";
import { NotFoundError } from "../../errors";
import type { RegistrationDraftData } from "../../schemas/register";

export type DraftData = Partial<RegistrationDraftData>;

function familyOf(actor: Actor): string {
  if (!actor.familyId) throw new NotFoundError("Your family record");
  return actor.familyId;
}

/** The actor's registration in progress (empty when there is none). */
export async function getRegistrationDraft(actor: Actor): Promise<DraftData> {
  const draft = await prisma.registrationDraft.findUnique({
    where: { familyId_userId: { familyId: familyOf(actor), userId: actor.userId } },
    select: { data: true, councilId: true },
  });
  return draft && draft.councilId === actor.councilId ? (draft.data as DraftData) : {};
}

/** Merges one step's answers into the draft. */
export async function saveRegistrationDraft(actor: Actor, patch: DraftData): Promise<DraftData> {
  const familyId = familyOf(actor);
  const current = await getRegistrationDraft(actor);
  const data = { ...current, ...patch } as Prisma.InputJsonObject;
  await prisma.registrationDraft.upsert({
    where: { familyId_userId: { familyId, userId: actor.userId } },
    create: { councilId: actor.councilId, familyId, userId: actor.userId, data },
    update: { data },
  });
  return data as DraftData;
}
