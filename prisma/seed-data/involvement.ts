/**
 * Young people's involvement: training records, inclusive provision (venue) reviews with
 * recommendations and a revisit, the involvement action plan in six-month blocks, and a year of
 * activities with who took part, as counts by group.
 */
import type { Prisma } from "../../lib/db";
import { orgId, user, type CouncilRun } from "./context";
import { addDays, addMonths, atTime, longDate, sixMonthBlock } from "./dates";
import { newId } from "./random";

export async function seedInvolvement(run: CouncilRun, participationTeam: string): Promise<void> {
  await seedTraining(run, participationTeam);
  await seedVenueReviews(run);
  await seedPlansAndActivities(run);
}

const MODULES: [name: string, description: string][] = [
  ["Young commissioners induction", "What commissioning is and how young commissioners help."],
  ["Safeguarding basics", "Keeping yourself and others safe, and who to tell."],
  ["Scoring tenders fairly", "Reading bids and scoring them with the picture scale."],
  ["Reviewing venues and activities", "What to look for on a venue review, and writing recommendations."],
];

async function seedTraining(run: CouncilRun, deliveredBy: string) {
  const { tx, councilId, today } = run;
  const moduleIds = MODULES.map(() => newId());
  await tx.trainingModule.createMany({
    data: MODULES.map(([name, description], i) => ({
      id: moduleIds[i],
      councilId,
      name,
      description,
      position: i,
    })),
  });
  const commissioner = user(run, "commissioner");
  // The first young commissioner is 17; the second 15 with her mother's consent; the third 14 with
  // no consent yet, so the portal will not let staff put him on a team or panel.
  const profiles: [local: string, ageYears: number, consent: [by: string, relationship: string] | null][] = [
    ["young-commissioner", 17, null],
    ["young-commissioner2", 15, ["Parent of the young commissioner", "Mother"]],
    ["young-commissioner3", 14, null],
  ];
  await tx.youngCommissionerProfile.createMany({
    data: profiles.map(([local, ageYears, consent]) => ({
      councilId,
      membershipId: user(run, local).membershipId,
      dateOfBirth: addDays(addMonths(today, -12 * ageYears), -40),
      consentGivenBy: consent?.[0] ?? null,
      consentRelationship: consent?.[1] ?? null,
      consentGivenOn: consent ? addDays(today, -210) : null,
      consentRecordedById: consent ? commissioner.userId : null,
    })),
  });
  const records: [local: string, module: number, daysAgo: number, notes?: string][] = [
    ["young-commissioner", 0, 200, "Completed all four sessions."],
    ["young-commissioner", 1, 140],
    ["young-commissioner", 2, 60, "Practised scoring with sample bids in Easy Read."],
    ["young-commissioner", 3, 35],
    ["young-commissioner2", 0, 200],
    ["young-commissioner2", 1, 140],
    ["young-commissioner2", 2, 60],
    ["young-commissioner3", 0, 90, "Joined the Youth Advisory Board this year."],
  ];
  await tx.trainingRecord.createMany({
    data: records.map(([local, module, daysAgo, notes]) => ({
      councilId,
      membershipId: user(run, local).membershipId,
      moduleId: moduleIds[module],
      course: MODULES[module][0],
      completedOn: addDays(today, -daysAgo),
      deliveredBy,
      notes: notes ?? null,
      recordedById: commissioner.userId,
      createdAt: atTime(addDays(today, -daysAgo + 1), 10),
    })),
  });
}

/**
 * Reviews in each state: submitted and waiting for the demo provider's answers; planned, and answered
 * with the revisit still to plan, at another organisation; a revisit planned (and overdue) at the
 * demo provider; closed after a revisit.
 */
async function seedVenueReviews(run: CouncilRun) {
  const { tx, councilId, today } = run;
  const demoServices = run.services.filter((s) => s.orgKey === run.demoOrgKey);
  const demoService = demoServices[0];
  const staff = run.orgStaff[run.demoOrgKey];
  const commissioner = user(run, "commissioner");
  const yc = [user(run, "young-commissioner"), user(run, "young-commissioner2")];
  const reviewers = (...n: number[]) => ({ connect: n.map((i) => ({ id: yc[i].membershipId })) });

  // Visited three weeks ago; one recommendation accepted by the provider, one still waiting for a response.
  const visitedId = newId();
  const visitedOn = addDays(today, -21);
  await tx.venueReview.create({
    data: {
      id: visitedId,
      councilId,
      organisationId: orgId(run, run.demoOrgKey),
      serviceId: demoService?.id ?? null,
      venueName: demoService ? `${demoService.name}` : "Community centre",
      status: "VISITED",
      plannedFor: visitedOn,
      visitedOn,
      supportStaffId: commissioner.membershipId,
      ratings: {
        gettingThere: "OKAY",
        gettingIn: "OKAY",
        welcome: "HAPPY",
        toilets: "SAD",
        activities: "HAPPY",
        staffUnderstood: "HAPPY",
        communication: "OKAY",
        goAgain: "HAPPY",
      },
      summary:
        "Staff were friendly and knew every child's name. The activities were fun. The hall is very loud at lunchtime, there is nowhere quiet to go, and the toilets and exits have no picture signs.",
      submittedAt: atTime(visitedOn, 16),
      submittedById: yc[0].userId,
      responseDueOn: addDays(visitedOn, 28),
      createdById: commissioner.userId,
      createdAt: atTime(addDays(today, -50), 10),
      reviewers: reviewers(0, 1),
    },
  });
  await tx.venueRecommendation.createMany({
    data: [
      {
        councilId,
        reviewId: visitedId,
        position: 0,
        text: "Make a quiet room with soft lighting where children can go when the hall gets too loud.",
        status: "OPEN",
      },
      {
        councilId,
        reviewId: visitedId,
        position: 1,
        text: "Put picture signs on the toilets and the exits.",
        status: "ACCEPTED",
        providerResponse:
          "Thank you. We have ordered picture signs and they will be up before the next holiday scheme.",
        plannedBy: addDays(today, 30),
        respondedAt: atTime(addDays(today, -10), 15),
        respondedById: staff?.userId ?? null,
      },
    ],
  });

  // Planned for next month, at another organisation.
  const otherOrg = Object.keys(run.orgStaff).find(
    (k) => k !== run.demoOrgKey && run.services.some((s) => s.orgKey === k),
  );
  if (otherOrg) {
    const otherService = run.services.find((s) => s.orgKey === otherOrg);
    await tx.venueReview.create({
      data: {
        councilId,
        organisationId: orgId(run, otherOrg),
        serviceId: otherService?.id ?? null,
        venueName: otherService?.name ?? "Venue",
        status: "PLANNED",
        plannedFor: addMonths(today, 1),
        supportStaffId: commissioner.membershipId,
        createdById: commissioner.userId,
        createdAt: atTime(addDays(today, -7), 11),
        reviewers: reviewers(0, 1),
      },
    });
  }

  // At another organisation: every recommendation answered last week; staff have not planned the revisit yet.
  if (otherOrg) {
    const otherService = run.services.filter((s) => s.orgKey === otherOrg).at(-1);
    const answeredId = newId();
    const visited = addDays(today, -40);
    await tx.venueReview.create({
      data: {
        id: answeredId,
        councilId,
        organisationId: orgId(run, otherOrg),
        serviceId: otherService?.id ?? null,
        venueName: otherService?.name ?? "Youth club",
        status: "PROVIDER_RESPONDED",
        plannedFor: visited,
        visitedOn: visited,
        supportStaffId: commissioner.membershipId,
        ratings: { welcome: "HAPPY", communication: "SAD", activities: "OKAY", goAgain: "OKAY" },
        summary: "The youth workers made us feel welcome straight away.",
        submittedAt: atTime(visited, 17),
        submittedById: yc[0].userId,
        responseDueOn: addDays(visited, 28),
        createdById: commissioner.userId,
        createdAt: atTime(addDays(visited, -14), 10),
        reviewers: reviewers(0, 1),
      },
    });
    const otherStaff = run.orgStaff[otherOrg];
    await tx.venueRecommendation.createMany({
      data: [
        {
          councilId,
          reviewId: answeredId,
          position: 0,
          text: "Show the plan for each evening in pictures and words on the wall.",
          status: "ACCEPTED",
          providerResponse: "We will make a picture timetable with the young people.",
          plannedBy: addDays(today, 21),
          respondedAt: atTime(addDays(today, -7), 14),
          respondedById: otherStaff?.userId ?? null,
        },
        {
          councilId,
          reviewId: answeredId,
          position: 1,
          text: "Let us bring a friend to the first session.",
          status: "NOT_ACCEPTED",
          providerResponse:
            "Places are limited by staffing ratios, but a parent or carer can stay for the first session.",
          respondedAt: atTime(addDays(today, -7), 14),
          respondedById: otherStaff?.userId ?? null,
        },
      ],
    });
  }

  // At the demo provider: answered two months ago, revisit planned for last week and not yet recorded.
  const revisitDue = newId();
  const firstVisit = addDays(today, -90);
  const secondService = demoServices[1] ?? demoService;
  await tx.venueReview.create({
    data: {
      id: revisitDue,
      councilId,
      organisationId: orgId(run, run.demoOrgKey),
      serviceId: secondService?.id ?? null,
      venueName: secondService?.name ?? "Sports hall",
      status: "REVISIT_PLANNED",
      plannedFor: firstVisit,
      visitedOn: firstVisit,
      supportStaffId: commissioner.membershipId,
      ratings: {
        gettingThere: "HAPPY",
        gettingIn: "SAD",
        welcome: "HAPPY",
        activities: "OKAY",
        goAgain: "OKAY",
      },
      summary: "The coaches were kind and let everyone have a go.",
      submittedAt: atTime(firstVisit, 17),
      submittedById: yc[1].userId,
      responseDueOn: addDays(firstVisit, 28),
      revisitPlannedFor: addDays(today, -7),
      createdById: commissioner.userId,
      createdAt: atTime(addDays(firstVisit, -20), 10),
      reviewers: reviewers(0, 1),
    },
  });
  await tx.venueRecommendation.createMany({
    data: [
      {
        councilId,
        reviewId: revisitDue,
        position: 0,
        text: "Fix the heavy door at the entrance so wheelchair users can open it.",
        status: "ACCEPTED",
        providerResponse: "We will fit an automatic door opener.",
        plannedBy: addDays(today, -30),
        respondedAt: atTime(addDays(firstVisit, 12), 11),
        respondedById: staff?.userId ?? null,
      },
      {
        councilId,
        reviewId: revisitDue,
        position: 1,
        text: "Have the session plan in pictures.",
        status: "NOT_ACCEPTED",
        providerResponse:
          "Each session changes on the day, so we tell everyone at the start and show the equipment.",
        respondedAt: atTime(addDays(firstVisit, 12), 11),
        respondedById: staff?.userId ?? null,
      },
    ],
  });

  // An older review, revisited and closed: the recommendation was done.
  const thirdOrg = Object.keys(run.orgStaff).filter(
    (k) => k !== run.demoOrgKey && k !== otherOrg && run.services.some((s) => s.orgKey === k),
  )[0];
  if (thirdOrg) {
    const thirdService = run.services.find((s) => s.orgKey === thirdOrg);
    const reviewId = newId();
    const visited = addDays(today, -180);
    const revisit = addDays(today, -60);
    await tx.venueReview.create({
      data: {
        id: reviewId,
        councilId,
        organisationId: orgId(run, thirdOrg),
        serviceId: thirdService?.id ?? null,
        venueName: thirdService?.name ?? "Venue",
        status: "CLOSED",
        outcome: "ALL_DONE",
        plannedFor: visited,
        visitedOn: visited,
        supportStaffId: commissioner.membershipId,
        ratings: {
          gettingThere: "HAPPY",
          gettingIn: "SAD",
          welcome: "HAPPY",
          activities: "HAPPY",
          goAgain: "OKAY",
        },
        summary: "A good welcome and lots to do.",
        submittedAt: atTime(visited, 16),
        submittedById: yc[1].userId,
        responseDueOn: addDays(visited, 28),
        revisitPlannedFor: revisit,
        closedAt: atTime(revisit, 16),
        createdById: commissioner.userId,
        createdAt: atTime(addDays(visited, -20), 10),
        reviewers: reviewers(1),
      },
    });
    await tx.venueRecommendation.create({
      data: {
        councilId,
        reviewId,
        text: "Make the garden ramp less steep so wheelchair users can get outside on their own.",
        status: "ACCEPTED",
        providerResponse: "Agreed. A new ramp will be built in the spring.",
        plannedBy: addDays(visited, 120),
        respondedAt: atTime(addDays(visited, 14), 12),
        respondedById: run.orgStaff[thirdOrg]?.userId ?? null,
        revisitFinding: "The new ramp is in and two young people in wheelchairs used it during our visit.",
        revisitOutcome: "DONE",
      },
    });
    await tx.venueRevisit.create({
      data: {
        councilId,
        reviewId,
        visitedOn: revisit,
        summary: `Revisited on ${longDate(revisit)}: the ramp has been rebuilt and the garden is now used every session.`,
        createdById: yc[1].userId,
        createdAt: atTime(revisit, 16),
      },
    });
  }
}

async function seedPlansAndActivities(run: CouncilRun) {
  const { tx, councilId, today } = run;
  const current = sixMonthBlock(today);
  const previous = sixMonthBlock(addDays(current.start, -1));
  const title = (b: { start: Date; end: Date }) =>
    `Involvement action plan ${longDate(b.start)} to ${longDate(b.end)}`;
  const currentId = newId();
  const previousId = newId();
  await tx.involvementPlan.createMany({
    data: [
      {
        id: previousId,
        councilId,
        title: title(previous),
        periodStart: previous.start,
        periodEnd: previous.end,
        createdAt: addDays(previous.start, -14),
      },
      {
        id: currentId,
        councilId,
        title: title(current),
        periodStart: current.start,
        periodEnd: current.end,
        createdAt: addDays(current.start, -14),
      },
    ],
  });
  await tx.involvementPlanAction.createMany({
    data: [
      {
        councilId,
        planId: previousId,
        description: "Train five new young commissioners",
        owner: "Participation officer",
        dueDate: addDays(previous.end, -30),
        status: "DONE",
      },
      {
        councilId,
        planId: previousId,
        description: "Young commissioners review three short breaks venues",
        owner: "Short breaks commissioner",
        dueDate: previous.end,
        status: "DONE",
      },
      {
        councilId,
        planId: currentId,
        description: "Run Easy Read training on scoring tenders",
        owner: "Participation officer",
        dueDate: addDays(current.start, 45),
        status: "DONE",
      },
      {
        councilId,
        planId: currentId,
        description: "Reach young people who use wheelchairs through inclusive sports clubs",
        owner: "Participation officer",
        dueDate: addDays(current.end, -45),
        status: "IN_PROGRESS",
      },
      {
        councilId,
        planId: currentId,
        description: "Recruit young commissioners from rural areas and care-experienced young people",
        owner: "Youth Advisory Board chair",
        dueDate: current.end,
        status: "PLANNED",
      },
      {
        councilId,
        planId: currentId,
        description: "Youth Advisory Board sets priorities from the register's needs data",
        owner: "Short breaks commissioner",
        dueDate: addDays(current.end, -20),
        status: "PLANNED",
      },
    ],
  });

  await seedActivities(run, { current, previous, currentId, previousId });
}

/** The council's groups that rarely get involved: the ones the participation team asked for. */
export const INVOLVEMENT_GROUPS: [code: string, name: string][] = [
  ["CARE_EXPERIENCED", "Care experienced"],
  ["RURAL", "Living in a rural area"],
  ["NO_SPEECH", "Communicates without speech"],
  ["MINORITY_ETHNIC", "From a minority ethnic background"],
  ["WHEELCHAIR_USER", "Wheelchair user"],
  ["YOUNG_CARER", "Young carer"],
];

/**
 * A year of involvement activities with who took part as counts (docs/decisions/0036), so the
 * report of rarely involved groups shows real blocks: the big groups show, the rarely involved are
 * fewer than the threshold in some blocks, and one group has had no one since last spring.
 */
async function seedActivities(
  run: CouncilRun,
  plans: { current: { start: Date }; previous: { start: Date }; currentId: string; previousId: string },
) {
  const { tx, councilId, today } = run;
  const rng = run.rng("involvement-activities");
  const groupIds = Object.fromEntries(INVOLVEMENT_GROUPS.map(([code]) => [code, newId()]));
  await tx.involvementGroup.createMany({
    data: INVOLVEMENT_GROUPS.map(([code, name], i) => ({
      id: groupIds[code],
      councilId,
      code,
      name,
      position: i + 1,
    })),
  });
  const planFor = (d: Date) =>
    d >= plans.current.start ? plans.currentId : d >= plans.previous.start ? plans.previousId : null;
  const commissioner = user(run, "commissioner").userId;
  const needIds = Object.values(run.needTypes);
  const kinds = ["TRAINING", "TENDER_PANEL", "VENUE_REVIEW", "YOUTH_ADVISORY_BOARD", "CONSULTATION"] as const;
  const titles: Record<(typeof kinds)[number], string[]> = {
    TRAINING: ["Scoring tenders fairly workshop", "Easy Read training for new young commissioners"],
    TENDER_PANEL: ["Tender panel briefing", "Young people's questions for the bidders"],
    VENUE_REVIEW: ["Venue review day", "Revisit of a reviewed venue"],
    YOUTH_ADVISORY_BOARD: ["Youth Advisory Board", "Youth Advisory Board: what the needs data tells us"],
    CONSULTATION: ["Drop-in on the short breaks statement", "Holiday club survey with families"],
  };
  const weights: Record<string, number> = {
    CARE_EXPERIENCED: 0.12,
    RURAL: 0.08,
    NO_SPEECH: 0.05,
    MINORITY_ETHNIC: 0.15,
    WHEELCHAIR_USER: 0.1,
    YOUNG_CARER: 0.06,
  };
  const counts: Prisma.InvolvementCountCreateManyInput[] = [];
  const held: string[] = [];
  // About two a month for a year, then one planned for next month (no counts until it is held).
  for (let daysAgo = 360; daysAgo >= -30; daysAgo -= rng.int(10, 20)) {
    const id = newId();
    const heldOn = addDays(today, -Math.max(daysAgo, -30));
    const kind = rng.pick(kinds);
    const planned = heldOn > today;
    const participants = planned
      ? null
      : rng.int(kind === "CONSULTATION" ? 15 : 6, kind === "CONSULTATION" ? 40 : 16);
    await tx.involvementActivity.create({
      data: {
        id,
        councilId,
        planId: planFor(heldOn),
        kind,
        title: rng.pick(titles[kind]),
        heldOn,
        description: planned
          ? "Planned: who took part is recorded once it has been held."
          : "Run by the participation team with young commissioners.",
        participants,
        createdById: commissioner,
        createdAt: atTime(planned ? today : heldOn, 18),
      },
    });
    if (participants === null) continue;
    held.push(id);
    const push = (dimension: "AGE_BAND" | "NEED_TYPE" | "GROUP", key: string, count: number) => {
      if (count > 0) counts.push({ councilId, activityId: id, dimension, key, count });
    };
    // Most are teenagers; everyone has an age band.
    const young = rng.int(0, Math.floor(participants / 5));
    const middle = rng.int(0, Math.floor((participants - young) / 3));
    const older11 = rng.int(0, participants - young - middle);
    push("AGE_BAND", "AGE_5_10", young + middle);
    push("AGE_BAND", "AGE_11_15", older11);
    push("AGE_BAND", "AGE_16_19", participants - young - middle - older11);
    for (const needId of needIds) push("NEED_TYPE", needId, rng.int(0, Math.ceil(participants / 3)));
    for (const [code] of INVOLVEMENT_GROUPS) {
      // No one who communicates without speech since the spring: the report highlights them.
      if (code === "NO_SPEECH" && daysAgo < 200) continue;
      let n = 0;
      for (let p = 0; p < participants; p++) if (rng.chance(weights[code])) n++;
      push("GROUP", groupIds[code], n);
    }
  }
  await tx.involvementCount.createMany({ data: counts });
  // The latest "You said, we did" actions came from the latest activities held.
  const yswd = await tx.youSaidWeDid.findMany({
    where: { councilId },
    orderBy: { createdAt: "desc" },
    take: 2,
    select: { id: true },
  });
  for (const [i, entry] of yswd.entries()) {
    const activityId = held[held.length - 1 - i];
    if (!activityId) continue;
    await tx.involvementActivity.update({
      where: { id: activityId },
      data: { youSaidWeDid: { connect: { id: entry.id } } },
    });
  }
}
