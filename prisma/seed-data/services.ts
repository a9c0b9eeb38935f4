/** Directory listings (Open Referral UK services), all published, each linked to its districts. */
import { orgId, serviceTypeId, type CouncilRun } from "./context";
import type { CouncilDef } from "./definitions";
import { addDays } from "./dates";
import { newId } from "./random";

export function districtConnect(run: CouncilRun, codes: string[]): { id: string }[] {
  return codes.map((code) => {
    const id = run.districtByCode[code];
    if (!id) throw new Error(`seed: no district ${code} in ${run.slug}`);
    return { id };
  });
}

export async function seedServices(run: CouncilRun, def: CouncilDef): Promise<void> {
  for (const [index, s] of def.services.entries()) {
    const id = newId();
    await run.tx.service.create({
      data: {
        id,
        councilId: run.councilId,
        organisationId: orgId(run, s.org),
        serviceTypeId: serviceTypeId(run, s.type),
        name: s.name,
        description: s.description,
        eligibility: s.eligibility,
        ageMin: s.ageMin,
        ageMax: s.ageMax,
        venue: s.venue,
        address: s.address,
        postcode: s.postcode,
        email: s.email,
        phone: s.phone,
        url: s.url ?? null,
        costInfo: s.costInfo,
        status: "PUBLISHED",
        createdAt: addDays(run.now, -600 + index * 30),
        districts: { connect: districtConnect(run, s.districts) },
      },
    });
    run.services.push({ id, key: s.key, orgKey: s.org, name: s.name });
  }
}

export function serviceByKey(run: CouncilRun, key: string): { id: string; orgKey: string; name: string } {
  const s = run.services.find((x) => x.key === key);
  if (!s) throw new Error(`seed: no service "${key}" in ${run.slug}`);
  return s;
}

export function serviceOfOrg(
  run: CouncilRun,
  orgKey: string,
): { id: string; orgKey: string; name: string } | undefined {
  return run.services.find((x) => x.orgKey === orgKey);
}
