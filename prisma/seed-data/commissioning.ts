/** Specifications (with versions, outputs and equality impact assessments) and tenders. */
import type { Prisma } from "../../lib/db";
import { money, orgId, serviceTypeId, user, type CouncilRun } from "./context";
import type { CouncilDef, SpecDef, TenderDef } from "./definitions";
import { addDays, atTime } from "./dates";
import { newId } from "./random";
import { needsSnapshot } from "./register";
import { districtConnect } from "./services";

export async function seedSpecifications(run: CouncilRun, def: CouncilDef): Promise<void> {
  for (const spec of def.specifications) await seedSpecification(run, spec);
}

async function seedSpecification(run: CouncilRun, spec: SpecDef): Promise<void> {
  const { tx, councilId, now } = run;
  const author = user(run, "commissioner");
  const approver = user(run, "commissioner2");
  const createdAt = addDays(now, -spec.startedDaysAgo);
  const tenderPublishedAt = tenderDates(run, spec.tender)?.publishedAt;
  const approvedAt =
    spec.status === "APPROVED"
      ? tenderPublishedAt
        ? addDays(tenderPublishedAt, -5)
        : addDays(now, -Math.round(spec.startedDaysAgo / 3))
      : null;
  const eiaCompletedAt =
    spec.status === "DRAFT" ? null : addDays(approvedAt ?? addDays(now, -3), approvedAt ? -10 : 0);

  const specificationId = newId();
  await tx.specification.create({
    data: {
      id: specificationId,
      councilId,
      reference: spec.reference,
      serviceTypeId: serviceTypeId(run, spec.type),
      status: spec.status,
      currentVersion: 1,
      needsSnapshot: needsSnapshot(run, createdAt),
      createdById: author.userId,
      createdAt,
    },
  });
  const versionId = newId();
  await tx.specificationVersion.create({
    data: {
      id: versionId,
      councilId,
      specificationId,
      version: 1,
      title: spec.title,
      summary: spec.summary,
      ageMin: spec.ageMin,
      ageMax: spec.ageMax,
      needTypeCodes: spec.needs,
      outcomes: spec.outcomes,
      maxAnnualValue: money(spec.maxAnnualValue),
      termMonths: spec.termMonths,
      extensionMonths: spec.extensionMonths,
      eiaGroups: spec.eia.groups,
      eiaImpact: spec.eia.impact,
      eiaMitigations: spec.eia.mitigations,
      eiaCompletedAt,
      approvedAt,
      approvedById: approvedAt ? approver.userId : null,
      createdById: author.userId,
      authorIds: [author.userId],
      createdAt,
      districts: { connect: districtConnect(run, spec.districts) },
    },
  });
  await tx.specificationOutput.createMany({
    data: spec.outputs.map(([measure, unit, quantity, period], position) => ({
      councilId,
      specificationVersionId: versionId,
      measure,
      unit,
      quantity: money(quantity),
      period,
      position,
    })),
  });

  if (spec.tender) {
    if (spec.status !== "APPROVED")
      throw new Error(`seed: ${spec.reference} has a tender but is not approved`);
    await seedTender(run, spec, spec.tender, versionId);
  }
}

interface TenderDates {
  publishedAt: Date;
  clarificationDeadline: Date;
  submissionDeadline: Date;
  evaluationEndsAt: Date;
}

function tenderDates(run: CouncilRun, tender: TenderDef | undefined): TenderDates | undefined {
  if (!tender) return undefined;
  const { today } = run;
  if (tender.stage === "published") {
    return {
      publishedAt: atTime(addDays(today, -7), 9),
      clarificationDeadline: atTime(addDays(today, 14), 12),
      submissionDeadline: atTime(addDays(today, 21), 12),
      evaluationEndsAt: atTime(addDays(today, 42), 17),
    };
  }
  return {
    publishedAt: atTime(addDays(today, -45), 9),
    clarificationDeadline: atTime(addDays(today, -17), 12),
    submissionDeadline: atTime(addDays(today, -10), 12),
    evaluationEndsAt: atTime(addDays(today, 14), 17),
  };
}

async function seedTender(run: CouncilRun, spec: SpecDef, tender: TenderDef, specificationVersionId: string) {
  const { tx, councilId } = run;
  const dates = tenderDates(run, tender);
  if (!dates) return;
  const weights = tender.criteria.reduce((s, c) => s + c.weight, 0);
  if (weights !== 100) throw new Error(`seed: ${tender.reference} weights add up to ${weights}, not 100`);
  const commissioner = user(run, "commissioner");

  const tenderId = newId();
  await tx.tender.create({
    data: {
      id: tenderId,
      councilId,
      reference: tender.reference,
      title: tender.title,
      description: tender.description,
      specificationVersionId,
      status: tender.stage === "published" ? "PUBLISHED" : "IN_EVALUATION",
      estimatedValue: money(spec.maxAnnualValue).mul(spec.termMonths).div(12).toDecimalPlaces(2),
      ...dates,
      hideBidderNames: true,
      createdById: commissioner.userId,
      createdAt: addDays(dates.publishedAt, -3),
    },
  });

  const criterionIds: Record<string, string> = {};
  await tx.tenderCriterion.createMany({
    data: tender.criteria.map((c, position) => {
      criterionIds[c.key] = newId();
      return {
        id: criterionIds[c.key],
        councilId,
        tenderId,
        kind: c.kind,
        title: c.title,
        question: c.question,
        guidance: c.guidance ?? null,
        weight: c.weight,
        position,
      };
    }),
  });

  // Clarification questions: answered ones are published to every bidder.
  await tx.clarificationQuestion.createMany({
    data: tender.clarifications.map((q, i) => {
      const asker = run.orgStaff[q.org];
      if (!asker) throw new Error(`seed: no staff user for ${q.org} in ${run.slug}`);
      const askedAt = q.answer ? addDays(dates.publishedAt, 2 + i) : addDays(run.now, -1);
      const answeredAt = q.answer ? addDays(askedAt, 2) : null;
      return {
        councilId,
        tenderId,
        organisationId: orgId(run, q.org),
        askedById: asker.userId,
        question: q.question,
        answer: q.answer ?? null,
        answeredById: q.answer ? commissioner.userId : null,
        publishedAt: answeredAt,
        createdAt: askedAt,
      };
    }),
  });

  const answerRows: Prisma.BidAnswerCreateManyInput[] = [];
  const bidRows: Prisma.BidCreateManyInput[] = [];
  const bidIds: string[] = [];
  tender.bids.forEach((b, i) => {
    const id = newId();
    bidIds.push(id);
    bidRows.push({
      id,
      councilId,
      tenderId,
      organisationId: orgId(run, b.org),
      status: "SUBMITTED",
      price: money(b.price),
      safeguardingDeclared: true,
      insuranceDeclared: true,
      label: b.label,
      submittedAt: addDays(dates.submissionDeadline, -(3 - i) / 2),
      createdAt: addDays(dates.publishedAt, 4 + i),
    });
    for (const [key, answer] of Object.entries(b.answers)) {
      answerRows.push({ councilId, bidId: id, criterionId: criterionIds[key], answer });
    }
  });
  if (tender.draftBidOrg) {
    // A bid the organisation has started but not sent: two answers written, no price or declarations yet.
    const id = newId();
    bidRows.push({
      id,
      councilId,
      tenderId,
      organisationId: orgId(run, tender.draftBidOrg),
      status: "DRAFT",
      createdAt: addDays(run.now, -3),
    });
    const written = tender.criteria.filter((c) => c.kind === "QUALITY").slice(0, 2);
    written.forEach((c, i) =>
      answerRows.push({
        councilId,
        bidId: id,
        criterionId: criterionIds[c.key],
        answer:
          i === 0
            ? "Draft: we already run inclusive play schemes in small groups of six, with a quiet room and a named worker for each autistic child. Each day starts with a picture timetable…"
            : "Draft: all staff complete autism training and safeguarding level 2 before their first session…",
      }),
    );
  }
  if (bidRows.length) await tx.bid.createMany({ data: bidRows });
  if (answerRows.length) await tx.bidAnswer.createMany({ data: answerRows });

  if (tender.stage === "evaluation") await seedPanel(run, tenderId, tender, criterionIds, dates.publishedAt);
}

/**
 * The evaluation panel: the lead commissioner chairs, a second commissioner evaluates and two young
 * commissioners score the young people's criterion (the first also one quality criterion). No scores
 * yet, so every panel member has scoring to do. Price is worked out by formula, so nobody is assigned it.
 */
async function seedPanel(
  run: CouncilRun,
  tenderId: string,
  tender: TenderDef,
  criterionIds: Record<string, string>,
  publishedAt: Date,
) {
  const { tx, councilId } = run;
  const panelId = newId();
  await tx.evaluationPanel.create({
    data: { id: panelId, councilId, tenderId, createdAt: addDays(publishedAt, 1) },
  });

  const quality = tender.criteria.filter((c) => c.kind === "QUALITY").map((c) => c.key);
  const youngPeople = tender.criteria.filter((c) => c.kind === "YOUNG_PEOPLE").map((c) => c.key);
  const seats: { local: string; role: "CHAIR" | "EVALUATOR" | "YOUNG_COMMISSIONER"; criteria: string[] }[] = [
    { local: "commissioner", role: "CHAIR", criteria: quality },
    { local: "commissioner2", role: "EVALUATOR", criteria: quality },
    { local: "young-commissioner", role: "YOUNG_COMMISSIONER", criteria: [...youngPeople, quality[0]] },
    { local: "young-commissioner2", role: "YOUNG_COMMISSIONER", criteria: youngPeople },
  ];
  const members: Prisma.PanelMemberCreateManyInput[] = [];
  const assignments: Prisma.PanelAssignmentCreateManyInput[] = [];
  for (const seat of seats) {
    const id = newId();
    members.push({
      id,
      councilId,
      panelId,
      membershipId: user(run, seat.local).membershipId,
      role: seat.role,
      createdAt: addDays(publishedAt, 1),
    });
    for (const key of seat.criteria) {
      assignments.push({ councilId, panelMemberId: id, criterionId: criterionIds[key] });
    }
  }
  await tx.panelMember.createMany({ data: members });
  await tx.panelAssignment.createMany({ data: assignments });
}
