import type { Actor } from "../../auth/actor";
import { prisma } from "../../db";
import { AppError, NotFoundError } from "../../errors";
import { startOfUtcDay } from "../../domain/dates";
import { fieldErrorsOf } from "../../actions/form-state";
import { RETURN_TEXT_MAX, returnFiguresSchema } from "../../schemas/return-figures";
import { recordAudit } from "../audit/record-audit";
import { notifyOrganisations } from "../tenders/notify";
import { requestOutboxSend } from "../mail/send-outbox";
import { returnQueryEmail } from "../../mail/templates/notice-emails";
import { refreshContractRag } from "./refresh-contract-rag";
import { checkEditVersion } from "../edit-version";

/** One return period of a contract with its KPIs, return, actuals and query thread, scoped to the actor. */
export async function getReturnPeriod(actor: Actor, contractId: string, periodId: string) {
  const period = await prisma.returnPeriod.findFirst({
    where: {
      id: periodId,
      contractId,
      councilId: actor.councilId,
      contract: actor.role === "PROVIDER" ? { organisationId: actor.organisationId ?? "none" } : {},
    },
    include: {
      contract: {
        select: {
          id: true,
          reference: true,
          title: true,
          organisationId: true,
          organisation: { select: { name: true } },
          kpis: {
            orderBy: { position: "asc" },
            select: {
              id: true,
              name: true,
              unit: true,
              targetPerPeriod: true,
              greenPercent: true,
              amberPercent: true,
            },
          },
        },
      },
      outcomeReturn: {
        include: {
          actuals: { select: { kpiId: true, value: true } },
          queries: {
            orderBy: { createdAt: "asc" },
            select: { id: true, authorRole: true, body: true, createdAt: true },
          },
        },
      },
    },
  });
  if (!period) throw new NotFoundError("The return");
  return period;
}

export interface ReturnInput {
  contractId: string;
  periodId: string;
  intent: "save" | "submit";
  actuals: Record<string, string>;
  childrenSupported: string;
  familiesSupported: string;
  narrative: string;
  childVoiceMethod: string;
  childVoiceSummary: string;
  caseStudy: string;
  reply: string;
  /**
   * The return's edit version the form was opened with, 0 when there was no return yet (decision
   * 0044): a save over a colleague's since is refused. The return page always sends it.
   */
  editVersion?: number;
}

/**
 * A provider saves a draft or submits its return for an ended period of its own contract. A
 * submitted or accepted return cannot change; a queried one can be answered and resubmitted.
 */
export async function saveReturn(
  actor: Actor,
  input: ReturnInput,
  now = new Date(),
): Promise<"saved" | "submitted"> {
  return prisma.$transaction(async (tx) => {
    const period = await tx.returnPeriod.findFirst({
      where: {
        id: input.periodId,
        contractId: input.contractId,
        councilId: actor.councilId,
        contract: { organisationId: actor.organisationId ?? "none" },
      },
      include: {
        contract: {
          select: {
            reference: true,
            organisationId: true,
            kpis: { select: { id: true, name: true, unit: true } },
          },
        },
      },
    });
    if (!period) throw new NotFoundError("The return");
    if (period.endDate >= startOfUtcDay(now))
      throw new AppError(
        "CONFLICT",
        "This period has not ended yet. You can send its return after the last day of the period.",
      );
    await tx.$queryRaw`SELECT id FROM "ReturnPeriod" WHERE id = ${period.id} FOR UPDATE`;
    const existing = await tx.outcomeReturn.findUnique({
      where: { returnPeriodId: period.id },
      select: { id: true, status: true, editVersion: true },
    });
    if (existing?.status === "ACCEPTED")
      throw new AppError("CONFLICT", "This return has been accepted, so it cannot change.");
    if (existing?.status === "SUBMITTED") {
      if (input.intent === "submit") return "submitted";
      throw new AppError("CONFLICT", "This return has been submitted and is waiting for the council.");
    }
    if (input.editVersion !== undefined)
      checkEditVersion(existing?.editVersion ?? 0, input.editVersion, "This return");
    const submit = input.intent === "submit";
    const checked = returnFiguresSchema(period.contract.kpis, {
      intent: input.intent,
      queried: existing?.status === "QUERIED",
    }).safeParse({
      ...Object.fromEntries(period.contract.kpis.map((k) => [`actual-${k.id}`, input.actuals[k.id] ?? ""])),
      childrenSupported: input.childrenSupported,
      familiesSupported: input.familiesSupported,
      narrative: input.narrative,
      childVoiceMethod: input.childVoiceMethod,
      childVoiceSummary: input.childVoiceSummary,
      caseStudy: input.caseStudy,
      reply: input.reply,
    });
    if (!checked.success) throw new AppError("INVALID", "Check the return.", fieldErrorsOf(checked.error));
    const { values, childrenSupported, familiesSupported, narrative, childVoiceMethod, childVoiceSummary } =
      checked.data;
    const { caseStudy, reply } = checked.data;

    const data = {
      status: submit
        ? ("SUBMITTED" as const)
        : existing?.status === "QUERIED"
          ? ("QUERIED" as const)
          : ("DRAFT" as const),
      childrenSupported,
      familiesSupported,
      narrative,
      childVoiceMethod,
      childVoiceSummary,
      caseStudy,
      ...(submit && { submittedAt: now, submittedById: actor.userId }),
    };
    const ret = existing
      ? await tx.outcomeReturn.update({
          where: { id: existing.id },
          data: { ...data, editVersion: { increment: 1 } },
        })
      : await tx.outcomeReturn.create({
          data: {
            ...data,
            councilId: actor.councilId,
            returnPeriodId: period.id,
            contractId: input.contractId,
            organisationId: period.contract.organisationId,
          },
        });
    for (const [kpiId, value] of Object.entries(values)) {
      await tx.kpiActual.upsert({
        where: { outcomeReturnId_kpiId: { outcomeReturnId: ret.id, kpiId } },
        create: { councilId: actor.councilId, outcomeReturnId: ret.id, kpiId, value },
        update: { value },
      });
    }
    if (reply && submit) {
      await tx.returnQuery.create({
        data: {
          councilId: actor.councilId,
          outcomeReturnId: ret.id,
          authorUserId: actor.userId,
          authorRole: actor.role,
          body: reply,
        },
      });
    }
    await recordAudit(tx, actor, {
      action: submit ? "return:submit" : "return:save",
      entityType: "OutcomeReturn",
      entityId: ret.id,
      summary: `${submit ? "Submitted" : "Saved a draft of"} the ${period.label} return for contract ${period.contract.reference}`,
    });
    return submit ? "submitted" : "saved";
  });
}

/** The commissioner accepts a submitted return, or queries it with a message the provider answers. */
export async function reviewReturn(
  actor: Actor,
  input: { contractId: string; periodId: string; decision: "accept" | "query"; message: string },
  now = new Date(),
) {
  await prisma.$transaction(async (tx) => {
    const ret = await tx.outcomeReturn.findFirst({
      where: { returnPeriodId: input.periodId, contractId: input.contractId, councilId: actor.councilId },
      select: {
        id: true,
        status: true,
        organisationId: true,
        returnPeriod: { select: { label: true } },
        contract: { select: { reference: true } },
      },
    });
    if (!ret) throw new NotFoundError("The return");
    if (ret.status !== "SUBMITTED")
      throw new AppError("CONFLICT", "Only a submitted return can be accepted or queried.");
    const message = input.message.trim();
    if (input.decision === "query" && !message)
      throw new AppError("INVALID", "Say what you are asking.", {
        message: "Say what you are asking the provider",
      });
    if (message.length > RETURN_TEXT_MAX)
      throw new AppError("INVALID", "The message is too long.", {
        message: "The message must be 5,000 characters or fewer",
      });
    const { count } = await tx.outcomeReturn.updateMany({
      where: { id: ret.id, status: "SUBMITTED" },
      data:
        input.decision === "accept"
          ? { status: "ACCEPTED", acceptedAt: now, acceptedById: actor.userId }
          : { status: "QUERIED" },
    });
    if (count !== 1)
      throw new AppError("CONFLICT", "Someone else reviewed this return just now. Reload the page.");
    if (input.decision === "accept") await refreshContractRag(tx, input.contractId);
    if (message) {
      await tx.returnQuery.create({
        data: {
          councilId: actor.councilId,
          outcomeReturnId: ret.id,
          authorUserId: actor.userId,
          authorRole: actor.role,
          body: message,
        },
      });
    }
    await notifyOrganisations(
      tx,
      actor.councilId,
      [ret.organisationId],
      {
        title:
          input.decision === "accept"
            ? `Return accepted: ${ret.contract.reference}`
            : `Return queried: ${ret.contract.reference}`,
        body:
          input.decision === "accept"
            ? `The council accepted your ${ret.returnPeriod.label} return.`
            : `The council has a question about your ${ret.returnPeriod.label} return. Answer it and submit again.`,
        href: `/provider/contracts/${input.contractId}/returns/${input.periodId}`,
      },
      input.decision === "query"
        ? {
            kind: "return-queries",
            template: "return-query",
            compose: ({ name }) =>
              returnQueryEmail({
                name,
                councilName: actor.councilName,
                contractReference: ret.contract.reference,
                periodLabel: ret.returnPeriod.label,
                path: `/provider/contracts/${input.contractId}/returns/${input.periodId}`,
              }),
          }
        : undefined,
    );
    await recordAudit(tx, actor, {
      action: input.decision === "accept" ? "return:accept" : "return:query",
      entityType: "OutcomeReturn",
      entityId: ret.id,
      summary: `${input.decision === "accept" ? "Accepted" : "Queried"} the ${ret.returnPeriod.label} return for contract ${ret.contract.reference}`,
    });
  });
  if (input.decision === "query") await requestOutboxSend();
}
