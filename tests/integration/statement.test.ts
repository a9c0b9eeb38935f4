import { describe, expect, it, vi } from "vitest";
import { NextRequest } from "next/server";
import { inflateSync } from "node:zlib";
import { prisma } from "@/lib/db";
import { getPublicStatement } from "@/lib/data/statement/get-public-statement";
import { getStatementAdmin } from "@/lib/data/statement/get-statement-admin";
import { publishStatement } from "@/lib/data/statement/publish-statement";
import { updateStatementDraft } from "@/lib/data/statement/update-statement-draft";
import { statementTextFormSchema, type StatementTextForm } from "@/lib/schemas/statement";
import { GET as pdfRoute } from "@/app/(public)/councils/[slug]/statement/pdf/route";
import {
  makeActor,
  makeContract,
  makeCouncil,
  makeKpi,
  makeOrganisation,
  makeReturnPeriod,
  adoptServiceType,
} from "./factories";

// Signed out: the statement and its PDF are public.
vi.mock("@/lib/auth/session", () => ({ getActor: async () => null }));

const NOW = new Date("2026-12-01T12:00:00Z");

async function serviceType(code: string, name: string, position: number) {
  return prisma.serviceType.upsert({ where: { code }, update: {}, create: { code, name, position } });
}

/** The edit form as a commissioner sends it, through the same schema the action uses. */
function form(over: Record<string, string> = {}): StatementTextForm {
  return statementTextFormSchema.parse({
    introduction: "Short breaks give families a rest.",
    howToGet: "Ask the provider, or ask for an assessment.",
    reviewDate: { day: "31", month: "3", year: "2027" },
    "eligibility-ST_PLAY": "Ages 5 to 18.",
    "access-ST_PLAY": "SELF_REFERRAL",
    "eligibility-ST_SHARED": "Ages 4 to 18, after an assessment.",
    "access-ST_SHARED": "ASSESSMENT",
    ...over,
  });
}

/** A council with a play-scheme listing, a live shared-care contract with an accepted return, and a published "You said, we did". */
async function councilWithData(families: number) {
  const play = await serviceType("ST_PLAY", "Play scheme", 1);
  const shared = await serviceType("ST_SHARED", "Shared care", 2);
  // Every type the council uses must be answered.
  const council = await makeCouncil();
  await adoptServiceType(council.id, play.id);
  await adoptServiceType(council.id, shared.id);
  const commissioner = await makeActor(council.id, "COMMISSIONER");
  const org = await makeOrganisation(council.id, "Brightside CIC");
  await prisma.service.create({
    data: {
      councilId: council.id,
      organisationId: org.id,
      serviceTypeId: play.id,
      name: "Saturday Club",
      description: "Play.",
      status: "PUBLISHED",
    },
  });
  await prisma.service.create({
    data: {
      councilId: council.id,
      organisationId: org.id,
      serviceTypeId: play.id,
      name: "Not yet approved",
      description: "Draft.",
      status: "DRAFT",
    },
  });
  const contract = await makeContract({
    councilId: council.id,
    organisationId: org.id,
    serviceTypeId: shared.id,
    start: "2026-01-01",
    end: "2028-12-31",
  });
  const kpi = await prisma.kpi.create({
    data: {
      councilId: council.id,
      contractId: contract.id,
      name: "% parents who feel supported to care at home",
      unit: "PERCENT",
      source: "OUTCOME",
      targetPerPeriod: "80",
    },
  });
  await makeKpi(contract, { name: "Hours", unit: "HOURS" });
  const period = await makeReturnPeriod(contract, {
    label: "Q2",
    start: "2026-07-01",
    end: "2026-09-30",
    due: "2026-10-20",
  });
  const ret = await prisma.outcomeReturn.create({
    data: {
      councilId: council.id,
      returnPeriodId: period.id,
      contractId: contract.id,
      organisationId: org.id,
      status: "ACCEPTED",
      familiesSupported: families,
      acceptedAt: new Date("2026-10-25T10:00:00Z"),
    },
  });
  await prisma.kpiActual.create({
    data: { councilId: council.id, outcomeReturnId: ret.id, kpiId: kpi.id, value: "87.5" },
  });
  await prisma.youSaidWeDid.create({
    data: {
      councilId: council.id,
      youSaid: "More Saturday sessions",
      weDid: "Added two Saturdays a month",
      publishedAt: new Date("2026-11-01T10:00:00Z"),
      createdById: commissioner.userId,
    },
  });
  await prisma.youSaidWeDid.create({
    data: {
      councilId: council.id,
      youSaid: "Unpublished idea",
      weDid: "Not yet",
      createdById: commissioner.userId,
    },
  });
  return { council, commissioner, contract, org };
}

/** Answers for every service type in the database (other tests add types of their own). */
async function fullForm(over: Record<string, string> = {}) {
  const types = await prisma.serviceType.findMany({ select: { code: true } });
  return form({
    ...Object.fromEntries(types.map((t) => [`access-${t.code}`, "EITHER"])),
    "access-ST_PLAY": "SELF_REFERRAL",
    "access-ST_SHARED": "ASSESSMENT",
    ...over,
  });
}

/** The text drawn on a PDF's pages: pdf-lib writes each line as a hex string shown with Tj, in deflated streams. */
function pdfText(bytes: Uint8Array): string {
  const raw = Buffer.from(bytes).toString("latin1");
  const out: string[] = [];
  const stream = /stream\r?\n/g;
  let m: RegExpExecArray | null;
  while ((m = stream.exec(raw))) {
    const start = m.index + m[0].length;
    const end = raw.indexOf("endstream", start);
    let body: string;
    try {
      body = inflateSync(Buffer.from(raw.slice(start, end), "latin1")).toString("latin1");
    } catch {
      continue;
    }
    for (const hex of body.matchAll(/<([0-9A-Fa-f]*)> Tj/g))
      out.push(Buffer.from(hex[1], "hex").toString("latin1"));
  }
  return out.join("\n");
}

describe("the short breaks services statement", () => {
  it("previews the draft with live figures, and publishing freezes them in a numbered version", async () => {
    const { council, commissioner, contract } = await councilWithData(24);
    await updateStatementDraft(
      commissioner,
      await fullForm({ "access-ST_PLAY": "SELF_REFERRAL", "access-ST_SHARED": "ASSESSMENT" }),
    );

    const admin = await getStatementAdmin(commissioner, NOW);
    const play = admin.preview.types.find((t) => t.code === "ST_PLAY");
    const shared = admin.preview.types.find((t) => t.code === "ST_SHARED");
    expect(play).toMatchObject({
      listings: 1,
      liveContracts: 0,
      eligibility: "Ages 5 to 18.",
      access: "SELF_REFERRAL",
    });
    expect(shared).toMatchObject({
      listings: 0,
      liveContracts: 1,
      providers: ["Brightside CIC"],
      access: "ASSESSMENT",
    });
    expect(shared?.carers).toEqual([
      {
        measure: "% parents who feel supported to care at home",
        percent: 88,
        families: 24,
        contracts: 1,
        suppressed: false,
      },
    ]);
    expect(admin.preview.youSaidWeDid.map((y) => y.youSaid)).toEqual(["More Saturday sessions"]);
    expect(admin.preview.reviewDate).toBe("2027-03-31");

    // Not public until published.
    expect((await getPublicStatement(council.slug))?.statement).toBeNull();

    const { version } = await publishStatement(commissioner, "First version with figures.", NOW);
    expect(version).toBe(1);
    const v1 = await getPublicStatement(council.slug);
    expect(v1?.statement).toMatchObject({
      version: 1,
      changelog: "First version with figures.",
      isLatest: true,
    });
    expect(v1?.statement?.content.introduction).toBe("Short breaks give families a rest.");

    // Later edits and new data leave version 1 as it was.
    await updateStatementDraft(commissioner, await fullForm({ introduction: "A new introduction." }));
    await prisma.contract.update({
      where: { id: contract.id },
      data: { terminatedAt: new Date("2026-11-01") },
    });
    const after = await getPublicStatement(council.slug, 1);
    expect(after?.statement?.content).toEqual(v1?.statement?.content);
    expect((await getPublicStatement(council.slug))?.statement?.version).toBe(1);

    const { version: two } = await publishStatement(
      commissioner,
      "New introduction; shared care ended.",
      NOW,
    );
    expect(two).toBe(2);
    const latest = await getPublicStatement(council.slug);
    expect(latest?.statement?.content.introduction).toBe("A new introduction.");
    expect(latest?.statement?.content.types.find((t) => t.code === "ST_SHARED")?.liveContracts).toBe(0);
    expect(latest?.versions.map((v) => [v.version, v.changelog])).toEqual([
      [2, "New introduction; shared care ended."],
      [1, "First version with figures."],
    ]);
    const old = await getPublicStatement(council.slug, 1);
    expect(old?.statement).toMatchObject({ version: 1, isLatest: false });
    expect(old?.statement?.content.types.find((t) => t.code === "ST_SHARED")?.liveContracts).toBe(1);
  });

  it("suppresses a carers' figure resting on fewer families than the council's threshold", async () => {
    const { commissioner } = await councilWithData(4);
    await updateStatementDraft(commissioner, await fullForm());
    const { preview } = await getStatementAdmin(commissioner, NOW);
    expect(preview.threshold).toBe(10);
    expect(preview.carers).toEqual([
      {
        measure: "% parents who feel supported to care at home",
        percent: null,
        families: null,
        contracts: 1,
        suppressed: true,
      },
    ]);
    expect(JSON.stringify(preview)).not.toContain("87.5");
  });

  it("keeps each council's statement, versions and draft to itself", async () => {
    const a = await councilWithData(30);
    const b = await councilWithData(30);
    await updateStatementDraft(a.commissioner, await fullForm({ introduction: "Council A's text." }));
    await publishStatement(a.commissioner, "A's first.", NOW);
    await updateStatementDraft(b.commissioner, await fullForm({ introduction: "Council B's draft only." }));

    const bPublic = await getPublicStatement(b.council.slug);
    expect(bPublic?.statement).toBeNull();
    expect(bPublic?.versions).toEqual([]);
    expect(await getPublicStatement(b.council.slug, 1)).toBeNull();
    const bAdmin = await getStatementAdmin(b.commissioner, NOW);
    expect(bAdmin.versions).toEqual([]);
    expect(bAdmin.draft.introduction).toBe("Council B's draft only.");
    // B's first publish is B's version 1, whatever A has.
    expect((await publishStatement(b.commissioner, "B's first.", NOW)).version).toBe(1);
    expect((await getPublicStatement(a.council.slug))?.statement?.content.introduction).toBe(
      "Council A's text.",
    );
    expect(await getPublicStatement("no-such-council")).toBeNull();
  });

  it("refuses to publish with no draft, and asks for every type's access route", async () => {
    const { commissioner } = await councilWithData(12);
    await expect(publishStatement(commissioner, "Nothing yet.", NOW)).rejects.toMatchObject({
      code: "INVALID",
    });
    const unanswered = await fullForm();
    unanswered.access.delete("ST_SHARED");
    await expect(updateStatementDraft(commissioner, unanswered)).rejects.toMatchObject({
      code: "INVALID",
      fieldErrors: { "access-ST_SHARED": "Choose how families get shared care" },
    });
    expect(
      await prisma.shortBreaksStatementDraft.count({ where: { councilId: commissioner.councilId } }),
    ).toBe(0);
    expect(() => form({ "access-ST_PLAY": "SOMETIMES" })).toThrow();
    expect(() => form({ sneaky: "x" })).toThrow();
  });

  it("serves the published statement as a PDF whose text is the statement's", async () => {
    const { council, commissioner } = await councilWithData(24);
    await updateStatementDraft(commissioner, await fullForm());
    await publishStatement(commissioner, "First version.", NOW);
    const call = (query = "") =>
      (
        pdfRoute as unknown as (r: NextRequest, c: { params: Promise<{ slug: string }> }) => Promise<Response>
      )(new NextRequest(`http://localhost/councils/${council.slug}/statement/pdf${query}`), {
        params: Promise.resolve({ slug: council.slug }),
      });
    const response = await call();
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/pdf");
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect(Buffer.from(bytes.subarray(0, 5)).toString()).toBe("%PDF-");
    const text = pdfText(bytes);
    expect(text).toContain("Short breaks services statement");
    expect(text).toContain("Short breaks give families a rest.");
    expect(text).toContain("Who it is for: Ages 4 to 18, after an assessment.");
    expect(text).toContain("% parents who feel supported to care at home: 88% of 24 families");
    expect(text).toContain("You said: More Saturday sessions");
    expect(text).not.toContain("Unpublished idea");
    expect((await call("?version=7")).status).toBe(404);
  });
});
