import { prisma } from "../../db";
import { openForBidsTenderWhere } from "../tenders/publicly-visible";
import { publishedListingScope } from "../directory/directory-predicates";

/**
 * A council's public home page: its name, and what is live behind each link (tenders open for bids,
 * published "You said, we did" actions, published directory listings), counted with the same rules as the pages they link to.
 * Public information only. Null when no council has this slug.
 */
export async function getCouncilHome(slug: string, now = new Date()) {
  const council = await prisma.council.findUnique({
    where: { slug },
    select: { id: true, name: true, slug: true },
  });
  if (!council) return null;
  const [openTenders, youSaidWeDid, listings] = await Promise.all([
    prisma.tender.count({ where: { AND: [{ councilId: council.id }, openForBidsTenderWhere(now)] } }),
    prisma.youSaidWeDid.count({ where: { councilId: council.id, publishedAt: { not: null } } }),
    prisma.service.count({ where: publishedListingScope(council.id) }),
  ]);
  return { name: council.name, slug: council.slug, openTenders, youSaidWeDid, listings };
}
