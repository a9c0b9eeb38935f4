import type { Actor } from "../../auth/actor";
import type { Role, Tx } from "../../db";
import { ROLE_LABEL } from "../../auth/roles";
import { acrossCouncils } from "../../db-scope";

/**
 * Tells a person who already had an account that a council added them: in every council they act
 * for, so they see it where they are now, and in the new one. No link is made: they keep their password.
 */
export async function notifyAddedToCouncil(tx: Tx, actor: Actor, userId: string, role: Role) {
  // Across councils on purpose: a notification in every council the person acts for (decision 0045).
  await acrossCouncils(tx, async (tx) => {
    const memberships = await tx.membership.findMany({
      where: { userId, disabledAt: null },
      select: { id: true, councilId: true },
    });
    await tx.notification.createMany({
      data: memberships.map((m) => ({
        councilId: m.councilId,
        membershipId: m.id,
        title: `${actor.councilName} added you`,
        body:
          `${actor.councilName} added you as ${ROLE_LABEL[role]}. Sign in with your own password as before, ` +
          `then use "Switch" at the top of the page to choose who you are acting for. ` +
          `If you did not expect this, tell ${actor.councilName}.`,
        href: "/choose-council",
      })),
    });
  });
}
