import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { recordAudit } from "@/lib/data/audit/record-audit";
import { makeActor, makeCouncil } from "./factories";

/** The audit trail is append-only, and the database itself refuses a change (issue 19, item 7). */
describe("the audit trail", () => {
  it("takes new events, and refuses to change or delete one, by the client or by raw SQL", async () => {
    const council = await makeCouncil();
    const admin = await makeActor(council.id, "ADMIN");
    await recordAudit(prisma, admin, {
      action: "test:append",
      entityType: "Test",
      entityId: "x",
      summary: "An event that must stay as it was",
    });
    const event = await prisma.auditEvent.findFirstOrThrow({
      where: { councilId: council.id, action: "test:append" },
    });
    await expect(
      prisma.auditEvent.update({ where: { id: event.id }, data: { summary: "Rewritten" } }),
    ).rejects.toThrow(/append-only: UPDATE of an audit event is refused/);
    await expect(prisma.auditEvent.delete({ where: { id: event.id } })).rejects.toThrow(
      /append-only: DELETE of an audit event is refused/,
    );
    await expect(prisma.auditEvent.deleteMany({ where: { councilId: council.id } })).rejects.toThrow(
      /append-only/,
    );
    await expect(
      prisma.$executeRaw`UPDATE "AuditEvent" SET "actorUserId" = NULL WHERE id = ${event.id}`,
    ).rejects.toThrow(/append-only/);
    // A failed change inside a transaction takes the transaction's other writes with it.
    await expect(
      prisma.$transaction(async (tx) => {
        await recordAudit(tx, admin, { action: "test:lost", entityType: "Test", summary: "Rolled back" });
        await tx.auditEvent.delete({ where: { id: event.id } });
      }),
    ).rejects.toThrow(/append-only/);
    expect(await prisma.auditEvent.count({ where: { councilId: council.id, action: "test:lost" } })).toBe(0);
    expect(await prisma.auditEvent.findUniqueOrThrow({ where: { id: event.id } })).toEqual(event);
  });
});
