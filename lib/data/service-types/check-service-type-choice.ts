import type { Prisma, Tx } from "../../db";
import { AppError } from "../../errors";

type Choice = { id: string } | { code: string };

/**
 * Whether a record may have this service type in this council, checked inside the writing
 * transaction: one the council uses and has not retired, or the one the record being changed
 * already has (`keep`: where the type is on that record, e.g. `{ services: { some: { id } } }`).
 * Otherwise a message for the form field that says which (decision 0038).
 */
export async function serviceTypeChoice(
  tx: Tx,
  councilId: string,
  choice: Choice,
  keep?: Prisma.ServiceTypeWhereInput,
  /** What the form calls it: "service type", "type of break". */
  noun = "service type",
): Promise<{ ok: true; id: string; label: string } | { ok: false; message: string }> {
  const row = await tx.councilServiceType.findFirst({
    where: { councilId, serviceType: choice },
    select: { serviceTypeId: true, label: true, retiredAt: true },
  });
  if (!row) return { ok: false, message: `Choose a ${noun} from the list` };
  if (row.retiredAt) {
    const kept = keep && (await tx.serviceType.count({ where: { AND: [{ id: row.serviceTypeId }, keep] } }));
    if (!kept)
      return {
        ok: false,
        message: `${row.label} is no longer offered by this council: choose another ${noun}`,
      };
  }
  return { ok: true, id: row.serviceTypeId, label: row.label };
}

/** `serviceTypeChoice`, refusing with a field error on `field`; returns the national type's id. */
export async function checkServiceTypeChoice(
  tx: Tx,
  councilId: string,
  choice: Choice,
  field: string,
  keep?: Prisma.ServiceTypeWhereInput,
): Promise<{ id: string; label: string }> {
  const result = await serviceTypeChoice(tx, councilId, choice, keep);
  if (!result.ok) throw new AppError("INVALID", result.message, { [field]: result.message });
  return result;
}
