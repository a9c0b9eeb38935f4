import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors";
import { expiryPipeline } from "@/lib/data/contracts/expiry-pipeline";
import { getContract } from "@/lib/data/contracts/get-contract";
import { listContracts } from "@/lib/data/contracts/list-contracts";
import { contractStatus } from "@/lib/domain/contract-status";
import { getReturnPeriod, reviewReturn, saveReturn, type ReturnInput } from "@/lib/data/contracts/returns";
import { addVariation } from "@/lib/data/contracts/variations";
import { notifyOverdueReturns } from "@/lib/data/contracts/overdue-returns";
import { makeActor, makeCouncil, makeOrganisation } from "./factories";

const TODAY = new Date("2027-06-15T10:00:00Z");
const d = (s: string) => new Date(`${s}T00:00:00Z`);

let commissioner: Actor;
let provider: Actor;
let otherProvider: Actor;
let outsider: Actor;
const ids: Record<string, string> = {};

beforeAll(async () => {
  const council = await makeCouncil();
  commissioner = await makeActor(council.id, "COMMISSIONER");
  const org = await makeOrganisation(council.id, "Own Org");
  const other = await makeOrganisation(council.id, "Other Org");
  provider = await makeActor(council.id, "PROVIDER", { organisationId: org.id });
  otherProvider = await makeActor(council.id, "PROVIDER", { organisationId: other.id });
  outsider = await makeActor((await makeCouncil()).id, "COMMISSIONER");
  const serviceType = await prisma.serviceType.create({
    data: { code: `st-${randomUUID().slice(0, 6)}`, name: "Overnight" },
  });
  const rows: [string, string, string, string, string, string | null][] = [
    // key, organisation, start, end, original end, terminated
    ["mobilising", org.id, "2027-09-01", "2030-08-31", "2030-08-31", null],
    ["live", org.id, "2026-04-01", "2029-03-31", "2029-03-31", null],
    ["ending-july", other.id, "2024-08-01", "2027-07-31", "2027-07-31", null],
    ["ending-july-2", other.id, "2024-08-01", "2027-07-31", "2027-07-31", null],
    ["ended", org.id, "2023-01-01", "2026-12-31", "2026-12-31", null],
    ["terminated", org.id, "2025-01-01", "2027-08-31", "2027-08-31", "2027-03-01"],
  ];
  for (const [key, organisationId, start, end, original, terminated] of rows) {
    const c = await prisma.contract.create({
      data: {
        councilId: council.id,
        reference: `C-${key}`,
        title: key,
        organisationId,
        serviceTypeId: serviceType.id,
        annualValue: "100000.10",
        totalValue: "300000.30",
        startDate: d(start),
        endDate: d(end),
        originalEndDate: d(original),
        terminatedAt: terminated ? d(terminated) : null,
      },
    });
    ids[key] = c.id;
  }
});

describe("contracts", () => {
  it("filters by the status worked out from dates, matching the domain rule", async () => {
    for (const status of ["MOBILISING", "LIVE", "ENDING", "ENDED", "TERMINATED"] as const) {
      const page = await listContracts(commissioner, { status, page: 1 }, TODAY);
      expect(page.items.length, status).toBeGreaterThan(0);
      for (const c of page.items) expect(contractStatus(c, TODAY)).toBe(status);
    }
    expect((await listContracts(commissioner, { page: 1 }, TODAY)).total).toBe(6);
  });

  it("shows the expiry pipeline by month with exact values, leaving out terminated contracts", async () => {
    const { months, windows } = await expiryPipeline(commissioner, TODAY);
    expect(months.map((m) => [m.month.toISOString().slice(0, 7), m.count, m.annualValue])).toEqual([
      ["2027-07", 2, "200000.20"],
    ]);
    expect(windows[0]).toEqual({ months: 3, count: 2, annualValue: "200000.20" });
  });

  it("lets a provider see only its own organisation's contracts, and another council nothing", async () => {
    const own = await listContracts(provider, { page: 1 }, TODAY);
    expect(own.items.map((c) => c.title).sort()).toEqual(["ended", "live", "mobilising", "terminated"]);
    expect((await listContracts(otherProvider, { page: 1 }, TODAY)).total).toBe(2);
    await expect(getContract(provider, ids["ending-july"])).rejects.toBeInstanceOf(AppError);
    await expect(getContract(outsider, ids.live)).rejects.toBeInstanceOf(AppError);
    expect((await listContracts(outsider, { page: 1 }, TODAY)).total).toBe(0);
    expect((await getContract(provider, ids.live)).title).toBe("live");
  });

  it("takes a provider's return, a query, an answer and acceptance; refuses bad input and other organisations", async () => {
    const contractId = ids.live;
    const kpi = await prisma.kpi.create({
      data: {
        councilId: commissioner.councilId,
        contractId,
        name: "Play days",
        unit: "DAYS",
        targetPerPeriod: "10",
      },
    });
    const pct = await prisma.kpi.create({
      data: {
        councilId: commissioner.councilId,
        contractId,
        name: "Parents supported",
        unit: "PERCENT",
        targetPerPeriod: "90",
        position: 1,
      },
    });
    const ended = await prisma.returnPeriod.create({
      data: {
        councilId: commissioner.councilId,
        contractId,
        label: "Jan to Mar 2027",
        startDate: d("2027-01-01"),
        endDate: d("2027-03-31"),
        dueDate: d("2027-04-20"),
      },
    });
    const open = await prisma.returnPeriod.create({
      data: {
        councilId: commissioner.councilId,
        contractId,
        label: "Apr to Jun 2027",
        startDate: d("2027-04-01"),
        endDate: d("2027-06-30"),
        dueDate: d("2027-07-20"),
      },
    });
    const input = (extra: Partial<ReturnInput> = {}): ReturnInput => ({
      contractId,
      periodId: ended.id,
      intent: "submit",
      actuals: { [kpi.id]: "9", [pct.id]: "95" },
      childrenSupported: "40",
      familiesSupported: "35",
      narrative: "Busy Easter scheme",
      childVoiceMethod: "Picture cards after each session",
      childVoiceSummary: "They want more swimming",
      caseStudy: "",
      reply: "",
      ...extra,
    });
    const refused = async (p: Promise<unknown>, code: string) => {
      const e = await p.then(
        () => null,
        (x: unknown) => x,
      );
      expect(e).toBeInstanceOf(AppError);
      expect((e as AppError).code).toBe(code);
      return e as AppError;
    };
    expect(
      (
        await refused(
          saveReturn(provider, input({ actuals: { [kpi.id]: "-3", [pct.id]: "abc" } }), TODAY),
          "INVALID",
        )
      ).fieldErrors,
    ).toMatchObject({
      [`actual-${kpi.id}`]: expect.stringMatching(/0 or more/),
      [`actual-${pct.id}`]: expect.stringMatching(/0 or more/),
    });
    await refused(
      saveReturn(provider, input({ actuals: { [kpi.id]: "9", [pct.id]: "120" } }), TODAY),
      "INVALID",
    );
    await refused(saveReturn(provider, input({ childVoiceMethod: "" }), TODAY), "INVALID");
    await refused(saveReturn(provider, input({ periodId: open.id }), TODAY), "CONFLICT");
    await refused(saveReturn(otherProvider, input(), TODAY), "NOT_FOUND");
    expect(await prisma.outcomeReturn.count({ where: { contractId } })).toBe(0);

    expect(await saveReturn(provider, input(), TODAY)).toBe("submitted");
    expect(await saveReturn(provider, input(), TODAY)).toBe("submitted"); // a second submit changes nothing
    await refused(
      reviewReturn(commissioner, { contractId, periodId: ended.id, decision: "query", message: "" }, TODAY),
      "INVALID",
    );
    await reviewReturn(
      commissioner,
      { contractId, periodId: ended.id, decision: "query", message: "Why 9 days, not 10?" },
      TODAY,
    );
    await refused(saveReturn(provider, input(), TODAY), "INVALID"); // the query needs an answer
    await saveReturn(
      provider,
      input({ actuals: { [kpi.id]: "10", [pct.id]: "95" }, reply: "A venue closed for a day." }),
      TODAY,
    );
    await reviewReturn(
      commissioner,
      { contractId, periodId: ended.id, decision: "accept", message: "" },
      TODAY,
    );
    await refused(saveReturn(provider, input(), TODAY), "CONFLICT");
    await refused(
      reviewReturn(outsider, { contractId, periodId: ended.id, decision: "accept", message: "" }, TODAY),
      "NOT_FOUND",
    );

    const period = await getReturnPeriod(commissioner, contractId, ended.id);
    expect(period.outcomeReturn?.status).toBe("ACCEPTED");
    expect(period.outcomeReturn?.actuals.find((a) => a.kpiId === kpi.id)?.value.toString()).toBe("10");
    expect(period.outcomeReturn?.queries.map((q) => [q.authorRole, q.body])).toEqual([
      ["COMMISSIONER", "Why 9 days, not 10?"],
      ["PROVIDER", "A venue closed for a day."],
    ]);
    await refused(getReturnPeriod(otherProvider, contractId, ended.id), "NOT_FOUND");
    expect(await prisma.notification.count({ where: { membershipId: provider.membershipId } })).toBe(2);
  });

  it("records variations and extensions exactly, and refuses a negative value or too long an extension", async () => {
    const contractId = ids.mobilising;
    await prisma.contract.update({ where: { id: contractId }, data: { extensionMonthsAvailable: 12 } });
    const when = d("2027-06-01");
    const e = await addVariation(commissioner, {
      kind: "VARIATION",
      contractId,
      reason: "Cut",
      valueChange: "-300000.31",
      effectiveDate: when,
    }).then(
      () => null,
      (x: unknown) => x as AppError,
    );
    expect(e?.fieldErrors?.valueChange).toMatch(/negative/);
    await expect(
      addVariation(commissioner, {
        kind: "EXTENSION",
        contractId,
        reason: "More",
        months: 13,
        effectiveDate: when,
      }),
    ).rejects.toBeInstanceOf(AppError);
    await expect(
      addVariation(outsider, {
        kind: "VARIATION",
        contractId,
        reason: "x",
        valueChange: "1",
        effectiveDate: when,
      }),
    ).rejects.toBeInstanceOf(AppError);
    expect(
      (await prisma.contract.findUniqueOrThrow({ where: { id: contractId } })).totalValue.toString(),
    ).toBe("300000.3");

    await addVariation(commissioner, {
      kind: "VARIATION",
      contractId,
      reason: "Extra sessions",
      valueChange: "-0.30",
      effectiveDate: when,
    });
    await addVariation(commissioner, {
      kind: "EXTENSION",
      contractId,
      reason: "Good results",
      months: 6,
      effectiveDate: when,
    });
    const c = await prisma.contract.findUniqueOrThrow({
      where: { id: contractId },
      include: { variations: true },
    });
    expect(c.totalValue.toString()).toBe("350000.05"); // 300000.30 − 0.30 + 100000.10 × 6 / 12
    expect(c.endDate.toISOString().slice(0, 10)).toBe("2031-02-28");
    expect(c.extensionMonthsUsed).toBe(6);
    expect(c.variations).toHaveLength(2);
    expect(
      await prisma.auditEvent.count({
        where: { entityId: contractId, action: { in: ["contract:vary", "contract:extend"] } },
      }),
    ).toBe(2);
  });

  it("extends a contract ending near a month's end to the right day", async () => {
    const base = await prisma.contract.findUniqueOrThrow({ where: { id: ids.live } });
    for (const [end, months, expected] of [
      ["2030-01-30", 1, "2030-02-28"], // a term from 31 January: there is no 31 February
      ["2030-08-30", 6, "2031-02-28"],
      ["2031-08-31", 6, "2032-02-29"], // from 1 September: to the end of February, a leap year
      ["2030-01-27", 1, "2030-02-27"],
    ] as const) {
      const c = await prisma.contract.create({
        data: {
          councilId: commissioner.councilId,
          reference: `C-ext-${end}`,
          title: "Extension",
          organisationId: base.organisationId,
          serviceTypeId: base.serviceTypeId,
          annualValue: "1200.00",
          totalValue: "3600.00",
          startDate: d("2027-01-01"),
          endDate: d(end),
          originalEndDate: d(end),
          extensionMonthsAvailable: 12,
        },
      });
      await addVariation(commissioner, {
        kind: "EXTENSION",
        contractId: c.id,
        reason: "Good results",
        months,
        effectiveDate: d("2027-06-01"),
      });
      const after = await prisma.contract.findUniqueOrThrow({ where: { id: c.id } });
      expect(after.endDate.toISOString().slice(0, 10), `${end} + ${months}`).toBe(expected);
    }
  });

  it("notifies the provider of an overdue return once, however often the job runs", async () => {
    const contractId = ids.terminated; // terminated after this period ended, so the return is still owed
    const period = await prisma.returnPeriod.create({
      data: {
        councilId: commissioner.councilId,
        contractId,
        label: "Oct to Dec 2026",
        startDate: d("2026-10-01"),
        endDate: d("2026-12-31"),
        dueDate: d("2027-01-20"),
      },
    });
    const mine = () =>
      prisma.notification.count({
        where: { membershipId: provider.membershipId, href: { contains: period.id } },
      });
    const titles = async () =>
      (
        await prisma.notification.findMany({
          where: { membershipId: provider.membershipId, href: { contains: period.id } },
          orderBy: { createdAt: "asc" },
          select: { title: true },
        })
      ).map((n) => n.title.split(":")[0]);
    await notifyOverdueReturns(d("2027-01-12"));
    expect(await mine()).toBe(0); // more than a week before it is due: nothing yet
    expect(await notifyOverdueReturns(d("2027-01-20"))).toBeGreaterThanOrEqual(1);
    expect(await titles()).toEqual(["Outcome return due soon"]); // due today: not overdue yet
    await notifyOverdueReturns(TODAY);
    await notifyOverdueReturns(TODAY);
    expect(await titles()).toEqual(["Outcome return due soon", "Outcome return overdue"]);
    expect(await mine()).toBe(2);
    expect(
      await prisma.notification.count({
        where: { membershipId: otherProvider.membershipId, href: { contains: period.id } },
      }),
    ).toBe(0);
  });
});
