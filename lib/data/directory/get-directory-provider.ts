import { prisma } from "../../db";
import { labelled, serviceTypeOf } from "../service-types/labelled-service-type";
import { publishedListingScope } from "./directory-predicates";

/**
 * A provider's public page in a council's directory: its contact details, its standing with the
 * council (approved provider or not) and its published listings there. Null when there is no such
 * council, or the organisation has no published listing in it (so ids cannot be probed).
 */
export async function getDirectoryProvider(slug: string, organisationId: string) {
  const council = await prisma.council.findUnique({
    where: { slug },
    select: { id: true, name: true, slug: true },
  });
  if (!council) return null;
  const organisation = await prisma.organisation.findFirst({
    where: { id: organisationId, services: { some: publishedListingScope(council.id) } },
    select: {
      id: true,
      name: true,
      charityNumber: true,
      companyNumber: true,
      isVcs: true,
      website: true,
      email: true,
      phone: true,
      councils: { where: { councilId: council.id }, select: { status: true, approvedAt: true } },
      services: {
        where: publishedListingScope(council.id),
        orderBy: [{ name: "asc" }, { id: "asc" }],
        select: {
          id: true,
          name: true,
          ageMin: true,
          ageMax: true,
          isFree: true,
          lastReviewedAt: true,
          createdAt: true,
          serviceType: serviceTypeOf(council.id),
        },
      },
    },
  });
  if (!organisation) return null;
  const { councils, services, ...details } = organisation;
  return {
    council,
    organisation: details,
    standing: councils[0] ?? null,
    services: services.map((s) => ({ ...s, serviceType: labelled(s.serviceType) })),
  };
}
