import type { Metadata } from "next";
import Link from "next/link";
import { z } from "zod";
import { requirePageActor } from "@/lib/auth/session";
import { pageField, parseSearchParams } from "@/lib/schemas/search-params";
import { listNotifications } from "@/lib/data/notifications/list-notifications";
import { formatDateTime } from "@/lib/domain/dates";
import { PageHeading } from "@/components/ui/heading";
import { Pagination } from "@/components/ui/pagination";
import { Tag } from "@/components/ui/tag";
import { MarkReadButton } from "./mark-read-button";
import { uncheckedRoute } from "@/lib/routes/route";

export const metadata: Metadata = { title: "Notifications" };

export default async function NotificationsPage({ searchParams }: PageProps<"/notifications">) {
  const actor = await requirePageActor("read:notification:own");
  const { page } = parseSearchParams(z.object({ page: pageField }), await searchParams);
  const result = await listNotifications(actor, page);
  const unread = result.items.some((n) => !n.readAt);

  return (
    <>
      <PageHeading>Notifications</PageHeading>
      {unread && <MarkReadButton label="Mark all as read" />}
      {result.items.length === 0 ? (
        <p>You have no notifications.</p>
      ) : (
        <ul className="mb-6 divide-y divide-border border-y border-border">
          {result.items.map((n) => (
            <li key={n.id} className="py-4">
              <h2 className="mb-1 text-lg font-bold">
                {n.href ? <Link href={uncheckedRoute(n.href)}>{n.title}</Link> : n.title}{" "}
                {!n.readAt && <Tag colour="blue">Unread</Tag>}
              </h2>
              <p className="mb-1">{n.body}</p>
              <p className="text-base text-secondary">{formatDateTime(n.createdAt)}</p>
              {!n.readAt && <MarkReadButton id={n.id} label="Mark as read" context={n.title} />}
            </li>
          ))}
        </ul>
      )}
      <Pagination page={result.page} pageCount={result.pageCount} baseHref="/notifications" />
    </>
  );
}
