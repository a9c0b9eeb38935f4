import type { Tx } from "../../db";

/** What the four-eyes rule needs to know about the council, read inside the approval's transaction. */
export async function councilFourEyesFacts(tx: Tx, councilId: string) {
  const [council, activeCommissioners] = await Promise.all([
    tx.council.findUniqueOrThrow({ where: { id: councilId }, select: { specificationFourEyes: true } }),
    tx.membership.count({ where: { councilId, role: "COMMISSIONER", disabledAt: null } }),
  ]);
  return { councilRequiresIt: council.specificationFourEyes, activeCommissioners };
}
