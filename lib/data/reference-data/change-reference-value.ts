import type { Actor } from "../../auth/actor";
import { prisma, type Tx } from "../../db";
import { AppError, NotFoundError } from "../../errors";
import { startOfUtcDay } from "../../domain/dates";
import { recordAudit } from "../audit/record-audit";
import {
  REFERENCE_TABLES,
  type ReferenceKind,
  type ReferenceRow,
  type ReferenceTable,
} from "./reference-tables";

export type ReferenceChange =
  /** `name` may be left out only for a service type (it takes the national name). */
  | { kind: ReferenceKind; op: "add"; code: string; name?: string }
  | { kind: ReferenceKind; op: "rename"; id: string; name: string }
  | { kind: ReferenceKind; op: "move"; id: string; direction: "up" | "down" }
  | { kind: ReferenceKind; op: "retire"; id: string }
  | { kind: ReferenceKind; op: "reinstate"; id: string };

const sameName = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/** Locks the council's whole list (so positions and names are checked against what commits) and reads it. */
async function lockedList(tx: Tx, t: ReferenceTable, councilId: string) {
  await t.lock(tx, councilId);
  return t.all(tx, councilId);
}

function duplicateName(t: ReferenceTable, rows: ReferenceRow[], name: string, exceptId?: string) {
  const twin = rows.find((r) => r.id !== exceptId && sameName(r.name, name));
  if (twin)
    throw new AppError("CONFLICT", `There is already a ${t.noun} called ${twin.name}.`, {
      name: `There is already a ${t.noun} called ${twin.name}${twin.retiredAt ? " (retired: reinstate it instead)" : ""}`,
    });
}

/**
 * Adds, renames, reorders, retires or reinstates one of the council's districts or types of need.
 * Codes never change (open data and imports use them): a rename changes the label only. A retired
 * value stays on old records and is no longer offered for new ones. Each change is audited.
 */
export async function changeReferenceValue(actor: Actor, change: ReferenceChange, now = new Date()) {
  const t = REFERENCE_TABLES[change.kind];
  return prisma.$transaction(async (tx) => {
    const rows = await lockedList(tx, t, actor.councilId);
    if (change.op === "add") {
      // National service type codes are kept as they are; a council's own codes are capitals.
      const code = t.kind === "service-type" ? change.code : change.code.toUpperCase();
      if (rows.some((r) => r.code === code))
        throw new AppError("CONFLICT", `The code ${code} is already used by another ${t.noun}.`, {
          code: t.codeTaken(code),
        });
      const name = change.name ?? (await t.defaultName?.(tx, code));
      if (!name)
        throw new AppError("INVALID", `Enter the name of the ${t.noun}.`, {
          [t.kind === "service-type" ? "code" : "name"]:
            t.kind === "service-type" ? "Choose a service type from the list" : "Enter the name",
        });
      duplicateName(t, rows, name);
      const position = Math.max(0, ...rows.map((r) => r.position)) + 1;
      const row = await t.create(tx, actor.councilId, { code, name, position });
      await recordAudit(tx, actor, {
        action: `${t.kind}:create`,
        entityType: t.entityType,
        entityId: row.id,
        summary: `Added the ${t.noun} ${row.name} (${row.code})`,
      });
      return row;
    }
    const row = rows.find((r) => r.id === change.id);
    if (!row) throw new NotFoundError(`The ${t.noun}`);
    switch (change.op) {
      case "rename": {
        duplicateName(t, rows, change.name, row.id);
        await t.update(tx, row.id, { name: change.name });
        await recordAudit(tx, actor, {
          action: `${t.kind}:rename`,
          entityType: t.entityType,
          entityId: row.id,
          summary: `Renamed the ${t.noun} ${row.code} from ${row.name} to ${change.name}`,
          metadata: { from: row.name, to: change.name },
        });
        return { ...row, name: change.name };
      }
      case "move": {
        // Renumber the whole list in its shown order, with the two neighbours swapped.
        const order = [...rows];
        const i = order.indexOf(row);
        const j = change.direction === "up" ? i - 1 : i + 1;
        if (j < 0 || j >= order.length) return row;
        [order[i], order[j]] = [order[j], order[i]];
        for (const [index, r] of order.entries())
          if (r.position !== index + 1) await t.update(tx, r.id, { position: index + 1 });
        await recordAudit(tx, actor, {
          action: `${t.kind}:reorder`,
          entityType: t.entityType,
          entityId: row.id,
          summary: `Moved the ${t.noun} ${row.name} ${change.direction} the list`,
        });
        return row;
      }
      case "retire": {
        if (row.retiredAt) return row;
        const problem = await t.retireProblem(tx, actor.councilId, row, startOfUtcDay(now));
        if (problem) throw new AppError("CONFLICT", problem);
        await t.update(tx, row.id, { retiredAt: now });
        await recordAudit(tx, actor, {
          action: `${t.kind}:retire`,
          entityType: t.entityType,
          entityId: row.id,
          summary: `Retired the ${t.noun} ${row.name} (${row.code})`,
        });
        return { ...row, retiredAt: now };
      }
      case "reinstate": {
        if (!row.retiredAt) return row;
        await t.update(tx, row.id, { retiredAt: null });
        await recordAudit(tx, actor, {
          action: `${t.kind}:reinstate`,
          entityType: t.entityType,
          entityId: row.id,
          summary: `Reinstated the ${t.noun} ${row.name} (${row.code})`,
        });
        return { ...row, retiredAt: null };
      }
    }
  });
}
