/**
 * Young commissioners' priorities: one open round ranking five types of need, closing in three
 * weeks, ranked by the two young commissioners who may take part (17, and 15 with consent); the
 * third (14, no consent) has not, as the portal refuses him.
 */
import { user, type CouncilRun } from "./context";
import { addDays } from "./dates";
import { newId } from "./random";

const RANKED = ["AUTISM", "LEARNING", "PHYSICAL", "SENSORY", "SEMH"] as const;

export async function seedPriorities(run: CouncilRun): Promise<void> {
  const { tx, councilId, today, needTypes } = run;
  const names = await tx.needType.findMany({
    where: { councilId, id: { in: RANKED.map((code) => needTypes[code]) } },
    select: { id: true, name: true },
  });
  const nameOf = new Map(names.map((n) => [n.id, n.name]));
  const roundId = newId();
  const itemIds = RANKED.map(() => newId());
  await tx.priorityRound.create({
    data: {
      id: roundId,
      councilId,
      title: "Short breaks from next April",
      closesOn: addDays(today, 21),
      createdById: user(run, "commissioner").userId,
      items: {
        create: RANKED.map((code, position) => ({
          id: itemIds[position],
          councilId,
          needTypeId: needTypes[code],
          name: nameOf.get(needTypes[code]) ?? code,
          position,
        })),
      },
    },
  });
  // Orders as positions in RANKED, most important first.
  const rankings: [local: string, order: number[]][] = [
    ["young-commissioner", [0, 4, 1, 2, 3]],
    ["young-commissioner2", [4, 0, 3, 1, 2]],
  ];
  await tx.priorityRanking.createMany({
    data: rankings.map(([local, order]) => ({
      councilId,
      roundId,
      membershipId: user(run, local).membershipId,
      itemOrder: order.map((i) => itemIds[i]),
    })),
  });
}
