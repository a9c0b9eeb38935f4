/**
 * Feedback from parents, children and providers (~25 per council), themed by the commissioner except
 * the newest few, and "You said, we did" actions linked to themes and feedback.
 */
import type { Face, Prisma } from "../../lib/db";
import { orgId, user, type CouncilRun } from "./context";
import { addDays, atTime, monthYear } from "./dates";
import { newId, receiptCodes } from "./random";

type Source = "PARENT" | "CHILD" | "PROVIDER_COLLECTED";

interface Item {
  source: Source;
  comment?: string;
  face?: Face;
  liked?: string;
  improve?: string;
  ratings?: [supportedAtHome: number, childEnjoyed: number, staffUnderstood: number];
  themes: string[];
  demo?: boolean;
}

const DEMO_PARENT: Item = {
  source: "PARENT",
  comment:
    "The staff at the Saturday club have had autism training and it shows: my son came home happy and we had a whole afternoon to ourselves for the first time in years.",
  ratings: [5, 5, 5],
  themes: ["AUTISM_TRAINING"],
  demo: true,
};

const DEMO_CHILD: Item = {
  source: "CHILD",
  face: "HAPPY",
  liked: "Cooking and the sensory room",
  improve: "More Saturdays",
  themes: [],
  demo: true,
};

const PARENT_ITEMS: Item[] = [
  {
    source: "PARENT",
    comment:
      "We want more choice. A direct payment would let us pick a personal assistant who knows our son, instead of a club he doesn't like.",
    ratings: [3, 2, 3],
    themes: ["DIRECT_PAYMENTS"],
  },
  {
    source: "PARENT",
    comment:
      "Please keep funding small groups. My daughter can't cope in a big noisy hall but she thrives with four or five other children.",
    ratings: [4, 4, 4],
    themes: ["SMALL_GROUPS"],
  },
  {
    source: "PARENT",
    comment:
      "The play scheme is brilliant but it is 40 minutes away and there is no transport. We can only go when my husband is off work.",
    ratings: [3, 5, 4],
    themes: ["TRANSPORT"],
  },
  {
    source: "PARENT",
    comment:
      "It took three phone calls to find out what short breaks we could have. A simple list online would help so much.",
    ratings: [2, 3, 3],
    themes: ["INFORMATION"],
  },
  {
    source: "PARENT",
    comment:
      "Our son was welcomed at the ordinary youth club with a bit of extra support. That's all we ever wanted.",
    ratings: [5, 5, 4],
    themes: ["INCLUSION"],
  },
  {
    source: "PARENT",
    comment:
      "Staff need more training in autism. My son was told off for stimming and didn't want to go back.",
    ratings: [2, 1, 1],
    themes: ["AUTISM_TRAINING"],
  },
  {
    source: "PARENT",
    comment:
      "Direct payments changed our lives. We choose when and who, and our PA takes him swimming every Sunday.",
    ratings: [5, 5, 5],
    themes: ["DIRECT_PAYMENTS"],
  },
  {
    source: "PARENT",
    comment:
      "The summer scheme was too big for my son. Small groups like the Saturday club, with staff who understand autism, work much better for children like him.",
    ratings: [3, 3, 3],
    themes: ["SMALL_GROUPS", "AUTISM_TRAINING"],
  },
  {
    source: "PARENT",
    comment:
      "Overnight breaks are the only full nights of sleep we get. The nurses are wonderful with our daughter.",
    ratings: [5, 5, 5],
    themes: [],
  },
  {
    source: "PARENT",
    comment:
      "We were not told the after-school club had changed its days. Please send letters in Easy Read and text messages too.",
    ratings: [3, 4, 4],
    themes: ["INFORMATION"],
  },
  {
    source: "PARENT",
    comment:
      "The sitter is reliable and kind, and my other children finally get my attention for an evening.",
    ratings: [5, 4, 5],
    themes: [],
  },
];

const CHILD_ITEMS: Item[] = [
  {
    source: "CHILD",
    face: "HAPPY",
    liked: "Swimming with my friends",
    improve: "More days please",
    themes: ["INCLUSION"],
  },
  {
    source: "CHILD",
    face: "OKAY",
    liked: "The quiet room",
    improve: "Less noise in the big hall",
    themes: ["SMALL_GROUPS"],
  },
  {
    source: "CHILD",
    face: "HAPPY",
    liked: "Having a good time with my helper",
    comment: "We don't want special clubs; we want to get supported and have a good time.",
    themes: ["INCLUSION"],
  },
  { source: "CHILD", face: "HAPPY", liked: "Cooking pizza", improve: "Longer sessions", themes: [] },
  {
    source: "CHILD",
    face: "SAD",
    liked: "Seeing my friend",
    improve: "The bus takes too long",
    themes: ["TRANSPORT"],
  },
  {
    source: "CHILD",
    face: "HAPPY",
    liked: "The staff listen to me",
    improve: "Go to the cinema",
    themes: [],
  },
  {
    source: "CHILD",
    face: "OKAY",
    liked: "Playing outside",
    improve: "Pictures on the timetable",
    themes: ["INFORMATION"],
  },
];

const PROVIDER_ITEMS: Item[] = [
  {
    source: "PROVIDER_COLLECTED",
    face: "HAPPY",
    comment:
      "Collected at the summer scheme: 18 of 22 children voted for more outdoor play and the forest area.",
    themes: [],
  },
  {
    source: "PROVIDER_COLLECTED",
    comment:
      "Passed on by our staff from a parent: 'The new quiet room has made all the difference for our son.'",
    themes: ["SMALL_GROUPS"],
  },
  {
    source: "PROVIDER_COLLECTED",
    comment:
      "Our young people's committee asked for sessions on Friday nights so they can go out like their friends do.",
    themes: ["INCLUSION"],
  },
  {
    source: "PROVIDER_COLLECTED",
    comment: "Two parents told us they cannot get to the rural sessions without transport.",
    themes: ["TRANSPORT"],
  },
  {
    source: "PROVIDER_COLLECTED",
    face: "OKAY",
    comment:
      "Children asked for the picture timetable to be sent home before each session, so they know what will happen.",
    themes: ["AUTISM_TRAINING"],
  },
];

/** The newest items (by position) are still waiting to be themed. */
const UNTAGGED_NEWEST = 6;

export async function seedFeedback(run: CouncilRun): Promise<void> {
  const { tx, councilId, now } = run;
  const rng = run.rng("feedback");
  const commissioner = user(run, "commissioner");
  const parentUser = user(run, "family");
  const secondParent = user(run, "family2");

  // Newest first: index 0 is 2 days old, each next item about a week older.
  const items: Item[] = [
    PARENT_ITEMS[0],
    CHILD_ITEMS[0],
    DEMO_CHILD,
    PROVIDER_ITEMS[0],
    PARENT_ITEMS[1],
    CHILD_ITEMS[1],
    PARENT_ITEMS[2],
    PROVIDER_ITEMS[1],
    DEMO_PARENT,
    CHILD_ITEMS[2],
    PARENT_ITEMS[3],
    PARENT_ITEMS[4],
    PROVIDER_ITEMS[2],
    CHILD_ITEMS[3],
    PARENT_ITEMS[5],
    PARENT_ITEMS[6],
    CHILD_ITEMS[4],
    PROVIDER_ITEMS[3],
    PARENT_ITEMS[7],
    CHILD_ITEMS[5],
    PARENT_ITEMS[8],
    PARENT_ITEMS[9],
    PROVIDER_ITEMS[4],
    CHILD_ITEMS[6],
    PARENT_ITEMS[10],
  ];
  const codes = receiptCodes(rng, items.length);
  const feedbackRows: Prisma.FeedbackCreateManyInput[] = [];
  const ratingRows: Prisma.FeedbackRatingCreateManyInput[] = [];
  const tagRows: Prisma.FeedbackThemeTagCreateManyInput[] = [];
  const byTheme: Record<string, string[]> = {};
  let demoParentFeedbackId = "";

  items.forEach((item, index) => {
    const id = newId();
    const createdAt = atTime(addDays(run.today, -(2 + index * 7)), rng.int(8, 21), rng.int(0, 59));
    const contract = rng.pick(run.contracts);
    const orgKey =
      item.source === "PROVIDER_COLLECTED" ? contract.orgKey : item.demo ? run.demoOrgKey : contract.orgKey;
    const service = run.services.find((s) => s.orgKey === orgKey);
    const linkToService = item.source !== "PARENT" || item.demo || rng.chance(0.6);
    const tagged = index >= UNTAGGED_NEWEST && item.themes.length > 0;

    let familyId: string | null = null;
    let submittedByUserId: string | null = null;
    if (item.demo) {
      familyId = run.demoFamilyId;
      submittedByUserId = parentUser.userId;
    } else if (item.source === "PROVIDER_COLLECTED") {
      submittedByUserId = run.orgStaff[orgKey]?.userId ?? null;
    } else if (index % 5 === 1) {
      familyId = run.secondFamilyId;
      submittedByUserId = secondParent.userId;
    }

    feedbackRows.push({
      id,
      councilId,
      source: item.source,
      receiptCode: codes[index],
      familyId,
      submittedByUserId,
      serviceId: linkToService ? (service?.id ?? null) : null,
      organisationId: linkToService ? orgId(run, orgKey) : null,
      contractId:
        item.source === "PROVIDER_COLLECTED" || (linkToService && !item.demo && rng.chance(0.5))
          ? contract.id
          : null,
      face: item.face ?? null,
      liked: item.liked ?? null,
      improve: item.improve ?? null,
      comment: item.comment ?? null,
      consentToQuote: item.source !== "PROVIDER_COLLECTED" && !item.demo && rng.chance(0.6),
      helpedByAdult: item.source === "CHILD" ? index % 2 === 0 : null,
      contactRequested: item.source === "PARENT" && item.ratings !== undefined && item.ratings[0] <= 2,
      status: tagged ? "IN_REVIEW" : "RECEIVED",
      createdAt,
    });
    if (item.ratings) {
      const [supported, enjoyed, understood] = item.ratings;
      ratingRows.push(
        { councilId, feedbackId: id, question: "supported-at-home", value: supported },
        { councilId, feedbackId: id, question: "child-enjoyed", value: enjoyed },
        { councilId, feedbackId: id, question: "staff-understood", value: understood },
      );
    }
    if (tagged) {
      for (const code of item.themes) {
        tagRows.push({
          councilId,
          feedbackId: id,
          themeId: run.themes[code],
          taggedById: commissioner.userId,
          createdAt: addDays(createdAt, 2),
        });
        (byTheme[code] ??= []).push(id);
      }
    }
    if (item === DEMO_PARENT) demoParentFeedbackId = id;
  });

  await tx.feedback.createMany({ data: feedbackRows });
  await tx.feedbackRating.createMany({ data: ratingRows });
  await tx.feedbackThemeTag.createMany({ data: tagRows });

  await tx.feedbackReply.create({
    data: {
      councilId,
      feedbackId: demoParentFeedbackId,
      authorUserId: commissioner.userId,
      authorRole: "COMMISSIONER",
      body: "Thank you for telling us. We have shared your words with the club's staff, and autism training is now part of every short breaks contract.",
      createdAt: addDays(now, -45),
    },
  });

  // "You said, we did": linked feedback becomes ACTIONED.
  const actions: {
    youSaid: string;
    weDid: string;
    status: "DONE" | "IN_PROGRESS" | "PLANNED";
    theme: string;
    startedDaysAgo: number | null;
    completedDaysAgo: number | null;
    publishedDaysAgo: number | null;
  }[] = [
    {
      youSaid:
        "Parents told us staff need to understand autism, and that some children were told off for things they cannot help.",
      weDid:
        "We paid for autism training for staff at every short breaks provider and made it part of every new contract. 126 staff have been trained so far, and young commissioners check it on their venue visits.",
      status: "DONE",
      theme: "AUTISM_TRAINING",
      startedDaysAgo: 150,
      completedDaysAgo: 30,
      publishedDaysAgo: 28,
    },
    {
      youSaid: "You want more choice through direct payments, with less paperwork.",
      weDid: `We are making direct payments simpler: a prepaid card instead of a separate bank account, and a list of trained personal assistants you can choose from. The prepaid card starts in ${monthYear(addDays(now, 60))}.`,
      status: "IN_PROGRESS",
      theme: "DIRECT_PAYMENTS",
      startedDaysAgo: 60,
      completedDaysAgo: null,
      publishedDaysAgo: 20,
    },
    {
      youSaid:
        "Children who find big groups hard asked for small groups, and parents asked us to keep funding them.",
      weDid:
        "We will fund small-group sessions of no more than six children at every play scheme from next year.",
      status: "PLANNED",
      theme: "SMALL_GROUPS",
      startedDaysAgo: null,
      completedDaysAgo: null,
      publishedDaysAgo: null,
    },
  ];
  const actioned = new Set<string>();
  for (const a of actions) {
    const feedbackIds = byTheme[a.theme] ?? [];
    if (a.publishedDaysAgo !== null) feedbackIds.forEach((id) => actioned.add(id));
    await tx.youSaidWeDid.create({
      data: {
        councilId,
        youSaid: a.youSaid,
        weDid: a.weDid,
        status: a.status,
        startedOn: a.startedDaysAgo === null ? null : addDays(run.today, -a.startedDaysAgo),
        completedOn: a.completedDaysAgo === null ? null : addDays(run.today, -a.completedDaysAgo),
        publishedAt: a.publishedDaysAgo === null ? null : atTime(addDays(run.today, -a.publishedDaysAgo), 10),
        createdById: commissioner.userId,
        createdAt: atTime(addDays(run.today, -(a.startedDaysAgo ?? 5) - 2), 10),
        themes: { connect: [{ id: run.themes[a.theme] }] },
        feedback: { connect: feedbackIds.map((id) => ({ id })) },
      },
    });
  }
  if (actioned.size)
    await tx.feedback.updateMany({ where: { id: { in: [...actioned] } }, data: { status: "ACTIONED" } });
}
