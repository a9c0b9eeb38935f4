import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { prisma } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors";
import { publishAnnouncement } from "@/lib/data/announcements/publish-announcement";
import { acknowledgeAnnouncement } from "@/lib/data/announcements/acknowledge-announcement";
import { getAnnouncement } from "@/lib/data/announcements/get-announcement";
import { listAnnouncements } from "@/lib/data/announcements/list-announcements";
import {
  getProviderAnnouncement,
  listProviderAnnouncements,
} from "@/lib/data/announcements/provider-announcements";
import { recordForumAttendance, removeForumAttendance } from "@/lib/data/announcements/forum-attendance";
import { getProviderDashboard } from "@/lib/data/dashboards/provider-dashboard";
import type { AnnouncementInput } from "@/lib/schemas/announcement";
import { makeActor, makeCouncil, makeOrganisation, adoptServiceType } from "./factories";

let current: Actor | null = null;
vi.mock("@/lib/auth/session", () => ({ getActor: async () => current }));
vi.mock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {} }));

const { publishAnnouncementAction, recordForumAttendanceAction } =
  await import("@/app/(portal)/commissioner/forums/actions");
const { acknowledgeAnnouncementAction } = await import("@/app/(portal)/provider/announcements/actions");

function formData(fields: Record<string, string>) {
  const fd = new FormData();
  for (const [k, v] of Object.entries(fields)) fd.append(k, v);
  return fd;
}

const NOW = new Date("2027-06-15T10:00:00Z");
let commissioner: Actor;
let outsiderCommissioner: Actor;
/** Provider staff: of an approved organisation with no service, one providing play schemes (a listing),
 * one providing overnight breaks (a live contract), one only applied, and one in another council. */
const p: Record<"plain" | "play" | "play2" | "overnight" | "applied" | "elsewhere", Actor> = {} as never;
const org: Record<string, string> = {};
let playType: string;
let overnightType: string;

const announcement = (over: Partial<AnnouncementInput> = {}): AnnouncementInput => ({
  kind: "ANNOUNCEMENT",
  title: `Safeguarding ${randomUUID().slice(0, 6)}`,
  body: "Report concerns the same day.",
  serviceTypeId: null,
  requiresAcknowledgement: true,
  eventAt: null,
  ...over,
});

beforeAll(async () => {
  const council = await makeCouncil();
  const other = await makeCouncil();
  commissioner = await makeActor(council.id, "COMMISSIONER");
  outsiderCommissioner = await makeActor(other.id, "COMMISSIONER");
  const code = randomUUID().slice(0, 6);
  playType = (await prisma.serviceType.create({ data: { code: `play-${code}`, name: "Play scheme" } })).id;
  overnightType = (
    await prisma.serviceType.create({ data: { code: `night-${code}`, name: "Overnight break" } })
  ).id;
  await adoptServiceType(council.id, playType);
  await adoptServiceType(council.id, overnightType);
  org.plain = (await makeOrganisation(council.id, "Plain Org")).id;
  org.play = (await makeOrganisation(council.id, "Play Org")).id;
  org.overnight = (await makeOrganisation(council.id, "Overnight Org")).id;
  org.applied = (
    await prisma.organisation.create({
      data: { name: "Applied Org", councils: { create: { councilId: council.id, status: "APPLIED" } } },
    })
  ).id;
  org.elsewhere = (await makeOrganisation(other.id, "Elsewhere Org")).id;
  for (const key of ["play", "applied"]) {
    await prisma.service.create({
      data: {
        councilId: council.id,
        organisationId: org[key],
        serviceTypeId: playType,
        name: "Saturday club",
        description: "Play",
        status: "PUBLISHED",
      },
    });
  }
  // A play listing in the other council does not make Elsewhere Org a play provider here.
  await prisma.service.create({
    data: {
      councilId: other.id,
      organisationId: org.elsewhere,
      serviceTypeId: playType,
      name: "Club",
      description: "Play",
      status: "PUBLISHED",
    },
  });
  await prisma.contract.create({
    data: {
      councilId: council.id,
      reference: `C-${code}`,
      title: "Overnights",
      organisationId: org.overnight,
      serviceTypeId: overnightType,
      annualValue: "1000.00",
      totalValue: "3000.00",
      startDate: new Date("2026-04-01"),
      endDate: new Date("2029-03-31"),
      originalEndDate: new Date("2029-03-31"),
    },
  });
  // An ended contract of play schemes does not count.
  await prisma.contract.create({
    data: {
      councilId: council.id,
      reference: `C-old-${code}`,
      title: "Old play",
      organisationId: org.overnight,
      serviceTypeId: playType,
      annualValue: "1000.00",
      totalValue: "3000.00",
      startDate: new Date("2022-04-01"),
      endDate: new Date("2025-03-31"),
      originalEndDate: new Date("2025-03-31"),
    },
  });
  p.plain = await makeActor(council.id, "PROVIDER", { organisationId: org.plain });
  p.play = await makeActor(council.id, "PROVIDER", { organisationId: org.play });
  p.play2 = await makeActor(council.id, "PROVIDER", { organisationId: org.play });
  p.overnight = await makeActor(council.id, "PROVIDER", { organisationId: org.overnight });
  p.applied = await makeActor(council.id, "PROVIDER", { organisationId: org.applied });
  p.elsewhere = await makeActor(other.id, "PROVIDER", { organisationId: org.elsewhere });
});

const notFound = expect.objectContaining({ code: "NOT_FOUND" });

describe("announcement audience", () => {
  it("an announcement to all providers reaches every approved organisation of the council, and only them", async () => {
    const id = await publishAnnouncement(commissioner, announcement(), randomUUID(), NOW);
    for (const who of ["plain", "play", "overnight"] as const)
      expect((await getProviderAnnouncement(p[who], id, NOW)).id).toBe(id);
    await expect(getProviderAnnouncement(p.applied, id, NOW)).rejects.toEqual(notFound);
    await expect(getProviderAnnouncement(p.elsewhere, id, NOW)).rejects.toEqual(notFound);
    const detail = await getAnnouncement(commissioner, id, { page: 1 }, NOW);
    expect(detail.audienceSize).toBe(3);
    expect(detail.audience.items.map((o) => o.name)).toEqual(["Overnight Org", "Plain Org", "Play Org"]);
    // Each audience organisation's staff were told, with a link to it.
    const notes = await prisma.notification.findMany({ where: { href: `/provider/announcements/${id}` } });
    expect(notes.map((n) => n.membershipId).sort()).toEqual(
      [p.plain, p.play, p.play2, p.overnight].map((a) => a.membershipId).sort(),
    );
    await expect(getAnnouncement(outsiderCommissioner, id, { page: 1 }, NOW)).rejects.toEqual(notFound);
  });

  it("an announcement to one service type reaches providers with a listing or a live contract of it here", async () => {
    const play = await publishAnnouncement(
      commissioner,
      announcement({ serviceTypeId: playType }),
      randomUUID(),
      NOW,
    );
    const overnight = await publishAnnouncement(
      commissioner,
      announcement({ serviceTypeId: overnightType }),
      randomUUID(),
      NOW,
    );
    expect((await getProviderAnnouncement(p.play, play, NOW)).title).toContain("Safeguarding");
    for (const who of ["plain", "overnight", "applied", "elsewhere"] as const)
      await expect(getProviderAnnouncement(p[who], play, NOW), who).rejects.toEqual(notFound);
    expect((await getProviderAnnouncement(p.overnight, overnight, NOW)).id).toBe(overnight);
    await expect(getProviderAnnouncement(p.play, overnight, NOW)).rejects.toEqual(notFound);
    expect((await getAnnouncement(commissioner, play, { page: 1 }, NOW)).audience.items).toEqual([
      expect.objectContaining({ name: "Play Org" }),
    ]);
    // The provider's list and dashboard use the same rule.
    const list = await listProviderAnnouncements(p.overnight, 1, NOW);
    expect(list.needsAcknowledging.map((a) => a.id)).toContain(overnight);
    expect(list.needsAcknowledging.map((a) => a.id)).not.toContain(play);
    const dashboard = await getProviderDashboard(p.overnight, NOW);
    expect(dashboard.announcements.map((a) => a.id).sort()).toEqual(
      list.needsAcknowledging.map((a) => a.id).sort(),
    );
  });
});

describe("acknowledgement", () => {
  it("counts once per organisation however often it is acknowledged, and the commissioner sees who has", async () => {
    const id = await publishAnnouncement(commissioner, announcement(), randomUUID(), NOW);
    const first = await acknowledgeAnnouncement(p.play, id, NOW);
    expect(first.already).toBe(false);
    const again = await acknowledgeAnnouncement(p.play, id, new Date(NOW.getTime() + 60_000));
    expect(again).toEqual({ already: true, acknowledgedAt: NOW });
    expect((await acknowledgeAnnouncement(p.play2, id, NOW)).already).toBe(true);
    expect(await prisma.announcementAcknowledgement.count({ where: { announcementId: id } })).toBe(1);
    expect(
      await prisma.auditEvent.count({ where: { action: "announcement:acknowledge", entityId: id } }),
    ).toBe(1);

    const detail = await getAnnouncement(commissioner, id, { page: 1 }, NOW);
    expect(detail.acknowledgedCount).toBe(1);
    expect(detail.audienceSize).toBe(3);
    const byName = Object.fromEntries(detail.audience.items.map((o) => [o.name, o]));
    expect(byName["Play Org"]).toMatchObject({ acknowledgedAt: NOW, acknowledgedBy: p.play.name });
    expect(byName["Plain Org"]).toMatchObject({ acknowledgedAt: null, acknowledgedBy: null });
    const row = (await listAnnouncements(commissioner, { page: 1 }, NOW)).items.find((a) => a.id === id);
    expect(row).toMatchObject({ acknowledged: 1, audienceSize: 3 });

    // The provider's view moves it out of "needs acknowledging"; another organisation still has it.
    expect(
      (await listProviderAnnouncements(p.play, 1, NOW)).needsAcknowledging.map((a) => a.id),
    ).not.toContain(id);
    expect((await listProviderAnnouncements(p.plain, 1, NOW)).needsAcknowledging.map((a) => a.id)).toContain(
      id,
    );
  });

  it("the action says a second click changed nothing, and refuses what is not theirs", async () => {
    const id = await publishAnnouncement(commissioner, announcement(), randomUUID(), NOW);
    current = p.overnight;
    await expect(acknowledgeAnnouncementAction(null, formData({ announcementId: id }))).rejects.toThrow(
      /NEXT_REDIRECT/,
    );
    await expect(acknowledgeAnnouncementAction(null, formData({ announcementId: id }))).rejects.toMatchObject(
      {
        digest: expect.stringContaining("acknowledged=already"),
      },
    );
    current = p.elsewhere;
    expect(await acknowledgeAnnouncementAction(null, formData({ announcementId: id }))).toMatchObject({
      ok: false,
      formError: "The announcement could not be found.",
    });
    current = commissioner;
    expect(await acknowledgeAnnouncementAction(null, formData({ announcementId: id }))).toMatchObject({
      ok: false,
      formError: "You do not have permission to do that.",
    });
    expect(await prisma.announcementAcknowledgement.count({ where: { announcementId: id } })).toBe(1);
  });

  it("refuses to acknowledge what does not need it", async () => {
    const id = await publishAnnouncement(
      commissioner,
      announcement({ requiresAcknowledgement: false }),
      randomUUID(),
      NOW,
    );
    await expect(acknowledgeAnnouncement(p.play, id, NOW)).rejects.toBeInstanceOf(AppError);
    expect(await prisma.announcementAcknowledgement.count({ where: { announcementId: id } })).toBe(0);
  });
});

describe("forum attendance", () => {
  it("is recorded only for organisations in the forum's audience, and can be removed", async () => {
    const forum = await publishAnnouncement(
      commissioner,
      announcement({
        kind: "FORUM_EVENT",
        requiresAcknowledgement: false,
        serviceTypeId: playType,
        eventAt: new Date("2027-07-01T09:00:00Z"),
      }),
      randomUUID(),
      NOW,
    );
    await expect(
      recordForumAttendance(
        commissioner,
        { announcementId: forum, organisationId: org.overnight, attendeeName: "Sam", attended: true },
        NOW,
      ),
    ).rejects.toMatchObject({ fieldErrors: { organisationId: "Choose an organisation the forum was for" } });
    current = commissioner;
    expect(
      await recordForumAttendanceAction(
        null,
        formData({
          announcementId: forum,
          organisationId: org.elsewhere,
          attendeeName: "Sam",
          attended: "yes",
        }),
      ),
    ).toMatchObject({
      ok: false,
      fieldErrors: { organisationId: "Choose an organisation the forum was for" },
    });
    expect(
      await recordForumAttendanceAction(
        null,
        formData({ announcementId: forum, organisationId: org.play, attendeeName: "", attended: "" }),
      ),
    ).toMatchObject({
      ok: false,
      fieldErrors: { attendeeName: "Enter the attendee's name", attended: "Choose whether they attended" },
    });
    expect(await prisma.forumAttendance.count({ where: { announcementId: forum } })).toBe(0);

    expect(
      await recordForumAttendanceAction(
        null,
        formData({
          announcementId: forum,
          organisationId: org.play,
          attendeeName: "Sam Lee",
          attended: "yes",
        }),
      ),
    ).toMatchObject({ ok: true });
    const detail = await getAnnouncement(commissioner, forum, { page: 1 }, NOW);
    expect(detail.attendance).toEqual([
      expect.objectContaining({ organisationName: "Play Org", attendeeName: "Sam Lee", attended: true }),
    ]);
    expect((await getProviderAnnouncement(p.play, forum, NOW)).attendance).toEqual([
      expect.objectContaining({ attendeeName: "Sam Lee" }),
    ]);
    const row = (await listAnnouncements(commissioner, { kind: "FORUM_EVENT", page: 1 }, NOW)).items.find(
      (a) => a.id === forum,
    );
    expect(row).toMatchObject({ attended: 1, recorded: 1 });

    const attendanceId = detail.attendance[0].id;
    await expect(
      removeForumAttendance(outsiderCommissioner, { announcementId: forum, attendanceId }),
    ).rejects.toEqual(notFound);
    await removeForumAttendance(commissioner, { announcementId: forum, attendanceId });
    expect(await prisma.forumAttendance.count({ where: { announcementId: forum } })).toBe(0);
    expect(
      await prisma.auditEvent.count({
        where: {
          action: { in: ["forum-attendance:record", "forum-attendance:remove"] },
          entityId: attendanceId,
        },
      }),
    ).toBe(2);
  });
});

describe("publishing", () => {
  const valid = {
    kind: "ANNOUNCEMENT",
    title: "New procedure",
    body: "Please read it.",
    audience: "all",
  };
  const count = () => prisma.announcement.count({ where: { councilId: commissioner.councilId } });

  it("gives clear field errors for bad input and writes nothing", async () => {
    current = commissioner;
    const before = await count();
    const cases: [Record<string, string>, Record<string, string>][] = [
      [{ ...valid, title: "  " }, { title: "Enter a title" }],
      [
        { ...valid, kind: "FORUM_EVENT" },
        { eventAt: "Enter the date of the forum", eventTime: "Enter the start time of the forum" },
      ],
      [
        {
          ...valid,
          kind: "FORUM_EVENT",
          requiresAcknowledgement: "yes",
          "eventAt-day": "31",
          "eventAt-month": "2",
          "eventAt-year": "2027",
          eventTime: "25:00",
        },
        {
          requiresAcknowledgement:
            "Only an announcement can require acknowledgement. Untick it, or choose announcement",
          eventAt: "The date of the forum must be a real date, like 27 3 2027",
          eventTime: "Enter the start time like 14:30 or 2:30pm",
        },
      ],
      [
        { ...valid, eventTime: "10:00" },
        { eventAt: "Only a forum event has a date and time. Clear them, or choose forum event" },
      ],
      [{ ...valid, audience: "no-such-type" }, { audience: "Choose who it is for" }],
    ];
    for (const [fields, errors] of cases) {
      const state = await publishAnnouncementAction(
        null,
        formData({ submissionKey: randomUUID(), ...fields }),
      );
      expect(state, JSON.stringify(fields)).toMatchObject({ ok: false, fieldErrors: errors });
    }
    expect(await count()).toBe(before);
  });

  it("stores a forum's time as UTC from the time typed in England, and a repeated submit creates one", async () => {
    current = commissioner;
    const key = randomUUID();
    const fields = {
      ...valid,
      submissionKey: key,
      kind: "FORUM_EVENT",
      audience: overnightType,
      "eventAt-day": "1",
      "eventAt-month": "7",
      "eventAt-year": "2027",
      eventTime: "2:30pm",
    };
    const before = await count();
    await expect(publishAnnouncementAction(null, formData(fields))).rejects.toThrow(/NEXT_REDIRECT/);
    await expect(publishAnnouncementAction(null, formData(fields))).rejects.toThrow(/NEXT_REDIRECT/);
    expect(await count()).toBe(before + 1);
    const forum = await prisma.announcement.findFirstOrThrow({
      where: { councilId: commissioner.councilId, kind: "FORUM_EVENT", serviceTypeId: overnightType },
    });
    expect(forum.eventAt?.toISOString()).toBe("2027-07-01T13:30:00.000Z");
    expect(forum.requiresAcknowledgement).toBe(false);
    expect(
      await prisma.auditEvent.count({ where: { action: "announcement:create", entityId: forum.id } }),
    ).toBe(1);
  });
});
