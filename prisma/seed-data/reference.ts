/** Global reference data and each council's own setup: districts, population, lists, consent, statement. */
import { AgeBand, type Prisma } from "../../lib/db";
import { money, user, type CouncilRun, type Tx } from "./context";
import type { CouncilDef } from "./definitions";
import { addDays, addYears } from "./dates";
import { Rng, newId } from "./random";
import { consentText, statementBody } from "./text";
import { composeStatement } from "../../lib/domain/statement/compose-statement";
import { gatherStatementFigures } from "../../lib/data/statement/gather-statement-figures";
import { adoptEveryServiceType } from "../../lib/data/service-types/adopt-every-service-type";
import { startOfUtcDay } from "../../lib/domain/dates";

export const SERVICE_TYPES: [code: string, name: string][] = [
  ["PLAY_SCHEME", "Play scheme"],
  ["AFTER_SCHOOL", "After-school club"],
  ["HOLIDAY_CLUB", "Holiday club"],
  ["OVERNIGHT", "Overnight break"],
  ["RESIDENTIAL", "Residential break"],
  ["SITTING", "Sitting service"],
  ["SHARED_CARE", "Shared care"],
  ["HOMECARE", "Homecare"],
  ["ONE_TO_ONE", "1:1 support"],
  ["LEISURE", "Leisure activity"],
];

export const NEED_TYPES: [code: string, name: string][] = [
  ["AUTISM", "Autism"],
  ["LEARNING", "Learning disability"],
  ["PHYSICAL", "Physical disability"],
  ["SENSORY", "Sensory impairment"],
  ["COMPLEX_HEALTH", "Complex health needs"],
  ["SEMH", "Social, emotional and mental health"],
  ["SPEECH", "Speech and language"],
  ["OTHER", "Other"],
];

export const FEEDBACK_THEMES: [code: string, name: string][] = [
  ["DIRECT_PAYMENTS", "Direct payments"],
  ["AUTISM_TRAINING", "Autism training"],
  ["SMALL_GROUPS", "Funding small groups"],
  ["INCLUSION", "Inclusion"],
  ["TRANSPORT", "Transport"],
  ["INFORMATION", "Information"],
];

export const AGE_BANDS: AgeBand[] = [AgeBand.AGE_0_4, AgeBand.AGE_5_10, AgeBand.AGE_11_15, AgeBand.AGE_16_19];
/** Youngest and oldest age (in whole years) of each band. */
export const AGE_BAND_RANGES: [number, number][] = [
  [0, 4],
  [5, 10],
  [11, 15],
  [16, 19],
];

export function ageBandOf(age: number): AgeBand {
  const i = AGE_BAND_RANGES.findIndex(([lo, hi]) => age >= lo && age <= hi);
  if (i < 0) throw new Error(`seed: age ${age} is outside the register's range`);
  return AGE_BANDS[i];
}

/** Service types are global; upserted by code so the seed can share them with existing data. */
export async function seedServiceTypes(tx: Tx): Promise<Record<string, string>> {
  const ids: Record<string, string> = {};
  for (const [index, [code, name]] of SERVICE_TYPES.entries()) {
    const row = await tx.serviceType.upsert({
      where: { code },
      create: { code, name, position: index + 1 },
      update: { name, position: index + 1 },
      select: { id: true },
    });
    ids[code] = row.id;
  }
  return ids;
}

export interface CouncilCore {
  councilId: string;
  districts: { id: string; code: string; name: string; prefixes: string[] }[];
  needTypes: Record<string, string>;
  themes: Record<string, string>;
  consentStatementId: string;
}

export const COUNCIL_SETTINGS = {
  statisticsThreshold: 10,
  retentionDays: 30,
  returnDueDays: 20,
  standstillDays: 10,
};

export async function seedCouncilCore(
  tx: Tx,
  def: CouncilDef,
  organisations: Record<string, string>,
  now: Date,
): Promise<CouncilCore> {
  const rng = new Rng(`${def.slug}:core`);
  const council = await tx.council.create({
    data: {
      slug: def.slug,
      name: def.name,
      ...COUNCIL_SETTINGS,
      annualBudget: money(def.annualBudget),
      contactEmail: def.contactEmail,
      createdAt: addYears(now, -2),
    },
    select: { id: true },
  });
  const councilId = council.id;

  const districts = def.districts.map((d) => ({
    id: newId(),
    code: d.code,
    name: d.name,
    prefixes: d.prefixes,
  }));
  await tx.district.createMany({
    data: districts.map((d, index) => ({
      id: d.id,
      councilId,
      code: d.code,
      name: d.name,
      postcodePrefixes: d.prefixes,
      position: index + 1,
    })),
  });
  await adoptEveryServiceType(tx, councilId);

  // Population by district and age band, this year and last year (last year ~0–2% smaller).
  const year = now.getUTCFullYear();
  const population: Prisma.DistrictPopulationCreateManyInput[] = [];
  def.districts.forEach((d, i) => {
    AGE_BANDS.forEach((ageBand, b) => {
      const current = d.population[b];
      const previous = Math.round((current * (1000 - rng.int(0, 20))) / 1000);
      population.push({ councilId, districtId: districts[i].id, year, ageBand, population: current });
      population.push({
        councilId,
        districtId: districts[i].id,
        year: year - 1,
        ageBand,
        population: previous,
      });
    });
  });
  await tx.districtPopulation.createMany({ data: population });

  const needTypes: Record<string, string> = {};
  await tx.needType.createMany({
    data: NEED_TYPES.map(([code, name], i) => {
      needTypes[code] = newId();
      return { id: needTypes[code], councilId, code, name, position: i + 1 };
    }),
  });

  const themes: Record<string, string> = {};
  await tx.feedbackTheme.createMany({
    data: FEEDBACK_THEMES.map(([code, name]) => {
      themes[code] = newId();
      return { id: themes[code], councilId, code, name };
    }),
  });

  const consentStatementId = newId();
  await tx.consentStatement.create({
    data: {
      id: consentStatementId,
      councilId,
      version: 1,
      text: consentText(def.name, COUNCIL_SETTINGS.retentionDays),
      publishedAt: addYears(now, -2),
    },
  });

  await tx.organisationCouncil.createMany({
    data: def.organisations.map((link) => {
      const organisationId = organisations[link.org];
      if (!organisationId) throw new Error(`seed: no organisation "${link.org}"`);
      const since = addYears(now, -link.sinceYearsAgo);
      return {
        organisationId,
        councilId,
        status: link.status,
        approvedAt: link.status === "APPROVED" ? since : null,
        createdAt: link.status === "APPROVED" ? since : addYears(now, 0),
      };
    }),
  });

  return { councilId, districts, needTypes, themes, consentStatementId };
}

/** Who each type of short break is for, and how families reach it: the council's words in the statement. */
const STATEMENT_TYPE_TEXT: Record<
  string,
  { eligibility: string; access: "SELF_REFERRAL" | "ASSESSMENT" | "EITHER" }
> = {
  PLAY_SCHEME: {
    eligibility: "Disabled children aged 5 to 18 who live in the area.",
    access: "SELF_REFERRAL",
  },
  AFTER_SCHOOL: { eligibility: "Disabled children aged 5 to 16, in term time.", access: "SELF_REFERRAL" },
  HOLIDAY_CLUB: {
    eligibility: "Disabled children aged 5 to 18, in the school holidays.",
    access: "SELF_REFERRAL",
  },
  OVERNIGHT: {
    eligibility: "Children aged 8 to 18 with complex needs, after an assessment.",
    access: "ASSESSMENT",
  },
  RESIDENTIAL: { eligibility: "Young people aged 11 to 18 with complex needs.", access: "ASSESSMENT" },
  SITTING: { eligibility: "Families of disabled children from birth to 18.", access: "EITHER" },
  SHARED_CARE: {
    eligibility: "Children aged 4 to 18, matched with an approved carer.",
    access: "ASSESSMENT",
  },
  HOMECARE: {
    eligibility: "Children from birth to 18 who need personal care at home.",
    access: "ASSESSMENT",
  },
  ONE_TO_ONE: {
    eligibility: "Young people aged 8 to 19; direct payments for ages 0 to 18 can pay for it.",
    access: "EITHER",
  },
  LEISURE: { eligibility: "Any disabled child or young person up to 19.", access: "SELF_REFERRAL" },
};

/**
 * The statutory statement: version 1 published two years ago as plain text (as it was before
 * versions carried figures), version 2 a month ago with the figures of the seeded data, and the
 * draft that version 2 came from. Run after contracts and feedback, whose figures it quotes.
 */
export async function seedStatement(run: CouncilRun, def: CouncilDef): Promise<void> {
  const paragraphs = statementBody(def).split("\n\n");
  const commissioner = user(run, "commissioner").userId;
  const firstPublished = addYears(run.now, -2);
  await run.tx.shortBreaksStatement.create({
    data: {
      councilId: run.councilId,
      version: 1,
      content: {
        councilName: def.name,
        introduction: paragraphs.join("\n\n"),
        howToGet: "",
        reviewDate: null,
        generatedAt: firstPublished.toISOString(),
        threshold: run.statisticsThreshold,
        types: [],
        carers: [],
        youSaidWeDid: [],
      },
      changelog: "First statement.",
      publishedAt: firstPublished,
      publishedById: commissioner,
    },
  });
  const text = {
    introduction: [paragraphs[0], paragraphs[1], paragraphs[5], paragraphs[6]].join("\n\n"),
    howToGet: [paragraphs[2], paragraphs[3], paragraphs[4]].join("\n\n"),
    reviewDate: addYears(startOfUtcDay(run.now), 1),
    types: SERVICE_TYPES.map(([code]) => ({ code, ...STATEMENT_TYPE_TEXT[code] })),
  };
  await run.tx.shortBreaksStatementDraft.create({
    data: {
      councilId: run.councilId,
      introduction: text.introduction,
      howToGet: text.howToGet,
      reviewDate: text.reviewDate,
      types: text.types,
      updatedById: commissioner,
    },
  });
  const published = addDays(run.now, -30);
  const content = composeStatement(text, await gatherStatementFigures(run.tx, run.councilId, run.now));
  await run.tx.shortBreaksStatement.create({
    data: {
      councilId: run.councilId,
      version: 2,
      content: { ...content, generatedAt: published.toISOString() } as unknown as Prisma.InputJsonValue,
      changelog: "Added who each short break is for, how to get it, and figures from providers' returns.",
      publishedAt: published,
      publishedById: commissioner,
    },
  });
}
