/**
 * The register of disabled children: families, children, their needs and consents. Some children
 * are clustered (same district, age band and need) so a few statistics cells pass the council's
 * threshold while most stay suppressed.
 */
import type { Prisma } from "../../lib/db";
import type { CouncilRun, Tx } from "./context";
import type { ChildDef, CouncilDef, FamilyDef } from "./definitions";
import { addDays, dateOfBirthForAge } from "./dates";
import { demoEmail } from "./people";
import { AGE_BAND_RANGES, ageBandOf } from "./reference";
import { Rng, newId } from "./random";
import { BOY_NAMES, COMMUNICATION_NEEDS, GIRL_NAMES, PARENT_NAMES, SURNAMES } from "./text";

interface PlannedChild {
  firstName: string;
  age: number;
  dayOffset: number;
  district: string;
  postcode: string;
  needs: string[];
  school: string;
  communicationNeeds: string | null;
  currentShortBreaks: string | null;
  registeredDaysAgo: number;
  withdrawn: boolean;
}

interface PlannedFamily {
  id: string;
  kind: "demo" | "second" | "other";
  surname: string;
  parentName: string;
  parentEmail: string;
  parentPhone: string;
  contactPreference: string;
  children: PlannedChild[];
}

export interface RegisterPlan {
  families: PlannedFamily[];
}

/** Rough shares of primary need among generated children. */
const NEED_WEIGHTS: [string, number][] = [
  ["AUTISM", 30],
  ["LEARNING", 24],
  ["PHYSICAL", 12],
  ["SEMH", 10],
  ["COMPLEX_HEALTH", 8],
  ["SPEECH", 7],
  ["SENSORY", 6],
  ["OTHER", 3],
];

/** Needs that often come with a primary need. */
const COMMON_SECOND_NEEDS: Record<string, string[]> = {
  AUTISM: ["SPEECH", "SEMH", "LEARNING"],
  LEARNING: ["SPEECH", "PHYSICAL", "AUTISM"],
  PHYSICAL: ["COMPLEX_HEALTH", "SENSORY"],
  SEMH: ["AUTISM", "LEARNING"],
  COMPLEX_HEALTH: ["PHYSICAL", "SENSORY"],
  SPEECH: ["LEARNING", "AUTISM"],
  SENSORY: ["PHYSICAL", "SPEECH"],
  OTHER: ["LEARNING"],
};

const POSTCODE_LETTERS = "ABDEFGHJLNPQRSTUWXYZ";

function weighted(rng: Rng, items: [string, number][]): string {
  const total = items.reduce((s, [, w]) => s + w, 0);
  let n = rng.next() * total;
  for (const [item, w] of items) {
    n -= w;
    if (n < 0) return item;
  }
  return items[items.length - 1][0];
}

function postcode(rng: Rng, prefix: string): string {
  return `${prefix} ${rng.int(1, 9)}${rng.pick([...POSTCODE_LETTERS])}${rng.pick([...POSTCODE_LETTERS])}`;
}

function schoolFor(rng: Rng, def: CouncilDef, age: number): string {
  if (age < 4) return rng.pick(["Not at school yet", "Little Acorns Day Nursery"]);
  return rng.pick(def.schools);
}

function fromDef(
  rng: Rng,
  def: CouncilDef,
  family: FamilyDef,
  kind: "demo" | "second",
  parentEmail: string,
): PlannedFamily {
  const prefix = family.postcodePrefix;
  const code = postcode(rng, prefix);
  return {
    id: newId(),
    kind,
    surname: family.surname,
    parentName: `${family.parentFirstName} ${family.surname}`,
    parentEmail,
    parentPhone: `07700 900${String(rng.int(100, 999))}`,
    contactPreference: "E-mail",
    children: family.children.map((c: ChildDef, i) => ({
      firstName: c.firstName,
      age: c.age,
      dayOffset: rng.int(20, 340),
      district: c.district,
      postcode: code,
      needs: c.needs,
      school: c.school,
      communicationNeeds: c.communicationNeeds ?? null,
      currentShortBreaks: c.currentShortBreaks ?? null,
      registeredDaysAgo: 700 - i * 90,
      withdrawn: false,
    })),
  };
}

/** Works out every family and child before anything is written (pure, seeded). */
export function planRegister(def: CouncilDef, rng: Rng): RegisterPlan {
  const reg = def.register;
  const families: PlannedFamily[] = [
    fromDef(rng, def, reg.demoFamily, "demo", demoEmail("family", def.slug)),
    fromDef(rng, def, reg.secondFamily, "second", demoEmail("family2", def.slug)),
  ];

  // One slot per generated child: first the clusters, then children spread at random.
  interface Slot {
    district: string;
    age: number;
    need: string;
    clustered: boolean;
  }
  const slots: Slot[] = [];
  for (const c of reg.clusters) {
    const [lo, hi] = AGE_BAND_RANGES[c.ageBand];
    for (let i = 0; i < c.count; i++)
      slots.push({ district: c.district, age: rng.int(lo, hi), need: c.need, clustered: true });
  }
  while (slots.length < reg.otherChildren) {
    slots.push({
      district: rng.pick(def.districts).code,
      age: rng.int(0, 19),
      need: weighted(rng, NEED_WEIGHTS),
      clustered: false,
    });
  }

  // Group into families within a district: exactly (children − families) families get two children,
  // shared between districts in proportion to their number of children.
  const pairsWanted = reg.otherChildren - reg.otherFamilies;
  const byDistrict = def.districts.map((d) => rng.shuffle(slots.filter((s) => s.district === d.code)));
  const pairs = byDistrict.map((g) =>
    Math.min(Math.floor((g.length * pairsWanted) / reg.otherChildren), Math.floor(g.length / 2)),
  );
  let missing = pairsWanted - pairs.reduce((a, b) => a + b, 0);
  for (let i = 0; missing > 0 && i < byDistrict.length * 2; i++) {
    const d = i % byDistrict.length;
    if (pairs[d] < Math.floor(byDistrict[d].length / 2)) {
      pairs[d]++;
      missing--;
    }
  }

  const surnames = rng.shuffle(
    SURNAMES.filter((s) => s !== reg.demoFamily.surname && s !== reg.secondFamily.surname),
  );
  const usedPhones = new Set<string>();
  let familyIndex = 0;
  let withdrawnPlaced = false;
  byDistrict.forEach((group, d) => {
    const district = def.districts[d];
    let pairsLeft = pairs[d];
    let i = 0;
    while (i < group.length) {
      const size = pairsLeft > 0 && i + 1 < group.length ? 2 : 1;
      if (size === 2) pairsLeft--;
      const members = group.slice(i, i + size);
      i += size;
      const surname = surnames[familyIndex % surnames.length];
      familyIndex++;
      const parentFirst = rng.pick(PARENT_NAMES);
      let phone: string;
      do phone = `07700 900${String(rng.int(100, 999))}`;
      while (usedPhones.has(phone));
      usedPhones.add(phone);
      const code = postcode(rng, rng.pick(district.prefixes));
      const usedFirstNames = new Set<string>();
      const children = members.map((slot, m): PlannedChild => {
        let firstName: string;
        do firstName = rng.chance(0.5) ? rng.pick(GIRL_NAMES) : rng.pick(BOY_NAMES);
        while (usedFirstNames.has(firstName));
        usedFirstNames.add(firstName);
        const needs = [slot.need];
        if (rng.chance(0.55)) {
          const extra = rng.pick(COMMON_SECOND_NEEDS[slot.need] ?? ["OTHER"]);
          if (!needs.includes(extra)) needs.push(extra);
        }
        // One child, the younger of two siblings outside the clusters, has been withdrawn from the register.
        const withdrawn = !withdrawnPlaced && size === 2 && m === 1 && !slot.clustered;
        if (withdrawn) withdrawnPlaced = true;
        return {
          firstName,
          age: slot.age,
          dayOffset: rng.int(1, 360),
          district: district.code,
          postcode: code,
          needs,
          school: schoolFor(rng, def, slot.age),
          communicationNeeds: rng.chance(0.35) ? rng.pick(COMMUNICATION_NEEDS) : null,
          currentShortBreaks: rng.chance(0.6) ? rng.pick(def.services).name : null,
          registeredDaysAgo: rng.int(30, 1000),
          withdrawn,
        };
      });
      families.push({
        id: newId(),
        kind: "other",
        surname,
        parentName: `${parentFirst} ${surname}`,
        parentEmail: `${parentFirst}.${surname}`.toLowerCase().replace(/[^a-z.]/g, "") + "@example.com",
        parentPhone: phone,
        contactPreference: rng.pick(["E-mail", "Phone", "Text message"]),
        children,
      });
    }
  });
  if (!withdrawnPlaced) {
    // Fall back to any generated child outside the clusters.
    const family = families.find((f) => f.kind === "other" && f.children.length > 0);
    if (family) family.children[family.children.length - 1].withdrawn = true;
  }
  return { families };
}

export async function seedFamilies(
  tx: Tx,
  councilId: string,
  plan: RegisterPlan,
  now: Date,
): Promise<{ demo: string; second: string }> {
  await tx.family.createMany({
    data: plan.families.map((f) => ({
      id: f.id,
      councilId,
      name: `${f.surname} family`,
      createdAt: addDays(now, -Math.max(...f.children.map((c) => c.registeredDaysAgo), 30)),
    })),
  });
  const demo = plan.families.find((f) => f.kind === "demo");
  const second = plan.families.find((f) => f.kind === "second");
  if (!demo || !second) throw new Error("seed: the register plan has no demo family");
  return { demo: demo.id, second: second.id };
}

export async function seedChildren(run: CouncilRun, plan: RegisterPlan): Promise<void> {
  const { tx, councilId, now, today } = run;
  const children: Prisma.ChildCreateManyInput[] = [];
  const needs: Prisma.ChildNeedCreateManyInput[] = [];
  const consents: Prisma.ConsentCreateManyInput[] = [];
  const demoParent = run.users["family"];
  const otherParent = run.users["family2"];

  for (const family of plan.families) {
    // Consents of the demo family were given by its own user; the rest stand in as family2's (demo data).
    const agreedBy = family.kind === "demo" ? demoParent : otherParent;
    for (const c of family.children) {
      const id = newId();
      const districtId = run.districtByCode[c.district];
      if (!districtId) throw new Error(`seed: no district ${c.district}`);
      ageBandOf(c.age); // checks the age is registrable (0–19)
      const registeredAt = addDays(now, -c.registeredDaysAgo);
      const withdrawnAt = c.withdrawn ? addDays(now, -8) : null;
      children.push({
        id,
        councilId,
        familyId: family.id,
        firstName: c.firstName,
        lastName: family.surname,
        dateOfBirth: dateOfBirthForAge(today, c.age, c.dayOffset),
        postcode: c.postcode,
        districtId,
        school: c.school,
        communicationNeeds: c.communicationNeeds,
        currentShortBreaks: c.currentShortBreaks,
        parentName: family.parentName,
        parentEmail: family.parentEmail,
        parentPhone: family.parentPhone,
        contactPreference: family.contactPreference,
        status: c.withdrawn ? "WITHDRAWN" : "ACTIVE",
        registeredAt,
        withdrawnAt,
        eraseAfter: withdrawnAt ? addDays(withdrawnAt, run.retentionDays) : null,
      });
      for (const code of c.needs) {
        const needTypeId = run.needTypes[code];
        if (!needTypeId) throw new Error(`seed: no need type ${code}`);
        needs.push({ councilId, childId: id, needTypeId });
      }
      consents.push({
        councilId,
        childId: id,
        statementId: run.consentStatementId,
        agreedByUserId: agreedBy.userId,
        agreedAt: registeredAt,
        withdrawnAt,
        withdrawnByUserId: withdrawnAt ? agreedBy.userId : null,
      });
      run.children.push({
        id,
        familyId: family.id,
        firstName: c.firstName,
        districtId,
        demo: family.kind === "demo",
        active: !c.withdrawn,
      });
    }
  }
  await tx.child.createMany({ data: children });
  await tx.childNeed.createMany({ data: needs });
  await tx.consent.createMany({ data: consents });
}

/** Counts by district from the register, with small counts suppressed: a specification's needs snapshot. */
export function needsSnapshot(run: CouncilRun, takenOn: Date): Prisma.InputJsonValue {
  const rows = run.districts.map((d) => {
    const count = run.children.filter((c) => c.active && c.districtId === d.id).length;
    return { district: d.name, children: count >= run.statisticsThreshold ? count : null };
  });
  return {
    takenOn: takenOn.toISOString().slice(0, 10),
    threshold: run.statisticsThreshold,
    note: "Children on the register by district; counts below the threshold are suppressed (null).",
    rows,
  };
}
