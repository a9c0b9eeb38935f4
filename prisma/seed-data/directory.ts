/**
 * The short breaks directory's demo data (issue 16): the named listings get their structured facts
 * (free or paid, accessibility, types of need, last reviewed), and each demo council gains a few
 * dozen more listings from the regional providers, of every type, age range, area and cost, with a
 * few drafts and an archived one, some not reviewed for over six months, and a change proposed by the
 * demo provider awaiting a commissioner.
 */
import type { AccessibilityFeature, Prisma } from "../../lib/db";
import { user, type CouncilRun } from "./context";
import { addDays } from "./dates";
import { newId, type Rng } from "./random";
import { SERVICE_TYPES } from "./reference";
import { serviceListingSchema } from "../../lib/schemas/service-listing";

const FEATURES: AccessibilityFeature[] = [
  "STEP_FREE_ACCESS",
  "ACCESSIBLE_TOILET",
  "CHANGING_PLACES",
  "HOIST",
  "QUIET_SPACE",
  "SENSORY_ROOM",
  "BSL",
  "MAKATON",
  "HEARING_LOOP",
  "ACCESSIBLE_PARKING",
  "PERSONAL_CARE",
  "MEDICATION_TRAINED",
];

/** Per type of break: names, what it is, and its usual ages. */
const KINDS: Record<string, { names: string[]; what: string; ages: [number, number][] }> = {
  PLAY_SCHEME: {
    names: ["Saturday Play Club", "Weekend Play Scheme", "Sunday Fun Club"],
    what: "A weekend play scheme with arts, messy play, cooking and outdoor games in small groups, and a calm room for time out.",
    ages: [
      [5, 12],
      [4, 11],
      [8, 15],
    ],
  },
  AFTER_SCHOOL: {
    names: ["After-School Club", "Teatime Club", "Twilight Club"],
    what: "An after-school club with tea, homework help and games, with a lift from school where needed.",
    ages: [
      [5, 11],
      [11, 16],
      [7, 14],
    ],
  },
  HOLIDAY_CLUB: {
    names: ["Holiday Club", "Summer Adventure Days", "Half-Term Club"],
    what: "Days out and activities in the school holidays: swimming, forest school, trips and a chill-out space.",
    ages: [
      [5, 17],
      [8, 18],
      [4, 12],
    ],
  },
  OVERNIGHT: {
    names: ["Overnight Breaks", "Sleepover Breaks"],
    what: "Planned overnight stays in a homely house with waking night staff, so the family can rest.",
    ages: [
      [8, 18],
      [5, 17],
    ],
  },
  RESIDENTIAL: {
    names: ["Residential Weekends", "Activity Weekends Away"],
    what: "Weekends away at an accessible outdoor centre: climbing, canoeing and campfires with trained staff.",
    ages: [
      [11, 19],
      [9, 17],
    ],
  },
  SITTING: {
    names: ["Home Sitting Service", "Evening Sitting"],
    what: "A trained sitter comes to your home for a few hours so parents and carers can go out.",
    ages: [
      [0, 18],
      [2, 16],
    ],
  },
  SHARED_CARE: {
    names: ["Shared Care Families", "Link Family Breaks"],
    what: "Regular short stays with an approved shared care carer family, matched to your child.",
    ages: [
      [4, 18],
      [5, 17],
    ],
  },
  HOMECARE: {
    names: ["Care at Home", "Personal Care at Home"],
    what: "Carers visit at home to help with personal care, routines and play, at times that suit the family.",
    ages: [
      [0, 18],
      [3, 18],
    ],
  },
  ONE_TO_ONE: {
    names: ["1:1 Community Support", "Buddy Scheme", "Out and About 1:1"],
    what: "A support worker takes your child or young person out to do what they enjoy in the community.",
    ages: [
      [8, 19],
      [11, 25],
      [5, 18],
    ],
  },
  LEISURE: {
    names: ["Inclusive Swimming", "Sensory Gym Sessions", "Youth Club", "Inclusive Climbing", "Drama Club"],
    what: "A weekly inclusive activity session with trained instructors and carers welcome.",
    ages: [
      [4, 16],
      [11, 25],
      [8, 18],
      [5, 15],
      [12, 19],
    ],
  },
};

const FREE_COSTS = [
  "Free to families.",
  "Free to families after assessment.",
  "Free; funded by the council.",
  "Free after assessment, or bought with a direct payment.",
];
const PAID_COSTS = [
  "£2 a session.",
  "£4 a day towards trips.",
  "£12 an hour, or with a direct payment.",
  "£5 a session; carers go free.",
];

function features(rng: Rng, overnight: boolean): AccessibilityFeature[] {
  const picked = new Set(rng.sample(FEATURES, rng.int(1, 5)));
  if (overnight) picked.add("PERSONAL_CARE");
  return FEATURES.filter((f) => picked.has(f));
}

/** Some listings were reviewed recently, some are over six months old (review due). */
function reviewedAt(run: CouncilRun, rng: Rng, createdAt: Date): Date | null {
  const r = rng.next();
  if (r < 0.15) return null;
  const daysAgo = r < 0.75 ? rng.int(5, 170) : rng.int(190, 400);
  const at = addDays(run.now, -daysAgo);
  return at < createdAt ? createdAt : at;
}

export async function seedDirectory(run: CouncilRun, volumeOrganisations: string[]): Promise<void> {
  const { tx, councilId } = run;
  const rng = run.rng("directory");
  const needCodes = Object.keys(run.needTypes);
  const needs = (n: number) => rng.sample(needCodes, n).map((code) => ({ id: run.needTypes[code] }));

  // The named listings: structured facts from what their text says.
  for (const s of run.services) {
    const row = await tx.service.findUniqueOrThrow({
      where: { id: s.id },
      select: { costInfo: true, createdAt: true, serviceType: { select: { code: true } } },
    });
    const overnight = ["OVERNIGHT", "RESIDENTIAL", "SHARED_CARE"].includes(row.serviceType.code);
    await tx.service.update({
      where: { id: s.id },
      data: {
        isFree: /^free/i.test(row.costInfo ?? ""),
        accessibilityFeatures: features(rng, overnight),
        lastReviewedAt: reviewedAt(run, rng, row.createdAt),
        needTypes: { connect: needs(rng.int(1, 3)) },
      },
    });
  }

  // A few dozen more from the regional providers this council works with.
  const linked = await tx.organisationCouncil.findMany({
    where: { councilId, organisationId: { in: volumeOrganisations } },
    orderBy: { createdAt: "asc" },
    select: { organisation: { select: { id: true, name: true, email: true, phone: true, website: true } } },
  });
  if (linked.length === 0) return;
  const typeCodes = SERVICE_TYPES.map(([code]) => code);
  for (let i = 0; i < 30; i++) {
    const org = linked[i % linked.length].organisation;
    const type = typeCodes[(i * 7 + rng.int(0, 2)) % typeCodes.length];
    const kind = KINDS[type];
    const place = rng.pick(run.districts);
    const ages = rng.pick(kind.ages);
    const free = rng.chance(0.55);
    const createdAt = addDays(run.now, -rng.int(40, 900));
    const status = i === 7 || i === 19 ? "DRAFT" : i === 25 ? "ARCHIVED" : "PUBLISHED";
    const overnight = ["OVERNIGHT", "RESIDENTIAL", "SHARED_CARE"].includes(type);
    const areas = rng.chance(0.3) ? rng.sample(run.districts, 2) : [place];
    if (!areas.includes(place)) areas.push(place);
    const data: Prisma.ServiceUncheckedCreateInput = {
      id: newId(),
      councilId,
      organisationId: org.id,
      serviceTypeId: run.serviceTypes[type],
      name: `${rng.pick(kind.names)} – ${place.name}`,
      description: `${kind.what} Run by ${org.name} in ${place.name}.`,
      eligibility: `Disabled children and young people aged ${ages[0]} to ${ages[1]} living in ${run.name}.`,
      ageMin: ages[0],
      ageMax: ages[1],
      venue: `${place.name} ${rng.pick(["Community Centre", "Youth Centre", "Leisure Centre", "Family Hub"])}`,
      address: `${rng.int(1, 90)} ${rng.pick(["High Street", "Church Road", "Park Lane", "Station Road"])}, ${place.name}`,
      postcode: `${rng.pick(place.prefixes)} ${rng.int(1, 9)}${rng.pick(["AB", "DE", "HT", "QS", "RW"])}`,
      email: org.email,
      phone: org.phone,
      url: org.website,
      costInfo: free ? rng.pick(FREE_COSTS) : rng.pick(PAID_COSTS),
      isFree: free,
      accessibilityFeatures: features(rng, overnight),
      status,
      lastReviewedAt: reviewedAt(run, rng, createdAt),
      createdAt,
      districts: { connect: areas.map((d) => ({ id: d.id })) },
      needTypes: { connect: needs(rng.int(0, 3)) },
    };
    await tx.service.create({ data });
  }

  // The demo provider's proposals, waiting for a commissioner.
  const demo = run.services.find((s) => s.orgKey === run.demoOrgKey);
  if (!demo) return;
  const proposer = user(run, "provider");
  const current = await tx.service.findUniqueOrThrow({
    where: { id: demo.id },
    select: {
      name: true,
      description: true,
      eligibility: true,
      ageMin: true,
      ageMax: true,
      venue: true,
      address: true,
      postcode: true,
      email: true,
      phone: true,
      url: true,
      costInfo: true,
      isFree: true,
      accessibilityFeatures: true,
      organisationId: true,
      serviceType: { select: { code: true } },
      districts: { select: { code: true } },
      needTypes: { select: { code: true } },
    },
  });
  const proposed = {
    name: current.name,
    description: `${current.description} From next term we also run a quiet session on the first Saturday of each month.`,
    ...(current.eligibility ? { eligibility: current.eligibility } : {}),
    serviceType: current.serviceType.code,
    ageMin: current.ageMin ?? 0,
    ageMax: current.ageMax ?? 18,
    ...(current.venue ? { venue: current.venue } : {}),
    ...(current.address ? { address: current.address } : {}),
    ...(current.postcode ? { postcode: current.postcode } : {}),
    ...(current.email ? { email: current.email } : {}),
    ...(current.phone ? { phone: current.phone } : {}),
    ...(current.url ? { url: current.url } : {}),
    ...(current.costInfo ? { costInfo: current.costInfo } : {}),
    isFree: current.isFree,
    districts: current.districts.map((d) => d.code),
    needs: current.needTypes.map((n) => n.code),
    accessibility: [...new Set([...current.accessibilityFeatures, "QUIET_SPACE" as const])],
  };
  await tx.serviceRevision.create({
    data: {
      councilId,
      serviceId: demo.id,
      organisationId: current.organisationId,
      // Parsed as the provider's form would be, so the seeded proposal is one the app could have made.
      proposed: serviceListingSchema.parse(proposed),
      proposedById: proposer.userId,
      createdAt: addDays(run.now, -2),
    },
  });
}
