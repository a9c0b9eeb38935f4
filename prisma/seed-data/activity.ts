/** Notifications for the demo users (at least one unread each) and a short history in the audit log. */
import type { Prisma, Role } from "../../lib/db";
import { user, type CouncilRun } from "./context";
import { addDays, atTime } from "./dates";

interface Note {
  title: string;
  body: string;
  href: string;
  daysAgo: number;
  read: boolean;
}

function notesFor(run: CouncilRun, hasPanel: boolean): Record<string, Note[]> {
  return {
    family: [
      {
        title: "Budget review coming up",
        body: "Your child's personal budget review is due in the next few weeks. Your social worker will be in touch to arrange it.",
        href: "/family",
        daysAgo: 1,
        read: false,
      },
      {
        title: "Evidence of spend accepted",
        body: "The receipt you sent for your direct payment has been checked and accepted.",
        href: "/family",
        daysAgo: 40,
        read: true,
      },
      {
        title: "We replied to your feedback",
        body: "A commissioner has replied to the feedback you gave us.",
        href: "/family",
        daysAgo: 45,
        read: true,
      },
    ],
    "young-commissioner": hasPanel
      ? [
          {
            title: "You have bids to score",
            body: "The youth clubs tender is ready for you to score. You are scoring 2 questions for 3 bids.",
            href: "/young-commissioner",
            daysAgo: 2,
            read: false,
          },
          {
            title: "Venue visit next month",
            body: "You are on the team visiting a short breaks venue next month.",
            href: "/young-commissioner",
            daysAgo: 7,
            read: true,
          },
        ]
      : [
          {
            title: "Venue visit next month",
            body: "You are on the team visiting a short breaks venue next month.",
            href: "/young-commissioner",
            daysAgo: 3,
            read: false,
          },
          {
            title: "Training record updated",
            body: "Your training on reviewing venues has been added to your record.",
            href: "/young-commissioner",
            daysAgo: 34,
            read: true,
          },
        ],
    provider: [
      {
        title: "An outcome return is overdue",
        body: "A quarterly outcome return for one of your contracts is past its due date. Please send it as soon as you can.",
        href: "/provider",
        daysAgo: 1,
        read: false,
      },
      {
        title: "A return has a question",
        body: "The commissioner has asked a question about one of your outcome returns.",
        href: "/provider",
        daysAgo: 4,
        read: false,
      },
      {
        title: "Please acknowledge: new safeguarding procedure",
        body: "The council has published a new safeguarding procedure that every provider must acknowledge.",
        href: "/provider",
        daysAgo: 12,
        read: true,
      },
    ],
    commissioner: [
      {
        title: "An outcome return is waiting for review",
        body: "A provider has submitted a quarterly outcome return.",
        href: "/commissioner",
        daysAgo: 2,
        read: false,
      },
      {
        title: "New feedback to theme",
        body: "New feedback from families and children is waiting to be themed.",
        href: "/commissioner",
        daysAgo: 3,
        read: false,
      },
      {
        title: "Specification waiting for approval",
        body: "A specification has been sent for approval.",
        href: "/commissioner",
        daysAgo: 20,
        read: true,
      },
    ],
    "social-worker": [
      {
        title: "A budget review is overdue",
        body: "A personal budget review is past its due date.",
        href: "/social-worker",
        daysAgo: 1,
        read: false,
      },
      {
        title: "Evidence of spend to check",
        body: "A family has sent a receipt for their direct payment.",
        href: "/social-worker",
        daysAgo: 5,
        read: true,
      },
    ],
    admin: [
      {
        title: "New user added",
        body: "A new commissioner account was created and has set a password.",
        href: "/admin/users",
        daysAgo: 19,
        read: true,
      },
      {
        title: "Check this month's audit log",
        body: "Review who viewed register records this month.",
        href: "/admin/audit",
        daysAgo: 2,
        read: false,
      },
    ],
  };
}

export async function seedNotifications(run: CouncilRun, hasPanel: boolean): Promise<void> {
  const rows: Prisma.NotificationCreateManyInput[] = [];
  for (const [local, notes] of Object.entries(notesFor(run, hasPanel))) {
    const membershipId = user(run, local).membershipId;
    for (const n of notes) {
      const createdAt = atTime(addDays(run.today, -n.daysAgo), 9, 15);
      rows.push({
        councilId: run.councilId,
        membershipId,
        title: n.title,
        body: n.body,
        href: n.href,
        readAt: n.read ? addDays(createdAt, 1) : null,
        createdAt,
      });
    }
  }
  await run.tx.notification.createMany({ data: rows });
}

export async function seedAudit(run: CouncilRun): Promise<void> {
  const admin = user(run, "admin");
  const commissioner = user(run, "commissioner");
  const commissioner2 = user(run, "commissioner2");
  const socialWorker = user(run, "social-worker");
  const viewed = run.children.filter((c) => c.active).slice(0, 3);
  const events: {
    actor: { userId: string };
    role: Role;
    action: string;
    entityType: string;
    entityId: string | null;
    summary: string;
    metadata?: Prisma.InputJsonValue;
    daysAgo: number;
  }[] = [
    {
      actor: admin,
      role: "ADMIN",
      action: "council:update-settings",
      entityType: "Council",
      entityId: run.councilId,
      summary: "Changed settings: statisticsThreshold",
      metadata: { statisticsThreshold: { from: 5, to: 10 } },
      daysAgo: 60,
    },
    {
      actor: admin,
      role: "ADMIN",
      action: "user:create",
      entityType: "User",
      entityId: commissioner2.userId,
      summary: "Added a user as Commissioner",
      metadata: { role: "COMMISSIONER" },
      daysAgo: 20,
    },
    {
      actor: admin,
      role: "ADMIN",
      action: "user:issue-password-link",
      entityType: "User",
      entityId: commissioner2.userId,
      summary: "Issued a one-time set-password link",
      daysAgo: 20,
    },
    ...viewed.map((c, i) => ({
      actor: socialWorker,
      role: "SOCIAL_WORKER" as Role,
      action: "child:view",
      entityType: "Child",
      entityId: c.id,
      summary: "Viewed a register record",
      daysAgo: 14 - i * 4,
    })),
    {
      actor: commissioner,
      role: "COMMISSIONER",
      action: "child:view",
      entityType: "Child",
      entityId: viewed[0]?.id ?? null,
      summary: "Viewed a register record",
      daysAgo: 3,
    },
    {
      actor: commissioner2,
      role: "COMMISSIONER",
      action: "user:set-password",
      entityType: "User",
      entityId: commissioner2.userId,
      summary: "Set a password from a one-time link",
      daysAgo: 19,
    },
    {
      actor: commissioner,
      role: "COMMISSIONER",
      action: "session:revoke-all",
      entityType: "User",
      entityId: commissioner.userId,
      summary: "Signed out on every device",
      daysAgo: 30,
    },
  ];
  await run.tx.auditEvent.createMany({
    data: events.map((e) => ({
      councilId: run.councilId,
      actorUserId: e.actor.userId,
      actorRole: e.role,
      action: e.action,
      entityType: e.entityType,
      entityId: e.entityId,
      summary: e.summary,
      metadata: e.metadata,
      createdAt: atTime(addDays(run.today, -e.daysAgo), 11, 20),
    })),
  });
}
