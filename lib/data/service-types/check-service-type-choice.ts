import type { Prisma, Tx } from "../../db";
import { AppError } from "../../errors";

/**
 * Checks, inside the writing transaction, that a record may have this service type in this council:
 * one the council uses and has not retired, or the one the record being changed already has
 * (`keep`: where the type is still on that record). Otherwise a field error on `field` that says
 * which (decision 0038). Returns the national type's id.
 */
export async function checkServiceTypeChoice(
  tx: Tx,
  councilId: string,
  choice: { id: string } | { code: string },
  field: string,
  keep?: Prisma.ServiceTypeWhereInput,
): Promise<string> {
  const row = await tx.councilServiceType.findFirst({
    where: { councilId, serviceType: choice },
    select: { serviceTypeId: true, label: true, retiredAt: true },
  });
  if (!row)
    throw new AppError("INVALID", "That service type is not one this council uses.", {
      [field]: "Choose a service type from the list",
    });
  if (row.retiredAt) {
    const kept = keep && (await tx.serviceType.count({ where: { AND: [{ id: row.serviceTypeId }, keep] } }));
    if (!kept)
      throw new AppError("INVALID", `${row.label} is no longer used by this council.`, {
        [field]: `${row.label} is no longer offered by this council: choose another service type`,
      });
  }
  return row.serviceTypeId;
}
