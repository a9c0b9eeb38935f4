import type { Tx } from "../../db";
import { ERASED_AGE_OUT_NOTICE } from "../../domain/age-out-notice";

/**
 * Erases a child's personal details, keeping only the record's existence (for the audit trail)
 * and its council. Needs, and the name in notices sent about the child, go too. Only a child
 * who has left the register (withdrawn or aged out) is erased; returns false when the child was
 * not in that state any more (already erased by another run), so callers audit only real erasures.
 */
export async function eraseChildDetails(tx: Tx, childId: string, now: Date): Promise<boolean> {
  const { count } = await tx.child.updateMany({
    where: { id: childId, status: { in: ["WITHDRAWN", "AGED_OUT"] } },
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
  if (count === 0) return false;
  await tx.childNeed.deleteMany({ where: { childId } });
  await tx.notification.updateMany({ where: { childId }, data: ERASED_AGE_OUT_NOTICE });
  return true;
}
