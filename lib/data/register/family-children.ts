import type { Actor } from "../../auth/actor";
import { prisma, type Prisma } from "../../db";
import { NotFoundError } from "../../errors";
import { familyChildScope } from "../scopes";

export function listFamilyChildren(actor: Actor) {
  return prisma.child.findMany({
    where: familyChildScope(actor),
    orderBy: [{ registeredAt: "asc" }, { id: "asc" }],
    select: {
      id: true,
      firstName: true,
      lastName: true,
      dateOfBirth: true,
      status: true,
      registeredAt: true,
      withdrawnAt: true,
      eraseAfter: true,
      district: { select: { name: true } },
    },
  });
}

/** Every field of a register record shown to the family or to council staff. */
export const childRecordSelect = {
  id: true,
  editVersion: true,
  firstName: true,
  lastName: true,
  dateOfBirth: true,
  postcode: true,
  districtId: true,
  district: { select: { name: true } },
  school: true,
  currentShortBreaks: true,
  communicationNeeds: true,
  parentName: true,
  parentEmail: true,
  parentPhone: true,
  contactPreference: true,
  status: true,
  registeredAt: true,
  withdrawnAt: true,
  eraseAfter: true,
  needs: { select: { needType: { select: { id: true, name: true } } } },
  consents: {
    orderBy: { agreedAt: "desc" },
    select: { agreedAt: true, withdrawnAt: true, statement: { select: { version: true, text: true } } },
  },
} satisfies Prisma.ChildSelect;

/** One of the actor's own children, or NotFound (another family's id looks the same as a missing one). */
export async function getFamilyChild(actor: Actor, childId: string) {
  const child = await prisma.child.findFirst({
    where: { id: childId, ...familyChildScope(actor) },
    select: childRecordSelect,
  });
  if (!child) throw new NotFoundError("The child's record");
  return child;
}

export type FamilyChild = Awaited<ReturnType<typeof getFamilyChild>>;
