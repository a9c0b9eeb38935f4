import "server-only";
import { prisma } from "../../db";
import { NotFoundError } from "../../errors";

/**
 * The newest approved version of a specification in the council, with its outputs in order: what a
 * tender is created from. Approved versions never change, so a tender can keep referring to it.
 * Not found when the specification is another council's or has no approved version.
 */
export async function latestApprovedVersion(councilId: string, specificationId: string) {
  const version = await prisma.specificationVersion.findFirst({
    where: { councilId, specificationId, approvedAt: { not: null }, specification: { councilId } },
    orderBy: { version: "desc" },
    include: {
      outputs: { orderBy: { position: "asc" } },
      districts: { select: { id: true, name: true }, orderBy: { name: "asc" } },
      specification: { select: { id: true, reference: true, serviceTypeId: true } },
    },
  });
  if (!version) throw new NotFoundError("An approved version of the specification");
  return version;
}
