import type { Actor } from "../../auth/actor";
import { prisma, type Prisma } from "../../db";
import { AppError, NotFoundError } from "../../errors";
import {
  PROVIDER_STATUS_LABEL,
  type OrganisationInput,
  type ProviderListQuery,
  type ProviderStatusInput,
} from "../../schemas/organisation";
import { claimSubmission, completeSubmission } from "../claim-submission";
import { recordAudit } from "../audit/record-audit";
import { pageOf } from "../paging";

export const PROVIDERS_PAGE_SIZE = 25;

/** A council's providers: its own link to each organisation (the organisation may work with others). */
function providerLinkScope(actor: Actor): Prisma.OrganisationCouncilWhereInput {
  return { councilId: actor.councilId };
}

export async function listCouncilProviders(actor: Actor, q: ProviderListQuery) {
  const filters: Prisma.OrganisationCouncilWhereInput[] = [];
  if (q.status) filters.push({ status: q.status });
  if (q.q) filters.push({ organisation: { name: { contains: q.q, mode: "insensitive" } } });
  const where: Prisma.OrganisationCouncilWhereInput = { AND: [providerLinkScope(actor), ...filters] };
  const [total, items] = await Promise.all([
    prisma.organisationCouncil.count({ where }),
    prisma.organisationCouncil.findMany({
      where,
      orderBy: [{ organisation: { name: "asc" } }, { id: "asc" }],
      skip: (q.page - 1) * PROVIDERS_PAGE_SIZE,
      take: PROVIDERS_PAGE_SIZE,
      select: {
        id: true,
        status: true,
        approvedAt: true,
        statusChangedAt: true,
        organisation: {
          select: { name: true, isVcs: true, isSme: true, charityNumber: true, companyNumber: true },
        },
      },
    }),
  ]);
  return pageOf(items, total, q.page, PROVIDERS_PAGE_SIZE);
}

/** One provider on the council's list, with its organisation's details. */
export async function getCouncilProvider(actor: Actor, id: string) {
  const link = await prisma.organisationCouncil.findFirst({
    where: { AND: [providerLinkScope(actor), { id }] },
    include: { organisation: true },
  });
  if (!link) throw new NotFoundError("The provider");
  const history = await prisma.auditEvent.findMany({
    where: { councilId: actor.councilId, entityType: "OrganisationCouncil", entityId: link.id },
    orderBy: { createdAt: "desc" },
    take: 50,
    select: { id: true, createdAt: true, summary: true },
  });
  return { ...link, history };
}

/**
 * Organisations that work with other councils but not yet this one, found by name, charity or
 * company number, so a council adds the one organisation rather than a duplicate.
 */
export async function findOtherOrganisations(actor: Actor, find: string) {
  const number = find.replace(/\s+/g, "").toUpperCase();
  return prisma.organisation.findMany({
    where: {
      AND: [
        { councils: { none: { councilId: actor.councilId } } },
        {
          OR: [
            { name: { contains: find, mode: "insensitive" } },
            { charityNumber: number },
            { companyNumber: number },
          ],
        },
      ],
    },
    orderBy: { name: "asc" },
    take: 20,
    select: { id: true, name: true, charityNumber: true, companyNumber: true, postcode: true },
  });
}

/** Adds a new organisation and puts it on the council's list. A repeated submit adds it once. */
export async function addOrganisation(actor: Actor, input: OrganisationInput) {
  return prisma.$transaction(async (tx) => {
    const claim = await claimSubmission(tx, input.submissionKey, actor, "provider:create");
    if (!claim.first) return { id: claim.resultId };
    const duplicate = await tx.organisation.findFirst({
      where: {
        OR: [
          ...(input.charityNumber ? [{ charityNumber: input.charityNumber }] : []),
          ...(input.companyNumber ? [{ companyNumber: input.companyNumber }] : []),
        ],
      },
      select: { name: true },
    });
    if ((input.charityNumber || input.companyNumber) && duplicate)
      throw new AppError(
        "CONFLICT",
        `${duplicate.name} already has that charity or company number: find it and add it to your list instead.`,
      );
    const now = new Date();
    const org = await tx.organisation.create({
      data: {
        name: input.name,
        charityNumber: input.charityNumber ?? null,
        companyNumber: input.companyNumber ?? null,
        isVcs: input.isVcs,
        isSme: input.isSme,
        address: input.address ?? null,
        postcode: input.postcode ?? null,
        email: input.email ?? null,
        phone: input.phone ?? null,
        website: input.website ?? null,
        councils: {
          create: {
            councilId: actor.councilId,
            status: input.status,
            approvedAt: input.status === "APPROVED" ? now : null,
            statusChangedAt: now,
          },
        },
      },
      include: { councils: { where: { councilId: actor.councilId }, select: { id: true } } },
    });
    const linkId = org.councils[0].id;
    await recordAudit(tx, actor, {
      action: "provider:create",
      entityType: "OrganisationCouncil",
      entityId: linkId,
      summary: `Added ${org.name} to the list as ${PROVIDER_STATUS_LABEL[input.status].toLowerCase()}`,
      metadata: { organisationId: org.id },
    });
    await completeSubmission(tx, input.submissionKey, linkId);
    return { id: linkId };
  });
}

/** Puts an organisation that works with another council on this council's list (once). */
export async function linkOrganisation(actor: Actor, organisationId: string, status: "APPLIED" | "APPROVED") {
  return prisma.$transaction(async (tx) => {
    const org = await tx.organisation.findUnique({
      where: { id: organisationId },
      select: { id: true, name: true },
    });
    if (!org) throw new NotFoundError("The organisation");
    const now = new Date();
    const created = await tx.organisationCouncil.createMany({
      data: [
        {
          organisationId: org.id,
          councilId: actor.councilId,
          status,
          approvedAt: status === "APPROVED" ? now : null,
          statusChangedAt: now,
        },
      ],
      skipDuplicates: true,
    });
    if (created.count === 0) throw new AppError("CONFLICT", `${org.name} is already on your list.`);
    const link = await tx.organisationCouncil.findUniqueOrThrow({
      where: { organisationId_councilId: { organisationId: org.id, councilId: actor.councilId } },
      select: { id: true },
    });
    await recordAudit(tx, actor, {
      action: "provider:link",
      entityType: "OrganisationCouncil",
      entityId: link.id,
      summary: `Added ${org.name}, which works with another council, to the list as ${PROVIDER_STATUS_LABEL[status].toLowerCase()}`,
      metadata: { organisationId: org.id },
    });
    return { id: link.id };
  });
}

/** Which status changes a council can make, from each status. */
const NEXT: Record<keyof typeof PROVIDER_STATUS_LABEL, (keyof typeof PROVIDER_STATUS_LABEL)[]> = {
  APPLIED: ["APPROVED", "REMOVED"],
  APPROVED: ["SUSPENDED", "REMOVED"],
  SUSPENDED: ["APPROVED", "REMOVED"],
  REMOVED: ["APPROVED"],
};
export function nextProviderStatuses(status: keyof typeof PROVIDER_STATUS_LABEL) {
  return NEXT[status];
}

/**
 * Approves, suspends or removes a provider from the council's list, with the reason and an audit
 * row; the status is read again under the link's row lock, so two people cannot cross changes.
 */
export async function changeProviderStatus(actor: Actor, input: ProviderStatusInput) {
  await prisma.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT id FROM "OrganisationCouncil" WHERE id = ${input.id} AND "councilId" = ${actor.councilId} FOR UPDATE`;
    const link = await tx.organisationCouncil.findFirst({
      where: { AND: [providerLinkScope(actor), { id: input.id }] },
      include: { organisation: { select: { name: true } } },
    });
    if (!link) throw new NotFoundError("The provider");
    if (!NEXT[link.status].includes(input.status))
      throw new AppError(
        "CONFLICT",
        `${link.organisation.name} is ${PROVIDER_STATUS_LABEL[link.status].toLowerCase()}, so it cannot be made ${PROVIDER_STATUS_LABEL[input.status].toLowerCase()}. Reload the page to see its status now.`,
      );
    const now = new Date();
    await tx.organisationCouncil.update({
      where: { id: link.id },
      data: {
        status: input.status,
        statusReason: input.reason ?? null,
        statusChangedAt: now,
        ...(input.status === "APPROVED" ? { approvedAt: now } : {}),
      },
    });
    await recordAudit(tx, actor, {
      action: `provider:${input.status.toLowerCase()}`,
      entityType: "OrganisationCouncil",
      entityId: link.id,
      summary: `${link.organisation.name}: ${PROVIDER_STATUS_LABEL[link.status].toLowerCase()} → ${PROVIDER_STATUS_LABEL[input.status].toLowerCase()}${input.reason ? ` (${input.reason})` : ""}`,
    });
  });
}
