import type { Actor } from "../../auth/actor";
import { prisma, type Tx } from "../../db";
import { addDays } from "../../domain/dates";
import { NotFoundError } from "../../errors";

export interface FeedbackSubject {
  /** `service:<id>`, `contract:<id>` or `provider:<id>`. */
  value: string;
  label: string;
  kind: "service" | "contract" | "provider";
  serviceId: string | null;
  contractId: string | null;
  organisationId: string;
}

/**
 * What a family "uses" (decision record 0010): services, contracts and
 * providers in its children's support plans, and published services and current contracts (or
 * ended in the last year) that cover a district where one of its children on the register lives.
 */
export async function listFamilyFeedbackSubjects(
  actor: Actor,
  db: Tx = prisma,
  now = new Date(),
): Promise<FeedbackSubject[]> {
  if (!actor.familyId) throw new NotFoundError();
  const councilId = actor.councilId;
  const [children, planItems] = await Promise.all([
    db.child.findMany({
      where: { councilId, familyId: actor.familyId, status: "ACTIVE" },
      select: { districtId: true },
    }),
    db.supportPlanItem.findMany({
      where: {
        councilId,
        supportPlan: { personalBudget: { child: { familyId: actor.familyId } } },
      },
      select: { serviceId: true, organisationId: true },
    }),
  ]);
  const districtIds = [...new Set(children.map((c) => c.districtId))];
  const planServiceIds = [...new Set(planItems.flatMap((i) => (i.serviceId ? [i.serviceId] : [])))];
  const planOrgIds = [...new Set(planItems.flatMap((i) => (i.organisationId ? [i.organisationId] : [])))];
  if (!districtIds.length && !planServiceIds.length && !planOrgIds.length) return [];

  const inDistricts = districtIds.length ? [{ districts: { some: { id: { in: districtIds } } } }] : [];
  const [services, contracts] = await Promise.all([
    db.service.findMany({
      where: {
        councilId,
        OR: [
          { id: { in: planServiceIds } },
          ...inDistricts.map((d) => ({ status: "PUBLISHED" as const, ...d })),
        ],
      },
      orderBy: { name: "asc" },
      select: { id: true, name: true, organisationId: true, organisation: { select: { name: true } } },
    }),
    db.contract.findMany({
      where: {
        councilId,
        startDate: { lte: now },
        endDate: { gte: addDays(now, -365) },
        OR: [{ organisationId: { in: planOrgIds } }, ...inDistricts],
      },
      orderBy: { title: "asc" },
      select: { id: true, title: true, organisationId: true, organisation: { select: { name: true } } },
    }),
  ]);
  const providers = new Map<string, string>();
  for (const s of services) providers.set(s.organisationId, s.organisation.name);
  for (const c of contracts) providers.set(c.organisationId, c.organisation.name);
  const missing = planOrgIds.filter((id) => !providers.has(id));
  if (missing.length) {
    const orgs = await db.organisation.findMany({
      where: { id: { in: missing } },
      select: { id: true, name: true },
    });
    for (const o of orgs) providers.set(o.id, o.name);
  }
  return [
    ...services.map((s) => ({
      value: `service:${s.id}`,
      label: `${s.name} (${s.organisation.name})`,
      kind: "service" as const,
      serviceId: s.id,
      contractId: null,
      organisationId: s.organisationId,
    })),
    ...contracts.map((c) => ({
      value: `contract:${c.id}`,
      label: `${c.title} (${c.organisation.name})`,
      kind: "contract" as const,
      serviceId: null,
      contractId: c.id,
      organisationId: c.organisationId,
    })),
    ...[...providers.entries()]
      .sort((a, b) => a[1].localeCompare(b[1]))
      .map(([id, name]) => ({
        value: `provider:${id}`,
        label: name,
        kind: "provider" as const,
        serviceId: null,
        contractId: null,
        organisationId: id,
      })),
  ];
}
