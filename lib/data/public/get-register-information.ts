import { prisma } from "../../db";

/** Public facts about a council's register: its consent wording, retention and statistics threshold. */
export function getRegisterInformation(slug: string) {
  return prisma.council.findUnique({
    where: { slug },
    select: {
      name: true,
      slug: true,
      retentionDays: true,
      statisticsThreshold: true,
      contactEmail: true,
      consentStatements: {
        orderBy: { version: "desc" },
        take: 1,
        select: { version: true, text: true, publishedAt: true },
      },
    },
  });
}
