import "server-only";
import type { Actor } from "../../auth/actor";
import { prisma } from "../../db";
import { recordAudit } from "./record-audit";

const ACTIONS = {
  Assessment: "assessment:view",
  PersonalBudget: "budget:view",
  SpendEvidence: "spend-evidence:view",
} as const;

export interface ChildRecordView {
  entityType: keyof typeof ACTIONS;
  entityId: string;
  /** The child the record is about, so a child's views can be found together. */
  childId: string;
  /** Which page of the record (`assessment`, `summary`, `plan`, …). */
  page: string;
}

/**
 * A council officer opened a page of one child's record beyond the register entry (an assessment,
 * a personal budget, its plan or evidence of spend): the view goes to the audit log, as
 * viewChildRecord does for the register entry (issue 19, item 7). Ids only, no personal details.
 */
export async function recordChildRecordView(actor: Actor, view: ChildRecordView): Promise<void> {
  await recordAudit(prisma, actor, {
    action: ACTIONS[view.entityType],
    entityType: view.entityType,
    entityId: view.entityId,
    summary: `Viewed a child's ${view.entityType === "Assessment" ? "assessment" : view.entityType === "PersonalBudget" ? "personal budget" : "evidence of spend"} (${view.page})`,
    metadata: { childId: view.childId, page: view.page },
  });
}
