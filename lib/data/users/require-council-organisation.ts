import type { Tx } from "../../db";
import { AppError } from "../../errors";

const CHOOSE = "Choose the provider organisation";

/** Provider staff may only belong to an organisation that works with the actor's council. */
export async function requireCouncilOrganisation(
  tx: Tx,
  councilId: string,
  organisationId: string | undefined,
) {
  const link = organisationId
    ? await tx.organisationCouncil.findFirst({
        where: { councilId, organisationId },
        select: { organisationId: true },
      })
    : null;
  if (!link) throw new AppError("INVALID", CHOOSE, { organisationId: CHOOSE });
  return link.organisationId;
}
