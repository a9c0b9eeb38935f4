import { prisma } from "../../db";
import { labelled, serviceTypeOf } from "../service-types/labelled-service-type";
import { publishedListingScope } from "./directory-predicates";

/**
 * One published listing of a council's directory, with its provider and that provider's standing
 * with the council. Null when there is no such council, or the listing is another council's, not
 * published, or missing (all look the same).
 */
export async function getDirectoryService(slug: string, id: string) {
  const council = await prisma.council.findUnique({
    where: { slug },
    select: { id: true, name: true, slug: true },
  });
  if (!council) return null;
  const service = await prisma.service.findFirst({
    where: { AND: [publishedListingScope(council.id), { id }] },
    select: {
      id: true,
      name: true,
      description: true,
      eligibility: true,
      ageMin: true,
      ageMax: true,
      venue: true,
      address: true,
      postcode: true,
      email: true,
      phone: true,
      url: true,
      costInfo: true,
      isFree: true,
      accessibilityFeatures: true,
      lastReviewedAt: true,
      createdAt: true,
      serviceType: serviceTypeOf(council.id),
      districts: { select: { code: true, name: true }, orderBy: { name: "asc" } },
      needTypes: { select: { code: true, name: true }, orderBy: { position: "asc" } },
      organisation: {
        select: {
          id: true,
          name: true,
          councils: { where: { councilId: council.id }, select: { status: true, approvedAt: true } },
        },
      },
    },
  });
  if (!service) return null;
  const { councils, ...organisation } = service.organisation;
  return {
    council,
    service: { ...service, organisation, serviceType: labelled(service.serviceType) },
    standing: councils[0] ?? null,
  };
}
