import { prisma, type Prisma, type Tx } from "../../db";

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
 * `"choose"`: what a new record may pick — the types in use, plus the type the record being changed
 * already has (`keep`), even if since retired. `"filter"`: every type the council has used, retired
 * ones too, since old records still have them and lists are filtered by them.
 */
export async function councilServiceTypeOptions(
  councilId: string,
  purpose: "choose" | "filter",
  /** Where the record being changed has its type, e.g. `{ services: { some: { id } } }`. */
  keep?: Prisma.ServiceTypeWhereInput,
  db: Tx = prisma,
): Promise<ServiceTypeOption[]> {
  const rows = await db.councilServiceType.findMany({
    where: {
      AND: [
        { councilId },
        purpose === "choose" ? { OR: [{ retiredAt: null }, ...(keep ? [{ serviceType: keep }] : [])] } : {},
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
