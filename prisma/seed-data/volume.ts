/**
 * Volume: thousands of register children, contracts with years of accepted returns, feedback and
 * personal budgets, with the skew of real data. One generator serves both the demo seed (added
 * around the named records of prisma/seed.ts, written with createMany) and the England-scale data
 * set of scripts/seed-scale.ts (written with COPY). Pure and seeded: the same Rng gives the same
 * rows, except ids (random, as in random.ts). Sources of the shares: docs/decisions/0024.
 */
import { randomBytes } from "node:crypto";
import type { Prisma } from "../../lib/db";
import { ragFor, worstRag, type Rag } from "../../lib/domain/rag";
import { generateReturnPeriods } from "../../lib/domain/return-periods";
import { addDays, addMonths, startOfUtcDay } from "./dates";
import type { Rng } from "./random";
import { BOY_NAMES, COMMUNICATION_NEEDS, GIRL_NAMES, PARENT_NAMES, SURNAMES } from "./text";

// ───────────────────────────── Distributions ─────────────────────────────

/**
 * Primary need of a child on a register of disabled children (codes of reference.ts NEED_TYPES).
 * Autism and learning disability lead, as in the DfE's SEN statistics (primary need of pupils with
 * an EHC plan) and councils' published registers.
 */
export const PRIMARY_NEED_SHARES: readonly (readonly [code: string, percent: number])[] = [
  ["AUTISM", 33],
  ["LEARNING", 22],
  ["SPEECH", 12],
  ["SEMH", 11],
  ["PHYSICAL", 8],
  ["COMPLEX_HEALTH", 6],
  ["SENSORY", 5],
  ["OTHER", 3],
];

/** Needs that often come with a primary need, most likely first. */
export const SECOND_NEEDS: Readonly<Record<string, readonly string[]>> = {
  AUTISM: ["SPEECH", "LEARNING", "SEMH"],
  LEARNING: ["SPEECH", "AUTISM", "PHYSICAL"],
  SPEECH: ["AUTISM", "LEARNING"],
  SEMH: ["AUTISM", "LEARNING"],
  PHYSICAL: ["COMPLEX_HEALTH", "LEARNING", "SENSORY"],
  COMPLEX_HEALTH: ["PHYSICAL", "LEARNING", "SENSORY"],
  SENSORY: ["PHYSICAL", "SPEECH"],
  OTHER: ["LEARNING", "SEMH"],
};

/** How many needs a child has recorded: one (45%), two (40%) or three (15%). */
export const NEED_COUNT_SHARES: readonly (readonly [count: number, percent: number])[] = [
  [1, 45],
  [2, 40],
  [3, 15],
];

/** Share of boys: about two boys to every girl (73% of pupils with an EHC plan are boys). */
export const BOY_SHARE = 2 / 3;

/**
 * Relative weight of each age from 0 to 19 (index = age). Few children are known before a
 * diagnosis (0–4), most are of school age, and fewer stay on after 16: about 77% are aged 5–15.
 */
export const AGE_WEIGHTS: readonly number[] = [
  1, 1.5, 2, 3, 4, 5.5, 6.5, 7, 7.5, 8, 8, 8, 8, 7.5, 7, 6.5, 4.5, 3.5, 2.5, 1.5,
];

/** Families with one disabled child on the register (the rest have two). */
export const SINGLE_CHILD_FAMILY_SHARE = 0.88;

/** Service types of volume contracts, by how often councils buy them (codes of reference.ts). */
export const CONTRACT_TYPE_SHARES: readonly (readonly [code: string, percent: number])[] = [
  ["PLAY_SCHEME", 16],
  ["HOLIDAY_CLUB", 14],
  ["AFTER_SCHOOL", 12],
  ["LEISURE", 12],
  ["SITTING", 9],
  ["ONE_TO_ONE", 9],
  ["HOMECARE", 8],
  ["SHARED_CARE", 7],
  ["OVERNIGHT", 8],
  ["RESIDENTIAL", 5],
];

/** Typical annual value (whole pounds) by service type: [low, high]; overnight care costs most. */
const ANNUAL_VALUE: Readonly<Record<string, readonly [number, number]>> = {
  PLAY_SCHEME: [40_000, 180_000],
  HOLIDAY_CLUB: [30_000, 150_000],
  AFTER_SCHOOL: [25_000, 120_000],
  LEISURE: [15_000, 80_000],
  SITTING: [20_000, 90_000],
  ONE_TO_ONE: [30_000, 160_000],
  HOMECARE: [60_000, 300_000],
  SHARED_CARE: [40_000, 200_000],
  OVERNIGHT: [150_000, 650_000],
  RESIDENTIAL: [100_000, 450_000],
};

/**
 * How a contract performs, which sets its KPI results and so its RAG: most meet their targets.
 * [label, share %, mean result as a share of target].
 */
const PERFORMANCE: readonly (readonly [string, number, number])[] = [
  ["on target", 78, 1.05],
  ["slipping", 14, 0.88],
  ["failing", 8, 0.72],
];

/** Feedback by who gave it. */
export const FEEDBACK_SOURCE_SHARES: readonly (readonly [source: FeedbackSource, percent: number])[] = [
  ["PARENT", 50],
  ["CHILD", 30],
  ["PROVIDER_COLLECTED", 20],
];
type FeedbackSource = "PARENT" | "CHILD" | "PROVIDER_COLLECTED";

/** Five-point ratings lean positive, as satisfaction surveys of short breaks do (value 1–5). */
export const RATING_SHARES: readonly (readonly [value: number, percent: number])[] = [
  [1, 5],
  [2, 8],
  [3, 17],
  [4, 35],
  [5, 35],
];

export const FACE_SHARES: readonly (readonly [face: "HAPPY" | "OKAY" | "SAD", percent: number])[] = [
  ["HAPPY", 65],
  ["OKAY", 25],
  ["SAD", 10],
];

/** Picks from weighted items in O(log n) (cumulative weights, binary search). */
export class WeightedPicker<T> {
  private readonly items: T[];
  private readonly cumulative: number[];
  private readonly total: number;

  constructor(weighted: readonly (readonly [T, number])[]) {
    if (weighted.length === 0) throw new Error("WeightedPicker needs at least one item");
    this.items = weighted.map(([item]) => item);
    let sum = 0;
    this.cumulative = weighted.map(([, w]) => {
      if (!(w >= 0)) throw new Error("weights must be zero or more");
      return (sum += w);
    });
    this.total = sum;
    if (!(sum > 0)) throw new Error("weights must not all be zero");
  }

  pick(rng: Rng): T {
    const x = rng.next() * this.total;
    let lo = 0;
    let hi = this.cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.cumulative[mid] > x) hi = mid;
      else lo = mid + 1;
    }
    return this.items[lo];
  }
}

/**
 * Shares `total` out in proportion to `weights`, as whole numbers that add up to exactly `total`
 * (largest remainder). Used to spread children over councils and districts, returns over contracts.
 */
export function allocate(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  if (weights.length === 0 || !(sum > 0)) {
    if (total === 0) return weights.map(() => 0);
    throw new Error("allocate: no weight to share by");
  }
  const exact = weights.map((w) => (total * w) / sum);
  const out = exact.map(Math.floor);
  let left = total - out.reduce((a, b) => a + b, 0);
  const order = exact
    .map((e, i) => [e - Math.floor(e), i] as const)
    .sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (let k = 0; left > 0; k = (k + 1) % order.length, left--) out[order[k][1]]++;
  return out;
}

const primaryNeed = new WeightedPicker(PRIMARY_NEED_SHARES);
const needCount = new WeightedPicker(NEED_COUNT_SHARES);
const agePicker = new WeightedPicker(AGE_WEIGHTS.map((w, age) => [age, w] as const));
const contractType = new WeightedPicker(CONTRACT_TYPE_SHARES);
const performance = new WeightedPicker(PERFORMANCE.map((p) => [p, p[1]] as const));
const feedbackSource = new WeightedPicker(FEEDBACK_SOURCE_SHARES);
const rating = new WeightedPicker(RATING_SHARES);
const face = new WeightedPicker(FACE_SHARES);

/** A child's age (0–19), drawn from AGE_WEIGHTS. */
export function drawAge(rng: Rng): number {
  return agePicker.pick(rng);
}

/** A child's needs: the primary need first, then up to two others that often go with it. */
export function drawNeeds(rng: Rng): string[] {
  const first = primaryNeed.pick(rng);
  const needs = [first];
  const want = needCount.pick(rng);
  const others = SECOND_NEEDS[first] ?? [];
  for (const candidate of others) {
    if (needs.length >= want) break;
    if (rng.chance(0.6)) needs.push(candidate);
  }
  return needs;
}

export function drawIsBoy(rng: Rng): boolean {
  return rng.chance(BOY_SHARE);
}

/** A normally distributed number (Box–Muller), for results around a target. */
function normal(rng: Rng, mean: number, sd: number): number {
  const u = 1 - rng.next();
  const v = rng.next();
  return mean + sd * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}

/** A whole number of pounds between low and high, skewed towards low (most contracts are small). */
function skewedPounds(rng: Rng, low: number, high: number, roundTo: number): number {
  const x = rng.next() ** 1.8;
  return Math.max(roundTo, Math.round((low + x * (high - low)) / roundTo) * roundTo);
}

// ───────────────────────────── Ids and codes ─────────────────────────────

const BASE36 = "0123456789abcdefghijklmnopqrstuvwxyz";

/**
 * cuid-shaped ids ("c" + 24 base-36 characters) like Prisma's own cuid(): eight characters that
 * grow with each id (a clock read once, plus a counter), then sixteen from the system's secure random
 * source (82 bits: not guessable). Growing ids are appended to the end of primary-key indexes instead
 * of landing all over them, which is most of the speed of loading millions of rows.
 */
export class IdSource {
  private pool = Buffer.alloc(0);
  private at = 0;
  private counter: number;

  constructor(start = Date.now()) {
    this.counter = start;
  }

  next(): string {
    let id = "c" + (this.counter++).toString(36).padStart(8, "0").slice(-8);
    while (id.length < 25) {
      if (this.at >= this.pool.length) {
        this.pool = randomBytes(64 * 1024);
        this.at = 0;
      }
      const b = this.pool[this.at++];
      if (b < 252) id += BASE36[b % 36]; // 252 = 7 × 36: no bias
    }
    return id;
  }
}

const RECEIPT_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

/**
 * Receipt codes in the app's shape (FB- and six characters without look-alikes), unique within a
 * council: taken from a shuffled walk of the code space and skipping codes already used.
 */
export class ReceiptCodes {
  private n: number;
  private readonly step = 387_420_489; // 3^18: odd, so coprime with 32^6, visits every code once

  constructor(
    rng: Rng,
    private readonly taken: ReadonlySet<string> = new Set(),
  ) {
    this.n = rng.int(0, 2 ** 30 - 1);
  }

  next(): string {
    for (;;) {
      this.n = (this.n + this.step) % 2 ** 30;
      let x = this.n;
      let code = "";
      for (let i = 0; i < 6; i++) {
        code += RECEIPT_ALPHABET[x & 31];
        x >>>= 5;
      }
      code = `FB-${code}`;
      if (!this.taken.has(code)) return code;
    }
  }
}

// ───────────────────────────── What a council gives the generator ─────────────────────────────

export interface VolumeCouncil {
  councilId: string;
  /** Prefix of contract references, e.g. "NCC". */
  refPrefix: string;
  /** Children of the register are spread over districts by `population` (children aged 0–19). */
  districts: { id: string; name: string; prefixes: string[]; population: number }[];
  /** Need type code → id (codes of reference.ts NEED_TYPES). */
  needTypes: Record<string, string>;
  /** Feedback theme code → id (codes of reference.ts FEEDBACK_THEMES). */
  themes: Record<string, string>;
  /** Service type code → id (global). */
  serviceTypes: Record<string, string>;
  consentStatementId: string;
  /** Stands in for the parents who agreed to consent, as the demo seed does for its generated families. */
  consentUserId: string;
  /** The commissioner who accepts returns and tags feedback. */
  commissionerUserId: string;
  /** Organisations approved to work with the council that hold the volume contracts. */
  organisationIds: string[];
  schools: readonly string[];
  /** Return periods fall due this many days after they end. */
  returnDueDays: number;
  /** Receipt codes the council already uses. */
  takenReceiptCodes?: ReadonlySet<string>;
  /** Contract references the council already uses. */
  takenReferences?: ReadonlySet<string>;
}

export interface VolumeSizes {
  children: number;
  contracts: number;
  /** Accepted outcome returns, shared over the contracts. */
  returns: number;
  feedback: number;
  budgets: number;
}

export interface VolumeRows {
  families: Prisma.FamilyCreateManyInput[];
  children: Prisma.ChildCreateManyInput[];
  childNeeds: Prisma.ChildNeedCreateManyInput[];
  consents: Prisma.ConsentCreateManyInput[];
  contracts: Prisma.ContractCreateManyInput[];
  /** Rows of the implicit many-to-many table "_ContractDistricts" (A = contract, B = district). */
  contractDistricts: { A: string; B: string }[];
  kpis: Prisma.KpiCreateManyInput[];
  returnPeriods: Prisma.ReturnPeriodCreateManyInput[];
  outcomeReturns: Prisma.OutcomeReturnCreateManyInput[];
  kpiActuals: Prisma.KpiActualCreateManyInput[];
  feedback: Prisma.FeedbackCreateManyInput[];
  feedbackRatings: Prisma.FeedbackRatingCreateManyInput[];
  feedbackThemeTags: Prisma.FeedbackThemeTagCreateManyInput[];
  budgets: Prisma.PersonalBudgetCreateManyInput[];
}

/** Tables in the order they can be written (parents first). */
export const VOLUME_TABLES = [
  "families",
  "children",
  "childNeeds",
  "consents",
  "contracts",
  "contractDistricts",
  "kpis",
  "returnPeriods",
  "outcomeReturns",
  "kpiActuals",
  "feedback",
  "feedbackRatings",
  "feedbackThemeTags",
  "budgets",
] as const satisfies readonly (keyof VolumeRows)[];

/** The PostgreSQL table behind each part of VolumeRows. */
export const VOLUME_TABLE_NAMES: Readonly<Record<(typeof VOLUME_TABLES)[number], string>> = {
  families: "Family",
  children: "Child",
  childNeeds: "ChildNeed",
  consents: "Consent",
  contracts: "Contract",
  contractDistricts: "_ContractDistricts",
  kpis: "Kpi",
  returnPeriods: "ReturnPeriod",
  outcomeReturns: "OutcomeReturn",
  kpiActuals: "KpiActual",
  feedback: "Feedback",
  feedbackRatings: "FeedbackRating",
  feedbackThemeTags: "FeedbackThemeTag",
  budgets: "PersonalBudget",
};

/** Everything for one council's volume, from one seeded Rng. */
export function generateVolume(
  council: VolumeCouncil,
  sizes: VolumeSizes,
  rng: Rng,
  now: Date,
  ids: IdSource = new IdSource(),
): VolumeRows {
  const register = generateRegister(council, sizes.children, rng, now, ids);
  const contracts = generateContracts(council, sizes.contracts, sizes.returns, rng, now, ids);
  const feedback = generateFeedback(
    council,
    sizes.feedback,
    register.families.map((f) => f.id as string),
    contracts.contracts.map((c) => ({ id: c.id as string, organisationId: c.organisationId })),
    rng,
    now,
    ids,
  );
  const budgets = generateBudgets(council, sizes.budgets, register.children, rng, now, ids);
  return { ...register, ...contracts, ...feedback, budgets };
}

// ───────────────────────────── Organisations ─────────────────────────────

const ORG_FIRST = (
  "Acorn Beacon Bluebell Brook Cedar Compass Harbour Hillside Kingfisher Lantern Maple Meadow " +
  "Orchard Riverside Rainbow Skylark Springfield Willow Woodland Heron Foxglove Juniper Larch Moorland"
).split(" ");
const ORG_SECOND = [
  ["Play Trust", true, true],
  ["Short Breaks CIC", true, true],
  ["Care Ltd", false, true],
  ["Family Support", true, true],
  ["Youth Project", true, true],
  ["Inclusion Services", true, false],
  ["Community Care Ltd", false, false],
  ["Respite Care Ltd", false, true],
] as const;

/**
 * Provider organisations with made-up names ("Willow Play Trust"), a number added once the names
 * run out. `domain` marks them (e-mail and website), so a later run can find and remove its own.
 */
export function generateOrganisations(
  count: number,
  domain: string,
  rng: Rng,
  ids: IdSource,
  now: Date,
): Prisma.OrganisationCreateManyInput[] {
  const names = rng.shuffle(ORG_FIRST.flatMap((a) => ORG_SECOND.map((b) => [a, ...b] as const)));
  return Array.from({ length: count }, (_, i) => {
    const [first, second, isVcs, isSme] = names[i % names.length];
    const round = Math.floor(i / names.length);
    const name = round === 0 ? `${first} ${second}` : `${first} ${second} ${round + 1}`;
    const slug = `${name.toLowerCase().replace(/[^a-z0-9]+/g, "-")}`;
    return {
      id: ids.next(),
      name,
      charityNumber: isVcs ? String(1_000_000 + rng.int(0, 199_999)) : null,
      companyNumber: isVcs ? null : pad(rng.int(1_000_000, 15_999_999), 8),
      isVcs,
      isSme,
      address: `${rng.int(1, 120)} ${rng.pick(["High Street", "Station Road", "Mill Lane", "Church Street"])}`,
      website: `https://${slug}.${domain}`,
      email: `hello@${slug}.${domain}`,
      phone: `01632 960${pad(rng.int(0, 999), 3)}`,
      createdAt: addDays(now, -rng.int(365, 3650)),
      updatedAt: now,
    };
  });
}

// ───────────────────────────── The register ─────────────────────────────

function pad(n: number, width: number): string {
  return String(n).padStart(width, "0");
}

const POSTCODE_LETTERS = "ABDEFGHJLNPQRSTUWXYZ";

/** Families and their children, spread over districts by population; all on the register (ACTIVE). */
export function generateRegister(
  council: VolumeCouncil,
  childCount: number,
  rng: Rng,
  now: Date,
  ids: IdSource,
): Pick<VolumeRows, "families" | "children" | "childNeeds" | "consents"> {
  const today = startOfUtcDay(now);
  const out: Pick<VolumeRows, "families" | "children" | "childNeeds" | "consents"> = {
    families: [],
    children: [],
    childNeeds: [],
    consents: [],
  };
  if (childCount === 0) return out;
  if (council.districts.length === 0) throw new Error("volume: the council has no districts");
  const perDistrict = allocate(
    childCount,
    council.districts.map((d) => d.population),
  );
  council.districts.forEach((district, d) => {
    let left = perDistrict[d];
    while (left > 0) {
      const size = left >= 2 && !rng.chance(SINGLE_CHILD_FAMILY_SHARE) ? 2 : 1;
      left -= size;
      const familyId = ids.next();
      const surname = rng.pick(SURNAMES);
      const parentFirst = rng.pick(PARENT_NAMES);
      const parentName = `${parentFirst} ${surname}`;
      const parentEmail = `${parentFirst}.${surname}.${out.families.length + 1}@example.com`.toLowerCase();
      const parentPhone = `07700 900${pad(rng.int(0, 999), 3)}`;
      const contactPreference = rng.pick(["E-mail", "E-mail", "Phone", "Text message"]);
      const postcode = `${rng.pick(district.prefixes)} ${rng.int(1, 9)}${rng.pick([...POSTCODE_LETTERS])}${rng.pick([...POSTCODE_LETTERS])}`;
      let earliest = now;
      const names = new Set<string>();
      for (let m = 0; m < size; m++) {
        const id = ids.next();
        const age = drawAge(rng);
        let firstName: string;
        do firstName = drawIsBoy(rng) ? rng.pick(BOY_NAMES) : rng.pick(GIRL_NAMES);
        while (names.has(firstName));
        names.add(firstName);
        // Born `age` years and 1–364 days before today, so the age is exact on today's date.
        const dateOfBirth = addDays(addMonths(today, -12 * age), -rng.int(1, 364));
        // Registered some time in the last four years, never before birth.
        const registeredAt = new Date(
          Math.max(
            Math.min(dateOfBirth.getTime() + 30 * 86_400_000, now.getTime()),
            now.getTime() - rng.int(7, 4 * 365) * 86_400_000,
          ),
        );
        if (registeredAt < earliest) earliest = registeredAt;
        out.children.push({
          id,
          councilId: council.councilId,
          familyId,
          firstName,
          lastName: surname,
          dateOfBirth,
          postcode,
          districtId: district.id,
          school: age < 4 ? "Not at school yet" : rng.pick(council.schools),
          communicationNeeds: rng.chance(0.3) ? rng.pick(COMMUNICATION_NEEDS) : null,
          currentShortBreaks: null,
          parentName,
          parentEmail,
          parentPhone,
          contactPreference,
          status: "ACTIVE",
          registeredAt,
          updatedAt: registeredAt,
        });
        for (const code of drawNeeds(rng)) {
          const needTypeId = council.needTypes[code];
          if (!needTypeId) throw new Error(`volume: no need type ${code}`);
          out.childNeeds.push({ councilId: council.councilId, childId: id, needTypeId });
        }
        out.consents.push({
          id: ids.next(),
          councilId: council.councilId,
          childId: id,
          statementId: council.consentStatementId,
          agreedByUserId: council.consentUserId,
          agreedAt: registeredAt,
        });
      }
      out.families.push({
        id: familyId,
        councilId: council.councilId,
        name: `${surname} family`,
        createdAt: earliest,
      });
    }
  });
  return out;
}

// ───────────────────────────── Contracts and returns ─────────────────────────────

const KPI_TEMPLATES: Readonly<
  Record<
    string,
    readonly [name: string, unit: Prisma.KpiCreateManyInput["unit"], low: number, high: number][]
  >
> = {
  PLAY_SCHEME: [
    ["Play sessions delivered", "SESSIONS", 12, 26],
    ["Children attending", "CHILDREN", 20, 60],
  ],
  HOLIDAY_CLUB: [
    ["Holiday club days", "DAYS", 10, 30],
    ["Children attending", "CHILDREN", 25, 80],
  ],
  AFTER_SCHOOL: [
    ["After-school sessions", "SESSIONS", 30, 40],
    ["Children attending", "CHILDREN", 10, 30],
  ],
  LEISURE: [
    ["Activity sessions", "SESSIONS", 10, 24],
    ["Young people taking part", "CHILDREN", 15, 50],
  ],
  SITTING: [
    ["Hours of sitting", "HOURS", 300, 900],
    ["Families supported", "FAMILIES", 15, 45],
  ],
  ONE_TO_ONE: [
    ["Hours of 1:1 support", "HOURS", 400, 1500],
    ["Children supported", "CHILDREN", 10, 35],
  ],
  HOMECARE: [
    ["Hours of homecare", "HOURS", 600, 2400],
    ["Families supported", "FAMILIES", 10, 30],
  ],
  SHARED_CARE: [
    ["Shared care placements", "PLACES", 6, 20],
    ["Children supported", "CHILDREN", 6, 20],
  ],
  OVERNIGHT: [
    ["Nights provided", "DAYS", 150, 450],
    ["Children supported", "CHILDREN", 10, 30],
  ],
  RESIDENTIAL: [
    ["Residential nights", "DAYS", 60, 240],
    ["Children supported", "CHILDREN", 8, 25],
  ],
};

const TYPE_TITLE: Readonly<Record<string, string>> = {
  PLAY_SCHEME: "Play scheme",
  HOLIDAY_CLUB: "Holiday club",
  AFTER_SCHOOL: "After-school club",
  LEISURE: "Inclusive leisure",
  SITTING: "Sitting service",
  ONE_TO_ONE: "1:1 support",
  HOMECARE: "Homecare short breaks",
  SHARED_CARE: "Shared care",
  OVERNIGHT: "Overnight short breaks",
  RESIDENTIAL: "Residential short breaks",
};

const NARRATIVES = [
  "Sessions ran as planned. Two new staff finished their induction and autism training.",
  "Busy quarter: the waiting list went down and every referred child was offered a place.",
  "Two sessions were cancelled because of the weather and made up later in the quarter.",
  "Staff sickness meant fewer sessions in the first month; agency staff who know the children covered the rest.",
  "We opened a quiet room after parents asked for one, and attendance of older children went up.",
];
const VOICE_METHODS = [
  "Picture cards at the end of each session",
  "A talking wall and a young people's meeting",
  "Easy Read questionnaire, with help from staff",
  "Talking mats with children who do not use speech",
];
const VOICE_SUMMARIES = [
  "Children want more trips out and more cooking.",
  "Young people asked for later finishing times on Fridays.",
  "Children said they like the sensory room and want it open longer.",
  "Most children were happy; two said the hall was too noisy.",
];

function firstOfQuarter(d: Date): Date {
  return new Date(Date.UTC(d.getUTCFullYear(), Math.floor(d.getUTCMonth() / 3) * 3, 1));
}

/**
 * Contracts with two KPIs each and quarterly return periods from their start to the current
 * quarter. Every period already due has an accepted return (with both KPIs' results), so the volume
 * adds history and RAG but no work to the queues the named demo records set up. The returns are
 * shared over the contracts so that there are exactly `returnCount` of them.
 */
export function generateContracts(
  council: VolumeCouncil,
  contractCount: number,
  returnCount: number,
  rng: Rng,
  now: Date,
  ids: IdSource,
): Pick<
  VolumeRows,
  "contracts" | "contractDistricts" | "kpis" | "returnPeriods" | "outcomeReturns" | "kpiActuals"
> {
  const out: Pick<
    VolumeRows,
    "contracts" | "contractDistricts" | "kpis" | "returnPeriods" | "outcomeReturns" | "kpiActuals"
  > = {
    contracts: [],
    contractDistricts: [],
    kpis: [],
    returnPeriods: [],
    outcomeReturns: [],
    kpiActuals: [],
  };
  if (contractCount === 0) {
    if (returnCount > 0) throw new Error("volume: returns need contracts");
    return out;
  }
  if (council.organisationIds.length === 0) throw new Error("volume: the council has no organisations");
  const today = startOfUtcDay(now);
  const { councilId } = council;
  // Returns per contract: spread around the mean, at most 40 (ten years of quarters).
  const perContract = allocate(
    returnCount,
    Array.from({ length: contractCount }, () => 0.25 + rng.next() * 1.5),
  );
  if (perContract.some((n) => n > 40))
    throw new Error("volume: more than 40 returns per contract; add contracts");
  const references = new Set(council.takenReferences ?? []);
  const currentQuarter = firstOfQuarter(today);

  for (let i = 0; i < contractCount; i++) {
    const type = contractType.pick(rng);
    const serviceTypeId = council.serviceTypes[type];
    if (!serviceTypeId) throw new Error(`volume: no service type ${type}`);
    const wantReturns = perContract[i];
    // Start early enough that exactly `wantReturns` periods are past their due date.
    let startDate = addMonths(currentQuarter, -3 * wantReturns);
    let periods = generateReturnPeriods({
      startDate,
      endDate: addDays(addMonths(currentQuarter, 3), -1),
      dueDays: council.returnDueDays,
    });
    let due = periods.filter((p) => p.dueDate < today).length;
    while (due < wantReturns) {
      startDate = addMonths(startDate, -3);
      periods = generateReturnPeriods({
        startDate,
        endDate: addDays(addMonths(currentQuarter, 3), -1),
        dueDays: council.returnDueDays,
      });
      due = periods.filter((p) => p.dueDate < today).length;
    }
    while (due > wantReturns) {
      startDate = addMonths(startDate, 3);
      periods = generateReturnPeriods({
        startDate,
        endDate: addDays(addMonths(currentQuarter, 3), -1),
        dueDays: council.returnDueDays,
      });
      due = periods.filter((p) => p.dueDate < today).length;
    }
    // About one contract in ten has ended: its last period is the last one due.
    const ended = wantReturns > 0 && rng.chance(0.1);
    let endDate: Date;
    if (ended) {
      periods = periods.slice(0, wantReturns);
      endDate = periods[periods.length - 1].endDate;
    } else {
      // Three to five years, and always past the current quarter.
      const termMonths = rng.pick([36, 36, 48, 60]);
      endDate = addDays(addMonths(startDate, termMonths), -1);
      while (endDate <= addMonths(currentQuarter, 3)) endDate = addMonths(endDate, 12);
      // Contracts end on the last day of a month.
      endDate = addDays(new Date(Date.UTC(endDate.getUTCFullYear(), endDate.getUTCMonth() + 1, 1)), -1);
    }
    const months =
      (endDate.getUTCFullYear() - startDate.getUTCFullYear()) * 12 +
      endDate.getUTCMonth() -
      startDate.getUTCMonth() +
      1;
    const [low, high] = ANNUAL_VALUE[type];
    const annualPounds = skewedPounds(rng, low, high, 500);
    // Exact money: whole pence, formatted as a decimal string.
    const totalPence = Math.round((annualPounds * 100 * months) / 12);
    const district = council.districts[Math.floor(rng.next() * council.districts.length)];
    const year = startDate.getUTCFullYear();
    let reference: string;
    let n = i + 1;
    do reference = `${council.refPrefix}-SB-${year}-${pad(n, 4)}`;
    while (references.has(reference) && (n += contractCount));
    references.add(reference);
    const contractId = ids.next();
    const organisationId = council.organisationIds[i % council.organisationIds.length];
    const [, , level] = performance.pick(rng);

    const kpiDefs = KPI_TEMPLATES[type];
    const kpis = kpiDefs.map(([name, unit, lo, hi], position) => ({
      id: ids.next(),
      target: rng.int(lo, hi),
      name,
      unit,
      position,
    }));
    for (const k of kpis)
      out.kpis.push({
        id: k.id,
        councilId,
        contractId,
        name: k.name,
        unit: k.unit,
        source: "OUTPUT",
        targetPerPeriod: `${k.target}.00`,
        position: k.position,
      });

    let lastRags: (Rag | null)[] = [];
    for (const p of periods) {
      const periodId = ids.next();
      out.returnPeriods.push({
        id: periodId,
        councilId,
        contractId,
        label: p.label,
        startDate: p.startDate,
        endDate: p.endDate,
        dueDate: p.dueDate,
      });
      if (p.dueDate >= today) continue;
      const returnId = ids.next();
      const submittedAt = new Date(
        addDays(p.dueDate, -rng.int(0, 12)).getTime() + rng.int(9, 17) * 3_600_000,
      );
      const acceptedAt = new Date(submittedAt.getTime() + rng.int(1, 15) * 86_400_000);
      const children = Math.max(
        1,
        Math.round(kpis[1].target * Math.min(1.3, Math.max(0.4, normal(rng, level, 0.05)))),
      );
      out.outcomeReturns.push({
        id: returnId,
        councilId,
        returnPeriodId: periodId,
        contractId,
        organisationId,
        status: "ACCEPTED",
        childrenSupported: children,
        familiesSupported: Math.max(1, Math.round(children * (0.8 + rng.next() * 0.15))),
        narrative: rng.pick(NARRATIVES),
        childVoiceMethod: rng.pick(VOICE_METHODS),
        childVoiceSummary: rng.pick(VOICE_SUMMARIES),
        submittedAt,
        acceptedAt,
        acceptedById: council.commissionerUserId,
        createdAt: addDays(submittedAt, -3),
        updatedAt: acceptedAt,
      });
      lastRags = kpis.map((k) => {
        const factor = Math.min(1.3, Math.max(0.4, normal(rng, level, 0.05)));
        const value = (Math.round(k.target * factor * 10) / 10).toFixed(2);
        out.kpiActuals.push({ id: ids.next(), councilId, outcomeReturnId: returnId, kpiId: k.id, value });
        return ragFor(value, k.target);
      });
    }

    out.contracts.push({
      id: contractId,
      councilId,
      reference,
      title: `${TYPE_TITLE[type]} – ${district.name}`,
      organisationId,
      serviceTypeId,
      annualValue: `${annualPounds}.00`,
      totalValue: `${Math.floor(totalPence / 100)}.${pad(totalPence % 100, 2)}`,
      startDate,
      endDate,
      originalEndDate: endDate,
      extensionMonthsAvailable: rng.pick([0, 12, 12, 24]),
      currentRag: worstRag(lastRags),
      createdAt: addDays(startDate, -rng.int(20, 60)),
      updatedAt: now,
    });
    out.contractDistricts.push({ A: contractId, B: district.id });
    if (council.districts.length > 1 && rng.chance(0.3)) {
      const other = council.districts.find((d) => d.id !== district.id && rng.chance(0.5));
      if (other) out.contractDistricts.push({ A: contractId, B: other.id });
    }
  }
  return out;
}

// ───────────────────────────── Feedback ─────────────────────────────

/** What people say, by theme (codes of reference.ts FEEDBACK_THEMES); null: no theme. */
const COMMENTS: readonly (readonly [theme: string | null, text: string])[] = [
  ["DIRECT_PAYMENTS", "A direct payment would let us choose a personal assistant who knows our child."],
  ["DIRECT_PAYMENTS", "The paperwork for direct payments takes hours every month."],
  ["AUTISM_TRAINING", "Staff clearly understand autism; our son came home calm and happy."],
  ["AUTISM_TRAINING", "Some staff did not seem to know how to help when our daughter was overwhelmed."],
  ["SMALL_GROUPS", "Small groups work so much better for our child than a big noisy hall."],
  ["SMALL_GROUPS", "Please keep the small Saturday group: it is the only one she copes with."],
  ["INCLUSION", "He was welcomed at the ordinary club with a bit of extra support."],
  ["INCLUSION", "We want our daughter to go where her friends go, not to a special club."],
  ["TRANSPORT", "There is no transport and the club is forty minutes away."],
  ["TRANSPORT", "The minibus pick-up made it possible for us to use the scheme at all."],
  ["INFORMATION", "It was hard to find out what short breaks we could have."],
  ["INFORMATION", "We were not told the sessions had changed day."],
  [null, "The breaks give us a night's sleep and time with our other children."],
  [null, "Reliable, kind staff. Thank you."],
];
const themeOfComment = new WeightedPicker(COMMENTS.map((c) => [c, 1] as const));
const LIKED = [
  "Swimming",
  "Cooking",
  "The sensory room",
  "Trips out",
  "Playing football",
  "Art",
  "My friends",
];
const IMPROVE = ["More days", "Less noise", "Longer sessions", "More trips", "Nothing", "A quiet corner"];

/**
 * Feedback over the last two years: parents with three ratings each, children and
 * provider-collected answers with a face. Items older than two weeks have been themed (most closed);
 * the newest are waiting. Most are about one of the contracts.
 */
export function generateFeedback(
  council: VolumeCouncil,
  count: number,
  familyIds: readonly string[],
  contracts: readonly { id: string; organisationId: string }[],
  rng: Rng,
  now: Date,
  ids: IdSource,
): Pick<VolumeRows, "feedback" | "feedbackRatings" | "feedbackThemeTags"> {
  const out: Pick<VolumeRows, "feedback" | "feedbackRatings" | "feedbackThemeTags"> = {
    feedback: [],
    feedbackRatings: [],
    feedbackThemeTags: [],
  };
  const codes = new ReceiptCodes(rng, council.takenReceiptCodes);
  const { councilId } = council;
  for (let i = 0; i < count; i++) {
    const id = ids.next();
    const source = feedbackSource.pick(rng);
    const ageDays = 3 + rng.next() * 727;
    const createdAt = new Date(now.getTime() - Math.round(ageDays * 86_400_000));
    const contract =
      contracts.length > 0 && (source === "PROVIDER_COLLECTED" || rng.chance(0.7))
        ? rng.pick(contracts)
        : null;
    const [theme, comment] = themeOfComment.pick(rng);
    const themed = ageDays > 14 && theme !== null;
    const childFace = source === "PARENT" ? null : face.pick(rng);
    out.feedback.push({
      id,
      councilId,
      source,
      receiptCode: codes.next(),
      familyId: source !== "PROVIDER_COLLECTED" && familyIds.length > 0 ? rng.pick(familyIds) : null,
      organisationId: contract?.organisationId ?? null,
      contractId: contract?.id ?? null,
      face: childFace,
      liked: childFace ? rng.pick(LIKED) : null,
      improve: childFace ? rng.pick(IMPROVE) : null,
      comment: source === "PARENT" ? comment : null,
      consentToQuote: source === "PARENT" && rng.chance(0.5),
      contactRequested: false,
      helpedByAdult: source === "CHILD" ? rng.chance(0.5) : null,
      status: themed ? (rng.chance(0.8) ? "CLOSED" : "IN_REVIEW") : ageDays > 14 ? "CLOSED" : "RECEIVED",
      createdAt,
    });
    if (source === "PARENT")
      for (const question of ["supported-at-home", "child-enjoyed", "staff-understood"])
        out.feedbackRatings.push({
          id: ids.next(),
          councilId,
          feedbackId: id,
          question,
          value: rating.pick(rng),
        });
    if (themed) {
      const themeId = council.themes[theme];
      if (!themeId) throw new Error(`volume: no feedback theme ${theme}`);
      out.feedbackThemeTags.push({
        councilId,
        feedbackId: id,
        themeId,
        taggedById: council.commissionerUserId,
        createdAt: addDays(createdAt, rng.int(1, 10)),
      });
    }
  }
  return out;
}

// ───────────────────────────── Personal budgets ─────────────────────────────

const BUDGET_TYPE = new WeightedPicker([
  ["DIRECT_PAYMENT", 60],
  ["MANAGED", 30],
  ["INDIVIDUAL", 10],
] as const);
const BUDGET_STATUS = new WeightedPicker([
  ["ACTIVE", 80],
  ["ENDED", 15],
  ["PROPOSED", 5],
] as const);

/** Personal budgets for children of the register (at most one each), £500 to £15,000 a year. */
export function generateBudgets(
  council: VolumeCouncil,
  count: number,
  children: readonly Prisma.ChildCreateManyInput[],
  rng: Rng,
  now: Date,
  ids: IdSource,
): Prisma.PersonalBudgetCreateManyInput[] {
  if (count > children.length) throw new Error("volume: more budgets than children");
  const today = startOfUtcDay(now);
  return rng.sample(children, count).map((child) => {
    const status = BUDGET_STATUS.pick(rng);
    const startDate =
      status === "ENDED"
        ? addDays(today, -rng.int(400, 900))
        : addDays(today, -rng.int(status === "PROPOSED" ? -30 : 0, 360));
    const endDate = addDays(addMonths(startDate, 12), -1);
    const approved = status !== "PROPOSED";
    return {
      id: ids.next(),
      councilId: council.councilId,
      childId: child.id as string,
      type: BUDGET_TYPE.pick(rng),
      status,
      annualAmount: `${skewedPounds(rng, 500, 15_000, 10)}.00`,
      startDate,
      endDate,
      nextReviewDate: addMonths(startDate, rng.pick([6, 12])),
      approvedById: approved ? council.commissionerUserId : null,
      approvedAt: approved ? addDays(startDate, -rng.int(7, 30)) : null,
      createdAt: addDays(startDate, -rng.int(30, 60)),
      updatedAt: now,
    };
  });
}
