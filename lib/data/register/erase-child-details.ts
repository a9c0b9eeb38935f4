import type { Tx } from "../../db";

/**
 * Erases a child's personal details, keeping only the record's existence (for the audit trail)
 * and its council. Needs and the household link to contact details go too.
 */
export async function eraseChildDetails(tx: Tx, childId: string, now: Date) {
  await tx.childNeed.deleteMany({ where: { childId } });
  await tx.child.update({
    where: { id: childId },
    data: {
      status: "ERASED",
      erasedAt: now,
      eraseAfter: null,
      firstName: null,
      lastName: null,
      dateOfBirth: null,
      postcode: null,
      school: null,
      communicationNeeds: null,
      currentShortBreaks: null,
      parentName: null,
      parentEmail: null,
      parentPhone: null,
      contactPreference: null,
    },
  });
}
