/** Announcements to providers (one needs acknowledging) and provider forums, past and coming. */
import { orgId, user, type CouncilRun } from "./context";
import { addDays, atTime, longDate } from "./dates";
import { newId } from "./random";

export async function seedAnnouncements(run: CouncilRun, forumVenue: string): Promise<void> {
  const { tx, councilId, today } = run;
  const commissioner = user(run, "commissioner");
  const safeguardingId = newId();
  const pastForumId = newId();
  const procedureStarts = addDays(today, 14);

  await tx.announcement.createMany({
    data: [
      {
        id: safeguardingId,
        councilId,
        kind: "ANNOUNCEMENT",
        title: "New safeguarding procedure: reporting concerns",
        body: `From ${longDate(procedureStarts)} every provider must report a safeguarding concern about a disabled child to the Children's Front Door on the same working day, using the new online form, and tell the commissioner within two working days. Please share the attached procedure with all staff and volunteers, update your own policy, and acknowledge this announcement to confirm your organisation has done so.`,
        requiresAcknowledgement: true,
        publishedAt: atTime(addDays(today, -12), 9, 30),
        createdById: commissioner.userId,
      },
      {
        councilId,
        kind: "ANNOUNCEMENT",
        title: "Outcome returns now ask how children were heard",
        body: "Every quarterly return now asks how you asked children what they want and what they told you. Picture boards, Talking Mats, smiley-face cards and short chats all count. Returns without this section cannot be submitted.",
        requiresAcknowledgement: false,
        publishedAt: atTime(addDays(today, -40), 11),
        createdById: commissioner.userId,
      },
      {
        id: pastForumId,
        councilId,
        kind: "FORUM_EVENT",
        title: "Provider forum: planning the summer holidays",
        body: `Providers met at ${forumVenue} to plan summer holiday places, share transport and agree how to include children on waiting lists.`,
        eventAt: atTime(addDays(today, -95), 10),
        publishedAt: atTime(addDays(today, -120), 9),
        createdById: commissioner.userId,
      },
      {
        councilId,
        kind: "FORUM_EVENT",
        title: "Provider forum: autism-aware short breaks",
        body: `Join us at ${forumVenue} to hear what autistic children and their parents told us, share good practice and meet the young commissioners. Tea and coffee from 9:45am; the forum runs from 10am to 12:30pm.`,
        eventAt: atTime(addDays(today, 18), 10),
        publishedAt: atTime(addDays(today, -5), 9),
        createdById: commissioner.userId,
      },
    ],
  });

  // Every organisation with a staff user here has acknowledged the safeguarding procedure except the
  // demo provider's, so the demo provider has it on their to-do list.
  const acknowledging = Object.entries(run.orgStaff).filter(([key]) => key !== run.demoOrgKey);
  await tx.announcementAcknowledgement.createMany({
    data: acknowledging.slice(0, 2).map(([key, staff], i) => ({
      councilId,
      announcementId: safeguardingId,
      organisationId: orgId(run, key),
      acknowledgedById: staff.userId,
      acknowledgedAt: atTime(addDays(today, -11 + i * 2), 14),
    })),
  });

  await tx.forumAttendance.createMany({
    data: Object.entries(run.orgStaff).map(([key, staff], i) => ({
      councilId,
      announcementId: pastForumId,
      organisationId: orgId(run, key),
      attendeeName: staff.name,
      attended: i !== 1,
    })),
  });
}
