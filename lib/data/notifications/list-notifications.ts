import type { Actor } from "../../auth/actor";
import { prisma } from "../../db";
import { pageOf, type Page } from "../paging";
import { notificationScope } from "../scopes";

export async function listNotifications(actor: Actor, page: number, pageSize = 20) {
  const where = notificationScope(actor);
  const [total, items] = await Promise.all([
    prisma.notification.count({ where }),
    prisma.notification.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (Math.max(page, 1) - 1) * pageSize,
      take: pageSize,
      select: { id: true, title: true, body: true, href: true, readAt: true, createdAt: true },
    }),
  ]);
  return pageOf(items, total, page, pageSize) satisfies Page<(typeof items)[number]>;
}
