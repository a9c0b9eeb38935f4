import type { Tx } from "../../db";
import { AppError } from "../../errors";

/**
 * The council's own lists an administrator keeps: districts and types of need (docs/decisions/0034),
 * its use of the national service types (docs/decisions/0038), and the groups that rarely get
 * involved, which involvement activities count (docs/decisions/0036).
 */
export type ReferenceKind = "district" | "need-type" | "service-type" | "involvement-group";

export interface ReferenceRow {
  id: string;
  code: string;
  name: string;
  position: number;
  retiredAt: Date | null;
}

const ROW = { id: true, code: true, name: true, position: true, retiredAt: true } as const;

const serviceTypeRow = {
  id: true,
  label: true,
  position: true,
  retiredAt: true,
  serviceType: { select: { code: true } },
} as const;

/** A council's service type as a list row: the national code, the council's label as its name. */
function asReferenceRow(r: {
  id: string;
  label: string;
  position: number;
  retiredAt: Date | null;
  serviceType: { code: string };
}): ReferenceRow {
  return { id: r.id, code: r.serviceType.code, name: r.label, position: r.position, retiredAt: r.retiredAt };
}

/** What each list is called in messages and the audit, and its table behind one small interface. */
export interface ReferenceTable {
  kind: ReferenceKind;
  /** "district", "type of need": for messages. */
  noun: string;
  /** The table name. */
  table: "District" | "NeedType" | "CouncilServiceType" | "InvolvementGroup";
  /** Locks the council's whole list for the rest of the transaction. */
  lock(tx: Tx, councilId: string): Promise<unknown>;
  /** Audit entity type. */
  entityType: string;
  /** Why `code` cannot be added when the list already has it, for the code field. */
  codeTaken: (code: string) => string;
  /** The name a new value takes when none is given (service types: the national name), or null. */
  defaultName?: (tx: Tx, code: string) => Promise<string | null>;
  all(tx: Tx, councilId: string): Promise<ReferenceRow[]>;
  create(
    tx: Tx,
    councilId: string,
    data: { code: string; name: string; position: number },
  ): Promise<ReferenceRow>;
  update(
    tx: Tx,
    id: string,
    data: Partial<Pick<ReferenceRow, "name" | "position" | "retiredAt">>,
  ): Promise<void>;
  /**
   * Why the value cannot be retired now (live records still use it), or null. Districts are refused
   * while live records use them; types of need never are (decision 0034).
   */
  retireProblem(tx: Tx, councilId: string, row: ReferenceRow, today: Date): Promise<string | null>;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export const REFERENCE_TABLES: Record<ReferenceKind, ReferenceTable> = {
  district: {
    kind: "district",
    noun: "district",
    table: "District",
    entityType: "District",
    codeTaken: (code) =>
      `The code ${code} is already used: codes stay with a district for good, so choose another`,
    lock: (tx, councilId) =>
      tx.$queryRaw`SELECT id FROM "District" WHERE "councilId" = ${councilId} FOR UPDATE`,
    all: (tx, councilId) =>
      tx.district.findMany({
        where: { councilId },
        orderBy: [{ position: "asc" }, { name: "asc" }],
        select: ROW,
      }),
    create: (tx, councilId, data) =>
      tx.district.create({ data: { councilId, ...data, postcodePrefixes: [] }, select: ROW }),
    update: async (tx, id, data) => {
      await tx.district.update({ where: { id }, data });
    },
    retireProblem: async (tx, councilId, row, today) => {
      const [children, listings, contracts] = await Promise.all([
        tx.child.count({
          where: { councilId, districtId: row.id, status: { in: ["ACTIVE", "NOT_REGISTERED"] } },
        }),
        tx.service.count({ where: { councilId, status: "PUBLISHED", districts: { some: { id: row.id } } } }),
        tx.contract.count({
          where: {
            councilId,
            terminatedAt: null,
            endDate: { gte: today },
            districts: { some: { id: row.id } },
          },
        }),
      ]);
      const uses = [
        children && plural(children, "child's record", "children's records"),
        listings && plural(listings, "published directory listing", "published directory listings"),
        contracts && plural(contracts, "current contract", "current contracts"),
      ].filter(Boolean);
      if (!uses.length) return null;
      const list = uses.length > 1 ? `${uses.slice(0, -1).join(", ")} and ${uses.at(-1)}` : uses[0];
      return `${row.name} cannot be retired yet: it is still used by ${list}. Retire it once they have moved to another district or ended.`;
    },
  },
  "need-type": {
    kind: "need-type",
    noun: "type of need",
    table: "NeedType",
    entityType: "NeedType",
    codeTaken: (code) =>
      `The code ${code} is already used: codes stay with a type of need for good, so choose another`,
    lock: (tx, councilId) =>
      tx.$queryRaw`SELECT id FROM "NeedType" WHERE "councilId" = ${councilId} FOR UPDATE`,
    all: (tx, councilId) =>
      tx.needType.findMany({
        where: { councilId },
        orderBy: [{ position: "asc" }, { name: "asc" }],
        select: ROW,
      }),
    create: (tx, councilId, data) => tx.needType.create({ data: { councilId, ...data }, select: ROW }),
    update: async (tx, id, data) => {
      await tx.needType.update({ where: { id }, data });
    },
    // Children keep the types of need they were registered with: nothing stops a retirement.
    retireProblem: async () => null,
  },
  "service-type": {
    kind: "service-type",
    noun: "service type",
    table: "CouncilServiceType",
    entityType: "CouncilServiceType",
    codeTaken: () =>
      "Your council already has this service type: reinstate it from the list if it is retired",
    lock: (tx, councilId) =>
      tx.$queryRaw`SELECT id FROM "CouncilServiceType" WHERE "councilId" = ${councilId} FOR UPDATE`,
    all: async (tx, councilId) => {
      const rows = await tx.councilServiceType.findMany({
        where: { councilId },
        orderBy: [{ position: "asc" }, { label: "asc" }],
        select: serviceTypeRow,
      });
      return rows.map(asReferenceRow);
    },
    defaultName: async (tx, code) =>
      (await tx.serviceType.findUnique({ where: { code }, select: { name: true } }))?.name ?? null,
    // The value added is one of the national types, found by its code; the council gives it a label.
    create: async (tx, councilId, { code, name, position }) => {
      const national = await tx.serviceType.findUnique({ where: { code }, select: { id: true } });
      if (!national)
        throw new AppError("INVALID", "There is no national service type with that code.", {
          code: "Choose a service type from the list",
        });
      const row = await tx.councilServiceType.create({
        data: { councilId, serviceTypeId: national.id, label: name, position },
        select: serviceTypeRow,
      });
      return asReferenceRow(row);
    },
    update: async (tx, id, { name, ...data }) => {
      await tx.councilServiceType.update({ where: { id }, data: { ...data, label: name } });
    },
    // Records keep the type they have; a retired type is only no longer offered (decision 0038).
    retireProblem: async () => null,
  },
  "involvement-group": {
    kind: "involvement-group",
    noun: "group",
    table: "InvolvementGroup",
    entityType: "InvolvementGroup",
    codeTaken: (code) =>
      `The code ${code} is already used: codes stay with a group for good, so choose another`,
    lock: (tx, councilId) =>
      tx.$queryRaw`SELECT id FROM "InvolvementGroup" WHERE "councilId" = ${councilId} FOR UPDATE`,
    all: (tx, councilId) =>
      tx.involvementGroup.findMany({
        where: { councilId },
        orderBy: [{ position: "asc" }, { name: "asc" }],
        select: ROW,
      }),
    create: (tx, councilId, data) =>
      tx.involvementGroup.create({ data: { councilId, ...data }, select: ROW }),
    update: async (tx, id, data) => {
      await tx.involvementGroup.update({ where: { id }, data });
    },
    // Activities keep the counts they were recorded with: nothing stops a retirement.
    retireProblem: async () => null,
  },
};
