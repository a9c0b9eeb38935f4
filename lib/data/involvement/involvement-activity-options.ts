import type { Actor } from "../../auth/actor";
import { prisma, type Tx } from "../../db";
import { AGE_BANDS } from "../../domain/age-band";
import type { InvolvementDimensionName } from "../../domain/involvement/rarely-involved-report";

export interface CountOption {
  dimension: InvolvementDimensionName;
  key: string;
  label: string;
  retired: boolean;
}

/**
 * The groups an activity's counts can be by: the age bands, the council's types of need and its
 * groups that rarely get involved. Retired ones are offered only where the activity already counts
 * them (so an edit keeps its old counts); new counts name only ones in use.
 */
export async function countOptions(
  db: Tx,
  councilId: string,
  keep: readonly { dimension: string; key: string }[] = [],
): Promise<CountOption[]> {
  const kept = (dimension: InvolvementDimensionName) =>
    keep.filter((k) => k.dimension === dimension).map((k) => k.key);
  const order = [{ position: "asc" as const }, { name: "asc" as const }];
  const [needs, groups] = await Promise.all([
    db.needType.findMany({
      where: { councilId, OR: [{ retiredAt: null }, { id: { in: kept("NEED_TYPE") } }] },
      orderBy: order,
      select: { id: true, name: true, retiredAt: true },
    }),
    db.involvementGroup.findMany({
      where: { councilId, OR: [{ retiredAt: null }, { id: { in: kept("GROUP") } }] },
      orderBy: order,
      select: { id: true, name: true, retiredAt: true },
    }),
  ]);
  return [
    ...AGE_BANDS.map((b) => ({
      dimension: "AGE_BAND" as const,
      key: b.band,
      label: `Aged ${b.label}`,
      retired: false,
    })),
    ...needs.map((n) => ({
      dimension: "NEED_TYPE" as const,
      key: n.id,
      label: n.name,
      retired: !!n.retiredAt,
    })),
    ...groups.map((g) => ({ dimension: "GROUP" as const, key: g.id, label: g.name, retired: !!g.retiredAt })),
  ];
}

/** What the new and edit forms offer: the count boxes and the council's plans to link to. */
export async function involvementActivityFormOptions(
  actor: Actor,
  keep: readonly { dimension: string; key: string }[] = [],
) {
  const [options, plans] = await Promise.all([
    countOptions(prisma, actor.councilId, keep),
    prisma.involvementPlan.findMany({
      where: { councilId: actor.councilId },
      orderBy: { periodStart: "desc" },
      select: { id: true, title: true, periodStart: true, periodEnd: true },
    }),
  ]);
  return { options, plans };
}
