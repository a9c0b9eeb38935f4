import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { listNotifications } from "@/lib/data/notifications/list-notifications";
import { markNotificationsRead } from "@/lib/data/notifications/mark-notifications-read";
import { countUnreadNotifications } from "@/lib/data/notifications/count-unread-notifications";
import { getAdminDashboard } from "@/lib/data/dashboards/admin-dashboard";
import { getFamilyDashboard } from "@/lib/data/dashboards/family-dashboard";
import { getCommissionerDashboard } from "@/lib/data/dashboards/commissioner-dashboard";
import { NotFoundError } from "@/lib/errors";
import { makeActor, makeCouncil } from "./factories";

describe("notifications", () => {
  it("are the actor's own, and another person's id is not found and marks nothing", async () => {
    const c = await makeCouncil();
    const a = await makeActor(c.id, "PROVIDER");
    const b = await makeActor(c.id, "PROVIDER");
    const mine = await prisma.notification.create({
      data: { councilId: c.id, membershipId: a.membershipId, title: "Return due", body: "Q2 is due" },
    });
    const theirs = await prisma.notification.create({
      data: { councilId: c.id, membershipId: b.membershipId, title: "Theirs", body: "x" },
    });
    expect((await listNotifications(a, 1)).items.map((n) => n.id)).toEqual([mine.id]);
    // Found by the fuzz suite: it used to say "0 notifications marked as read" (issue 19).
    await expect(markNotificationsRead(a, theirs.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(markNotificationsRead(a, "cnosuchnotification00000")).rejects.toBeInstanceOf(NotFoundError);
    expect(await countUnreadNotifications(b)).toBe(1);
    expect(await markNotificationsRead(a, mine.id)).toBe(1);
    // Already read: nothing to mark, and not an error (a second click).
    expect(await markNotificationsRead(a, mine.id)).toBe(0);
    await prisma.notification.update({ where: { id: mine.id }, data: { readAt: null } });
    expect(await markNotificationsRead(a)).toBe(1);
    expect(await countUnreadNotifications(a)).toBe(0);
  });
});

describe("dashboards", () => {
  it("the administrator's counts are the council's own", async () => {
    const c = await makeCouncil();
    const other = await makeCouncil();
    const admin = await makeActor(c.id, "ADMIN");
    await makeActor(c.id, "FAMILY", { withPassword: false });
    await makeActor(other.id, "FAMILY", { withPassword: false });
    const d = await getAdminDashboard(admin);
    expect(d.byRole).toEqual({ ADMIN: 1, FAMILY: 1 });
    expect(d.awaitingPassword).toBe(1);
  });

  it("a family sees only its own children", async () => {
    const c = await makeCouncil();
    const district = await prisma.district.create({ data: { councilId: c.id, code: "N", name: "North" } });
    const a = await makeActor(c.id, "FAMILY");
    const b = await makeActor(c.id, "FAMILY");
    for (const [fam, name] of [
      [a.familyId!, "Amara"],
      [b.familyId!, "Ben"],
    ]) {
      await prisma.child.create({
        data: {
          councilId: c.id,
          familyId: fam,
          firstName: name,
          dateOfBirth: new Date("2015-05-01"),
          districtId: district.id,
        },
      });
    }
    const d = await getFamilyDashboard(a);
    expect(d.children.map((x) => x.firstName)).toEqual(["Amara"]);
  });

  it("the commissioner's counts ignore other councils", async () => {
    const c = await makeCouncil();
    const other = await makeCouncil();
    const commissioner = await makeActor(c.id, "COMMISSIONER");
    await prisma.feedback.create({ data: { councilId: other.id, source: "PARENT", receiptCode: "FB-1" } });
    await prisma.feedback.create({ data: { councilId: c.id, source: "PARENT", receiptCode: "FB-1" } });
    const d = await getCommissionerDashboard(commissioner);
    expect(d.untaggedFeedback).toBe(1);
    expect(d.returnsToReview).toBe(0);
  });
});
