import { prisma } from "../../db";
import { readStatementContent } from "../../schemas/statement";

/**
 * A council's published statement for everyone: the version asked for (or the newest), exactly
 * as it was published, and the list of versions with their changelog lines. Drafts never appear.
 * Null when the council does not exist, or has no such version.
 */
export async function getPublicStatement(slug: string, version?: number) {
  const council = await prisma.council.findUnique({
    where: { slug },
    select: { id: true, name: true, slug: true },
  });
  if (!council) return null;
  const [row, versions] = await Promise.all([
    prisma.shortBreaksStatement.findFirst({
      where: { councilId: council.id, ...(version === undefined ? {} : { version }) },
      orderBy: { version: "desc" },
      select: { version: true, content: true, changelog: true, publishedAt: true },
    }),
    prisma.shortBreaksStatement.findMany({
      where: { councilId: council.id },
      orderBy: { version: "desc" },
      select: { version: true, changelog: true, publishedAt: true },
    }),
  ]);
  if (!row && version !== undefined) return null;
  return {
    council: { name: council.name, slug: council.slug },
    statement: row
      ? {
          version: row.version,
          changelog: row.changelog,
          publishedAt: row.publishedAt,
          isLatest: row.version === versions[0]?.version,
          content: readStatementContent(row.content),
        }
      : null,
    versions,
  };
}
