/**
 * Contracts and their monitoring: KPIs, quarterly return periods, outcome returns with KPI actuals,
 * a query thread, an extension, and contract meetings with actions.
 */
import { Prisma, type KpiSource, type KpiUnit } from "../../lib/db";
import { money, orgId, serviceTypeId, user, type CouncilRun, type SeededContract } from "./context";
import type { ContractDef, CouncilDef, EndRule } from "./definitions";
import {
  addDays,
  addMonths,
  atTime,
  endOfMonth,
  financialQuarter,
  longDate,
  maxDate,
  minDate,
  nextMarch31,
} from "./dates";
import { organisationName } from "./organisations";
import { Rng, newId } from "./random";
import { districtConnect } from "./services";
import { refreshContractRag } from "../../lib/data/contracts/refresh-contract-rag";

type KpiTemplate = [
  name: string,
  description: string,
  unit: KpiUnit,
  source: KpiSource,
  targetPerQuarter: string,
];

const PARENTS_SUPPORTED: KpiTemplate = [
  "% parents who feel supported to care at home",
  "Parents and carers who answered 'agree' or 'strongly agree' in the quarter's survey",
  "PERCENT",
  "OUTCOME",
  "80",
];
const CHILDREN_ENJOYED: KpiTemplate = [
  "% children who said they had a good time",
  "Children who chose the happy face or said yes when asked at the end of a session",
  "PERCENT",
  "CHILD_VOICE",
  "85",
];

/** Quarterly KPIs by type of service. */
const KPI_TEMPLATES: Record<string, KpiTemplate[]> = {
  PLAY_SCHEME: [
    ["Play scheme days delivered", "Days the play scheme was open", "DAYS", "OUTPUT", "8"],
    ["Children supported", "Different children who came at least once", "CHILDREN", "OUTPUT", "25"],
    PARENTS_SUPPORTED,
    CHILDREN_ENJOYED,
  ],
  AFTER_SCHOOL: [
    ["After-school sessions delivered", "Sessions run in term time", "SESSIONS", "OUTPUT", "36"],
    ["Children attending", "Different children who came at least once", "CHILDREN", "OUTPUT", "15"],
    PARENTS_SUPPORTED,
  ],
  HOLIDAY_CLUB: [
    ["Holiday club days delivered", "Days open in the school holidays", "DAYS", "OUTPUT", "10"],
    ["Children supported", "Different children who came at least once", "CHILDREN", "OUTPUT", "30"],
    PARENTS_SUPPORTED,
    CHILDREN_ENJOYED,
  ],
  OVERNIGHT: [
    ["Nights of overnight care", "Nights of care given, counted per child", "DAYS", "OUTPUT", "150"],
    ["Families supported", "Families with at least one overnight break", "FAMILIES", "OUTPUT", "35"],
    PARENTS_SUPPORTED,
  ],
  RESIDENTIAL: [
    ["Residential break nights", "Nights of residential breaks, counted per child", "DAYS", "OUTPUT", "48"],
    ["Families supported", "Families with at least one break", "FAMILIES", "OUTPUT", "20"],
    PARENTS_SUPPORTED,
  ],
  SITTING: [
    ["Sitting hours delivered", "Hours of sitting in family homes", "HOURS", "OUTPUT", "450"],
    ["Families supported", "Families who used the service", "FAMILIES", "OUTPUT", "30"],
    [
      "% families satisfied",
      "Families who rated the service good or very good",
      "PERCENT",
      "SATISFACTION",
      "90",
    ],
  ],
  SHARED_CARE: [
    ["Shared care hours", "Hours of care with approved carers", "HOURS", "OUTPUT", "1200"],
    ["Children matched with a carer", "Children with a regular shared carer", "CHILDREN", "OUTPUT", "18"],
    ["New carers approved", "Carers approved by the panel in the quarter", "COUNT", "OUTPUT", "1"],
    PARENTS_SUPPORTED,
  ],
  HOMECARE: [
    ["Homecare hours delivered", "Hours of care delivered in family homes", "HOURS", "OUTPUT", "2100"],
    ["Children supported", "Children who received homecare", "CHILDREN", "OUTPUT", "28"],
    [
      "% visits on time",
      "Visits started within 15 minutes of the planned time",
      "PERCENT",
      "SATISFACTION",
      "95",
    ],
  ],
  ONE_TO_ONE: [
    ["1:1 support hours", "Hours of one-to-one support in the community", "HOURS", "OUTPUT", "750"],
    ["Young people supported", "Young people with regular 1:1 support", "CHILDREN", "OUTPUT", "20"],
    CHILDREN_ENJOYED,
  ],
  LEISURE: [
    ["Leisure sessions run", "Inclusive sessions run", "SESSIONS", "OUTPUT", "24"],
    ["Children taking part", "Different children who came at least once", "CHILDREN", "OUTPUT", "40"],
    CHILDREN_ENJOYED,
  ],
};

const NARRATIVES = [
  "All planned sessions ran. We welcomed new children referred by the disabled children's team and ran a taster day for families on the waiting list.",
  "Attendance was steady. Two sessions were moved to a larger room so children who use wheelchairs could take part in every activity.",
  "We trained four new staff in autism awareness and personal care. A parents' coffee morning was held and 14 parents came.",
  "Staff sickness meant one session was shortened, but no child missed a session. We have recruited two relief workers.",
  "Children chose a summer trip to the farm park. We added a quiet room after children and parents asked for somewhere calm.",
];
const CHILD_VOICE_METHODS = [
  "Talking Mats at the end of each session",
  "Picture voting board: children put a sticker on what they liked most",
  "Smiley-face cards at pick-up time",
  "Short chats with a trusted worker, using Makaton where needed",
  "Young people's committee meeting each month",
];
const CHILD_VOICE_SUMMARIES = [
  "Most children said they liked the cooking and the outdoor games best. Several asked for more trips.",
  "Children asked for more time in the sensory room and for the music to be quieter at lunch.",
  "Young people wanted to plan the holiday trips themselves; the committee chose bowling and the cinema.",
  "Children said the staff were kind and listened. Two children said the hall was too noisy.",
];
const CASE_STUDIES = [
  "A, aged 9, had never stayed anywhere without his mum. After three short visits with his key worker he now comes every Saturday and his mum has started an evening class.",
  "B, aged 14, uses a wheelchair and wanted to try climbing. With an adapted harness she reached the top of the wall and has joined the monthly climbing club.",
  "C's parents told us the overnight breaks are the only nights they sleep through. C now packs her own bag and counts down the days.",
];

/** End date of a contract, from its rule and today. */
function endDateFor(rule: EndRule, today: Date): Date {
  switch (rule.kind) {
    case "march31":
      return nextMarch31(today);
    case "monthEnd":
      return endOfMonth(addMonths(today, rule.monthsAhead));
    case "ended":
      return endOfMonth(addMonths(today, -rule.monthsAgo));
  }
}

function monthsInclusive(start: Date, end: Date): number {
  const after = addDays(end, 1);
  return (after.getUTCFullYear() - start.getUTCFullYear()) * 12 + (after.getUTCMonth() - start.getUTCMonth());
}

interface PeriodPlan {
  id: string;
  label: string;
  startDate: Date;
  endDate: Date;
  dueDate: Date;
}

function returnPeriods(run: CouncilRun, startDate: Date, endDate: Date): PeriodPlan[] {
  const periods: PeriodPlan[] = [];
  const lastQuarterStart = financialQuarter(addMonths(run.today, 3)).start;
  let q = financialQuarter(startDate);
  while (q.start <= lastQuarterStart && q.start <= endDate) {
    const periodEnd = minDate(q.end, endDate);
    periods.push({
      id: newId(),
      label: q.label,
      startDate: maxDate(q.start, startDate),
      endDate: periodEnd,
      dueDate: addDays(periodEnd, run.returnDueDays),
    });
    q = financialQuarter(addDays(q.end, 1));
  }
  return periods;
}

/** A KPI value: mostly on or above target, some amber, a few red. */
function actualValue(rng: Rng, unit: KpiUnit, target: string, forcedFactor?: number): Prisma.Decimal {
  const r = rng.next();
  const factor =
    forcedFactor ??
    (r < 0.07 ? 0.55 + rng.next() * 0.24 : r < 0.25 ? 0.8 + rng.next() * 0.14 : 0.95 + rng.next() * 0.25);
  let value = Math.round(Number(target) * factor);
  if (unit === "PERCENT") value = Math.min(value, 100);
  if (unit === "COUNT") value = Math.max(0, Math.round(Number(target) * (forcedFactor ?? rng.int(0, 2))));
  return new Prisma.Decimal(value);
}

export async function seedContracts(run: CouncilRun, def: CouncilDef): Promise<void> {
  const rng = run.rng("contracts");
  const periodRows: Prisma.ReturnPeriodCreateManyInput[] = [];
  const kpiRows: Prisma.KpiCreateManyInput[] = [];
  const returnRows: Prisma.OutcomeReturnCreateManyInput[] = [];
  const actualRows: Prisma.KpiActualCreateManyInput[] = [];
  const queryRows: Prisma.ReturnQueryCreateManyInput[] = [];
  const variationRows: Prisma.ContractVariationCreateManyInput[] = [];
  const paymentRows: Prisma.ContractPaymentCreateManyInput[] = [];
  const commissioners = [user(run, "commissioner"), user(run, "commissioner2")];

  for (const [index, c] of def.contracts.entries()) {
    const startDate = financialQuarter(addMonths(run.today, -3 * c.startQuartersAgo)).start;
    const endDate = endDateFor(c.end, run.today);
    const originalEndDate = c.extendedBy ? endOfMonth(addMonths(endDate, -c.extendedBy)) : endDate;
    const annualValue = money(c.annualValue);
    const months = monthsInclusive(startDate, endDate);
    const reference = `${run.refPrefix}-C-${startDate.getUTCFullYear()}-${String(index + 1).padStart(3, "0")}`;
    const staff = run.orgStaff[c.org];
    if (!staff) throw new Error(`seed: no staff user for ${c.org} in ${run.slug}`);

    const contractId = newId();
    await run.tx.contract.create({
      data: {
        id: contractId,
        councilId: run.councilId,
        reference,
        title: c.title,
        organisationId: orgId(run, c.org),
        serviceTypeId: serviceTypeId(run, c.type),
        annualValue,
        totalValue: annualValue.mul(months).div(12).toDecimalPlaces(2),
        startDate,
        endDate,
        originalEndDate,
        extensionMonthsAvailable: c.extensionMonthsAvailable,
        extensionMonthsUsed: c.extendedBy ?? 0,
        createdAt: addDays(startDate, -30),
        districts: { connect: districtConnect(run, c.districts) },
      },
    });
    run.contracts.push({
      id: contractId,
      key: c.key,
      orgKey: c.org,
      serviceTypeCode: c.type,
      title: c.title,
      reference,
      startDate,
      endDate,
    });

    if (c.extendedBy) {
      variationRows.push({
        councilId: run.councilId,
        contractId,
        kind: "EXTENSION",
        reason: `Extended by ${c.extendedBy} months under the contract's extension option, while the new specification is approved and tendered.`,
        valueChange: annualValue.mul(c.extendedBy).div(12).toDecimalPlaces(2),
        newEndDate: endDate,
        effectiveDate: addDays(originalEndDate, 1),
        createdById: commissioners[0].userId,
        createdAt: addDays(originalEndDate, -90),
      });
    }

    const templates = KPI_TEMPLATES[c.type];
    if (!templates) throw new Error(`seed: no KPI templates for ${c.type}`);
    const kpis = templates.map(([name, description, unit, source, target], position) => {
      const id = newId();
      kpiRows.push({
        id,
        councilId: run.councilId,
        contractId,
        name,
        description,
        unit,
        source,
        targetPerPeriod: money(target),
        position,
      });
      return { id, unit, target };
    });

    const periods = returnPeriods(run, startDate, endDate);
    const pastDue = periods.filter((p) => p.dueDate < run.today);
    const latestPastDue = pastDue[pastDue.length - 1];
    // The council pays each quarter in arrears, a month after it ends: its share of the annual value.
    for (const [n, p] of periods.entries()) {
      const paidOn = addDays(p.endDate, 30);
      if (paidOn >= run.today) continue;
      const days = Math.round((p.endDate.getTime() - p.startDate.getTime()) / 86_400_000) + 1;
      paymentRows.push({
        councilId: run.councilId,
        contractId,
        amount: annualValue.mul(days).div(365).toDecimalPlaces(2),
        paidOn,
        reference: `${reference}-P${String(n + 1).padStart(2, "0")}`,
      });
    }
    for (const p of periods) {
      periodRows.push({
        id: p.id,
        councilId: run.councilId,
        contractId,
        label: p.label,
        startDate: p.startDate,
        endDate: p.endDate,
        dueDate: p.dueDate,
      });
      // Periods not yet due have no return; the special cases apply to the latest past-due period.
      if (p.dueDate >= run.today) continue;
      const special = p === latestPastDue ? c.latestReturn : undefined;
      if (special === "overdue") continue;
      const status = special === "queried" ? "QUERIED" : special === "submitted" ? "SUBMITTED" : "ACCEPTED";
      const submittedAt = atTime(
        special
          ? minDate(addDays(p.dueDate, -2), addDays(run.today, -6))
          : addDays(p.dueDate, -rng.int(1, 14)),
        rng.int(9, 16),
        rng.int(0, 59),
      );
      const accepter = commissioners[rng.int(0, 1)];
      const returnId = newId();
      const values = kpis.map((k, i) => ({
        kpiId: k.id,
        unit: k.unit,
        // The queried return is short on its first output, which is what the commissioner asks about.
        value: actualValue(rng, k.unit, k.target, special === "queried" && i === 0 ? 0.75 : undefined),
      }));
      const childrenKpi = values.find((v) => v.unit === "CHILDREN");
      const familiesKpi = values.find((v) => v.unit === "FAMILIES");
      const childrenSupported = childrenKpi ? childrenKpi.value.toNumber() : rng.int(12, 40);
      returnRows.push({
        id: returnId,
        councilId: run.councilId,
        returnPeriodId: p.id,
        contractId,
        organisationId: orgId(run, c.org),
        status,
        childrenSupported,
        familiesSupported: familiesKpi
          ? familiesKpi.value.toNumber()
          : Math.max(1, childrenSupported - rng.int(0, 4)),
        narrative: rng.pick(NARRATIVES),
        childVoiceMethod: rng.pick(CHILD_VOICE_METHODS),
        childVoiceSummary: rng.pick(CHILD_VOICE_SUMMARIES),
        caseStudy: rng.chance(0.3) ? rng.pick(CASE_STUDIES) : null,
        submittedAt,
        submittedById: staff.userId,
        acceptedAt:
          status === "ACCEPTED" ? minDate(addDays(submittedAt, rng.int(3, 12)), addDays(run.now, -1)) : null,
        acceptedById: status === "ACCEPTED" ? accepter.userId : null,
        createdAt: addDays(submittedAt, -rng.int(2, 10)),
      });
      for (const v of values) {
        actualRows.push({
          councilId: run.councilId,
          outcomeReturnId: returnId,
          kpiId: v.kpiId,
          value: v.value,
        });
      }
      if (status === "QUERIED") {
        const [first] = templates;
        queryRows.push({
          councilId: run.councilId,
          outcomeReturnId: returnId,
          authorUserId: commissioners[0].userId,
          authorRole: "COMMISSIONER",
          body: `Thank you for the return. "${first[0]}" is ${values[0].value.toString()} against a target of ${first[4]}. Please tell us why the shortfall happened and how the missing ${first[2].toLowerCase()} will be made up before ${longDate(addDays(p.endDate, 90))}.`,
          createdAt: addDays(submittedAt, 3),
        });
      }
    }
  }

  await run.tx.kpi.createMany({ data: kpiRows });
  await run.tx.returnPeriod.createMany({ data: periodRows });
  await run.tx.outcomeReturn.createMany({ data: returnRows });
  await run.tx.kpiActual.createMany({ data: actualRows });
  if (queryRows.length) await run.tx.returnQuery.createMany({ data: queryRows });
  if (variationRows.length) await run.tx.contractVariation.createMany({ data: variationRows });
  if (paymentRows.length) await run.tx.contractPayment.createMany({ data: paymentRows });
  for (const contractId of new Set(kpiRows.map((k) => k.contractId)))
    await refreshContractRag(run.tx, contractId);

  for (const c of def.contracts.filter((x) => x.meeting)) {
    const contract = contractByKey(run, c.key);
    if (c.org === run.demoOrgKey) await seedMeetings(run, c, contract);
    else await seedExpiryMeeting(run, c, contract);
  }
}

export function contractByKey(run: CouncilRun, key: string): SeededContract {
  const c = run.contracts.find((x) => x.key === key);
  if (!c) throw new Error(`seed: no contract "${key}" in ${run.slug}`);
  return c;
}

/**
 * Two meetings. The recent one leaves a provider action open and overdue, a council action done, and
 * one provider action not yet due; the earlier one's actions are all done.
 */
async function seedMeetings(run: CouncilRun, def: ContractDef, contract: SeededContract) {
  const commissioner = user(run, "commissioner");
  const yc = user(run, "young-commissioner");
  const staff = run.orgStaff[def.org];
  const provider = organisationName(def.org);
  const recentId = newId();
  const earlierId = newId();
  const recentAt = atTime(addDays(run.today, -49), 10);
  const earlierAt = atTime(addDays(run.today, -140), 14);

  await run.tx.contractMeeting.createMany({
    data: [
      {
        id: earlierId,
        councilId: run.councilId,
        contractId: contract.id,
        heldAt: earlierAt,
        attendees: `${commissioner.name} (council), ${staff.name} (${provider})`,
        notes:
          "Reviewed the last two returns: all outputs met. Discussed the waiting list and summer holiday plans. Parents' survey results were positive.",
        satisfactionDiscussed: true,
        createdById: commissioner.userId,
        createdAt: addDays(earlierAt, 1),
      },
      {
        id: recentId,
        councilId: run.councilId,
        contractId: contract.id,
        heldAt: recentAt,
        attendees: `${commissioner.name} (council), ${staff.name} (${provider}), ${yc.name} (young commissioner)`,
        notes:
          "Quarterly review. Outputs slightly below target because of staff sickness. The young commissioner fed back from the venue visit: children want a quiet room and picture signs. The provider will update its safeguarding policy to the council's new procedure.",
        satisfactionDiscussed: true,
        createdById: commissioner.userId,
        createdAt: addDays(recentAt, 1),
      },
    ],
  });
  await run.tx.meetingAction.createMany({
    data: [
      {
        councilId: run.councilId,
        meetingId: earlierId,
        contractId: contract.id,
        description: "Send the summer holiday timetable to families on the waiting list",
        ownerName: staff.name,
        ownerSide: "PROVIDER",
        dueDate: addDays(run.today, -120),
        status: "DONE",
        completedAt: atTime(addDays(run.today, -124), 15),
      },
      {
        councilId: run.councilId,
        meetingId: recentId,
        contractId: contract.id,
        description: "Send the updated safeguarding policy and staff training record to the council",
        ownerName: staff.name,
        ownerSide: "PROVIDER",
        dueDate: addDays(run.today, -21),
        status: "OPEN",
      },
      {
        councilId: run.councilId,
        meetingId: recentId,
        contractId: contract.id,
        description: "Share the dates of the council's autism training with the provider's staff",
        ownerName: commissioner.name,
        ownerSide: "COUNCIL",
        dueDate: addDays(run.today, -35),
        status: "DONE",
        completedAt: atTime(addDays(run.today, -38), 11),
      },
      {
        councilId: run.councilId,
        meetingId: recentId,
        contractId: contract.id,
        description: "Add picture signs and a picture timetable to the booking pack",
        ownerName: staff.name,
        ownerSide: "PROVIDER",
        dueDate: addDays(run.today, 20),
        status: "OPEN",
      },
    ],
  });
}

/** A meeting about a contract nearing its end: one provider action done, one council action not yet due. */
async function seedExpiryMeeting(run: CouncilRun, def: ContractDef, contract: SeededContract) {
  const commissioner = user(run, "commissioner2");
  const staff = run.orgStaff[def.org];
  const meetingId = newId();
  const heldAt = atTime(addDays(run.today, -20), 14);
  await run.tx.contractMeeting.create({
    data: {
      id: meetingId,
      councilId: run.councilId,
      contractId: contract.id,
      heldAt,
      attendees: `${commissioner.name} (council), ${staff.name} (${organisationName(def.org)})`,
      notes: `The contract ends on ${longDate(contract.endDate)}. Discussed what happens next for the children who use the service, winter staffing and the results of the parents' survey.`,
      satisfactionDiscussed: true,
      createdById: commissioner.userId,
      createdAt: addDays(heldAt, 1),
    },
  });
  await run.tx.meetingAction.createMany({
    data: [
      {
        councilId: run.councilId,
        meetingId,
        contractId: contract.id,
        description: "Send the winter staffing plan",
        ownerName: staff.name,
        ownerSide: "PROVIDER",
        dueDate: addDays(run.today, -10),
        status: "DONE",
        completedAt: atTime(addDays(run.today, -12), 16),
      },
      {
        councilId: run.councilId,
        meetingId,
        contractId: contract.id,
        description:
          "Confirm in writing what happens when the contract ends, and share the transition plan with families",
        ownerName: commissioner.name,
        ownerSide: "COUNCIL",
        dueDate: addDays(run.today, 10),
        status: "OPEN",
      },
    ],
  });
}
