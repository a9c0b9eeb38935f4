import type { Tx } from "../../db";
import { AppError } from "../../errors";
import { consentStanding, participationRefusal } from "../../domain/involvement/consent";

/** A young commissioner may not join a review team or a panel yet: under 16 without consent, or age unknown. */
export class ParticipationRefusedError extends AppError {
  constructor(name: string, explanation: string, field: string) {
    super("NOT_ALLOWED", `${name} cannot take part yet. Nothing was saved.`, { [field]: explanation });
    this.name = "ParticipationRefusedError";
  }
}

/**
 * Inside the caller's transaction: refuses when any of these memberships is a young commissioner
 * who may not take part on `today` (lib/domain/involvement/consent.ts). Other roles pass.
 */
export async function checkMayTakePart(
  tx: Tx,
  councilId: string,
  membershipIds: string[],
  today: Date,
  field: string,
): Promise<void> {
  // Share locks on the people, so their consent cannot be cleared between this check and the commit.
  await tx.$queryRaw`SELECT id FROM "Membership" WHERE id = ANY(${membershipIds}) AND "councilId" = ${councilId} FOR SHARE`;
  const young = await tx.membership.findMany({
    where: { councilId, id: { in: membershipIds }, role: "YOUNG_COMMISSIONER" },
    select: {
      user: { select: { name: true } },
      youngCommissionerProfile: { select: { dateOfBirth: true, consentGivenOn: true } },
    },
    orderBy: { user: { name: "asc" } },
  });
  for (const m of young) {
    const refusal = participationRefusal(m.user.name, consentStanding(m.youngCommissionerProfile, today));
    if (refusal) throw new ParticipationRefusedError(m.user.name, refusal, field);
  }
}
