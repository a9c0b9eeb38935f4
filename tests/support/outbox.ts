import { prisma } from "@/lib/db";

/** The one-time token in the newest e-mail waiting in the outbox for an address (what the person would click). */
export async function tokenFromOutbox(to: string): Promise<string> {
  const message = await prisma.outboxMessage.findFirst({
    where: { to },
    orderBy: { createdAt: "desc" },
    select: { text: true },
  });
  const token = message?.text.match(/\/set-password\/([A-Za-z0-9_-]+)/)?.[1];
  if (!token) throw new Error(`no set-password link in the outbox for ${to}`);
  return token;
}
