import type { Tx } from "../../db";

/**
 * Gives a new council every national service type, in the national order and under the national
 * names, so it starts as every council did before councils had their own lists (decision 0038).
 */
export async function adoptEveryServiceType(tx: Tx, councilId: string) {
  const types = await tx.serviceType.findMany({
    orderBy: [{ position: "asc" }, { name: "asc" }],
    select: { id: true, name: true },
  });
  await tx.councilServiceType.createMany({
    data: types.map((t, i) => ({ councilId, serviceTypeId: t.id, label: t.name, position: i + 1 })),
    skipDuplicates: true,
  });
}
