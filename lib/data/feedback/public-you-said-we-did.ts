import { prisma } from "../../db";

/** The council and its published services, for the public Easy Read form. Public information only. */
export async function getHaveYourSay(slug: string) {
  const council = await prisma.council.findUnique({ where: { slug }, select: { id: true, name: true } });
  if (!council) return null;
  const services = await prisma.service.findMany({
    where: { councilId: council.id, status: "PUBLISHED" },
    orderBy: { name: "asc" },
    select: { id: true, name: true },
  });
  return { name: council.name, services };
}

/**
 * Published "You said, we did" actions of a council, grouped by theme (an action with two themes
 * shows under both). Only the summary the council wrote: no feedback text, no people.
 */
export async function listPublishedYouSaidWeDid(slug: string) {
  const council = await prisma.council.findUnique({ where: { slug }, select: { id: true, name: true } });
  if (!council) return null;
  const actions = await prisma.youSaidWeDid.findMany({
    where: { councilId: council.id, publishedAt: { not: null } },
    orderBy: [{ publishedAt: "desc" }, { id: "asc" }],
    select: {
      id: true,
      youSaid: true,
      weDid: true,
      status: true,
      startedOn: true,
      completedOn: true,
      publishedAt: true,
      updatedAt: true,
      themes: { orderBy: { name: "asc" }, select: { id: true, name: true } },
    },
  });
  const byTheme = new Map<string, { id: string; name: string; actions: typeof actions }>();
  for (const a of actions) {
    for (const t of a.themes) {
      const group = byTheme.get(t.id) ?? { id: t.id, name: t.name, actions: [] };
      group.actions.push(a);
      byTheme.set(t.id, group);
    }
  }
  return {
    name: council.name,
    total: actions.length,
    themes: [...byTheme.values()].sort((a, b) => a.name.localeCompare(b.name)),
  };
}
