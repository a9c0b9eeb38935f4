import { prisma, type Tx } from "../../db";

export interface ServiceTypeOption {
  /** The national service type's id (what records store). */
  id: string;
  /** The national code (what open data, the directory's address and imports use). */
  code: string;
  /** The council's label. */
  name: string;
  retired: boolean;
}

/**
 * The service types a council uses, in its order with its labels (decision 0038).
 * `"choose"`: what a new record may pick — the types in use, plus `keep` (the type the record being
 * changed already has, even if since retired). `"filter"`: every type the council has used, retired
 * ones too, since old records still have them and lists are filtered by them.
 */
export async function councilServiceTypeOptions(
  councilId: string,
  purpose: "choose" | "filter",
  keep?: string | null,
  db: Tx = prisma,
): Promise<ServiceTypeOption[]> {
  const rows = await db.councilServiceType.findMany({
    where: {
      AND: [
        { councilId },
        purpose === "choose" ? { OR: [{ retiredAt: null }, ...(keep ? [{ serviceTypeId: keep }] : [])] } : {},
      ],
    },
    orderBy: [{ position: "asc" }, { label: "asc" }],
    select: { label: true, retiredAt: true, serviceType: { select: { id: true, code: true } } },
  });
  return rows.map((r) => ({
    id: r.serviceType.id,
    code: r.serviceType.code,
    name: r.label,
    retired: r.retiredAt !== null,
  }));
}
