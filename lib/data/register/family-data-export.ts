import type { Actor } from "../../auth/actor";
import { prisma } from "../../db";
import { ROLE_LABEL } from "../../auth/roles";
import { childRecordSelect } from "./family-children";
import { familyChildScope } from "../scopes";

/**
 * Everything the council holds about the actor's family: the family, its members' accounts, each
 * child's register record, needs and consents, who at the council viewed each record and when, and
 * the family's feedback. Read-only and scoped to the actor's own family.
 */
export async function getFamilyDataExport(actor: Actor, now = new Date()) {
  const familyId = actor.familyId ?? "__no-family__";
  const [family, children, feedback] = await Promise.all([
    prisma.family.findFirst({
      where: { id: familyId, councilId: actor.councilId },
      select: {
        name: true,
        createdAt: true,
        members: { select: { role: true, user: { select: { name: true, email: true } } } },
      },
    }),
    prisma.child.findMany({
      where: familyChildScope(actor),
      orderBy: { registeredAt: "asc" },
      select: childRecordSelect,
    }),
    prisma.feedback.findMany({
      where: { councilId: actor.councilId, familyId },
      orderBy: { createdAt: "asc" },
      select: {
        receiptCode: true,
        source: true,
        status: true,
        comment: true,
        liked: true,
        improve: true,
        createdAt: true,
      },
    }),
  ]);
  // Who viewed each record: one query for all the family's children, then the viewers' names in one more.
  const views = children.length
    ? await prisma.auditEvent.findMany({
        where: {
          councilId: actor.councilId,
          entityType: "Child",
          action: "child:view",
          entityId: { in: children.map((c) => c.id) },
        },
        orderBy: { createdAt: "desc" },
        select: { entityId: true, actorUserId: true, actorRole: true, createdAt: true },
      })
    : [];
  const viewerIds = [...new Set(views.map((v) => v.actorUserId).filter((x): x is string => !!x))];
  const viewers = viewerIds.length
    ? await prisma.user.findMany({ where: { id: { in: viewerIds } }, select: { id: true, name: true } })
    : [];
  const viewerName = new Map(viewers.map((u) => [u.id, u.name]));

  return {
    generatedAt: now.toISOString(),
    council: actor.councilName,
    family: family
      ? {
          name: family.name,
          createdAt: family.createdAt.toISOString(),
          members: family.members.map((m) => ({
            name: m.user.name,
            email: m.user.email,
            role: ROLE_LABEL[m.role],
          })),
        }
      : null,
    children: children.map((c) => ({
      firstName: c.firstName,
      lastName: c.lastName,
      dateOfBirth: c.dateOfBirth?.toISOString().slice(0, 10) ?? null,
      postcode: c.postcode,
      district: c.district.name,
      school: c.school,
      currentShortBreaks: c.currentShortBreaks,
      communicationNeeds: c.communicationNeeds,
      parentOrCarer: {
        name: c.parentName,
        email: c.parentEmail,
        phone: c.parentPhone,
        contactPreference: c.contactPreference,
      },
      registerStatus: c.status,
      registeredAt: c.registeredAt.toISOString(),
      withdrawnAt: c.withdrawnAt?.toISOString() ?? null,
      detailsErasedAfter: c.eraseAfter?.toISOString() ?? null,
      needs: c.needs.map((n) => n.needType.name),
      consents: c.consents.map((k) => ({
        statementVersion: k.statement.version,
        statement: k.statement.text,
        agreedAt: k.agreedAt.toISOString(),
        withdrawnAt: k.withdrawnAt?.toISOString() ?? null,
      })),
      viewedByCouncilStaff: views
        .filter((v) => v.entityId === c.id)
        .map((v) => ({
          by: (v.actorUserId && viewerName.get(v.actorUserId)) || "Council staff",
          role: v.actorRole ? ROLE_LABEL[v.actorRole] : null,
          at: v.createdAt.toISOString(),
        })),
    })),
    feedback: feedback.map((f) => ({ ...f, createdAt: f.createdAt.toISOString() })),
  };
}

export type FamilyDataExport = Awaited<ReturnType<typeof getFamilyDataExport>>;
