import "server-only";
import type { Actor } from "../../auth/actor";
import { prisma } from "../../db";
import { NotFoundError } from "../../errors";
import { checkFourEyes } from "../../domain/specifications/four-eyes";
import { councilFourEyesFacts } from "./four-eyes-facts";
import { labelled, serviceTypeOf } from "../service-types/labelled-service-type";

const versionInclude = {
  districts: { select: { id: true, name: true }, orderBy: { name: "asc" } },
  outputs: { orderBy: { position: "asc" } },
} as const;

/**
 * One specification of the actor's council: its current version in full, and every version's
 * history line (who made and approved it, when). Another council's → not found.
 */
export async function getSpecification(actor: Actor, id: string) {
  const spec = await prisma.specification.findFirst({
    where: { id, councilId: actor.councilId },
    include: {
      serviceType: serviceTypeOf(actor.councilId),
      versions: {
        orderBy: { version: "desc" },
        select: {
          id: true,
          version: true,
          title: true,
          createdAt: true,
          createdById: true,
          approvedAt: true,
          approvedById: true,
        },
      },
    },
  });
  if (!spec) throw new NotFoundError("The specification");
  const current = await prisma.specificationVersion.findUniqueOrThrow({
    where: { specificationId_version: { specificationId: id, version: spec.currentVersion } },
    include: versionInclude,
  });
  const userIds = [
    ...new Set(
      [spec.createdById, ...spec.versions.flatMap((v) => [v.createdById, v.approvedById])].filter(
        (u): u is string => !!u,
      ),
    ),
  ];
  const people = await prisma.user.findMany({
    where: { id: { in: userIds } },
    select: { id: true, name: true },
  });
  const nameOf = new Map(people.map((p) => [p.id, p.name]));
  const [needTypes, fourEyes] = await Promise.all([
    prisma.needType.findMany({
      where: { councilId: actor.councilId, code: { in: current.needTypeCodes } },
      select: { code: true, name: true },
    }),
    councilFourEyesFacts(prisma, actor.councilId),
  ]);
  return {
    ...spec,
    serviceType: labelled(spec.serviceType),
    current,
    /** Whether this actor may approve the current version under the four-eyes rule. */
    approvalByActor: checkFourEyes({ ...fourEyes, authorIds: current.authorIds, approverId: actor.userId }),
    needTypeNames: current.needTypeCodes.map((c) => needTypes.find((n) => n.code === c)?.name ?? c),
    versions: spec.versions.map((v) => ({
      ...v,
      createdBy: nameOf.get(v.createdById) ?? "Unknown",
      approvedBy: v.approvedById ? (nameOf.get(v.approvedById) ?? "Unknown") : null,
    })),
  };
}

/** Two versions of one specification of the actor's council, for side-by-side comparison. */
export async function getSpecificationVersions(actor: Actor, id: string, from: number, to: number) {
  const spec = await prisma.specification.findFirst({
    where: { id, councilId: actor.councilId },
    select: { id: true, reference: true, currentVersion: true, serviceType: serviceTypeOf(actor.councilId) },
  });
  if (!spec) throw new NotFoundError("The specification");
  const versions = await prisma.specificationVersion.findMany({
    where: { specificationId: id, councilId: actor.councilId, version: { in: [from, to] } },
    include: versionInclude,
  });
  const needTypes = await prisma.needType.findMany({
    where: { councilId: actor.councilId },
    select: { code: true, name: true },
  });
  return {
    spec: { ...spec, serviceType: labelled(spec.serviceType) },
    from: versions.find((v) => v.version === from) ?? null,
    to: versions.find((v) => v.version === to) ?? null,
    needTypeName: (code: string) => needTypes.find((n) => n.code === code)?.name ?? code,
  };
}
export type SpecificationVersionDetail = NonNullable<
  Awaited<ReturnType<typeof getSpecificationVersions>>["from"]
>;
