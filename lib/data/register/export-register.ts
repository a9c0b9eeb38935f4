import type { Actor } from "../../auth/actor";
import { prisma } from "../../db";
import { recordAudit } from "../audit/record-audit";
import type { ExportFormat, ExportTable } from "../../spreadsheets/export-table";

/**
 * The council's active register as a table, for administrators to download as CSV or XLSX (the same
 * rows either way); the export itself is audited, with its format.
 */
export async function exportRegister(
  actor: Actor,
  format: ExportFormat,
): Promise<{ table: ExportTable; count: number }> {
  const children = await prisma.child.findMany({
    where: { councilId: actor.councilId, status: "ACTIVE" },
    orderBy: [{ lastName: "asc" }, { firstName: "asc" }, { id: "asc" }],
    select: {
      id: true,
      firstName: true,
      lastName: true,
      dateOfBirth: true,
      postcode: true,
      district: { select: { code: true, name: true } },
      school: true,
      registeredAt: true,
      needs: { select: { needType: { select: { name: true } } } },
    },
  });
  const header = [
    "Record",
    "First name",
    "Last name",
    "Date of birth",
    "Postcode",
    "District",
    "Types of need",
    "School or setting",
    "Registered",
  ];
  const rows = children.map((c) => [
    c.id,
    c.firstName ?? "",
    c.lastName ?? "",
    c.dateOfBirth?.toISOString().slice(0, 10) ?? "",
    c.postcode ?? "",
    c.district.name,
    c.needs.map((n) => n.needType.name).join("; "),
    c.school ?? "",
    c.registeredAt.toISOString().slice(0, 10),
  ]);
  await prisma.$transaction(async (tx) =>
    recordAudit(tx, actor, {
      action: "child:export",
      entityType: "Register",
      summary: `Exported the register (${children.length} children, ${format.toUpperCase()})`,
      metadata: { count: children.length, format },
    }),
  );
  return {
    table: {
      sheetName: "Register",
      header,
      rows,
      widths: [28, 18, 18, 14, 10, 24, 40, 30, 12],
      frozenColumns: 3,
    },
    count: children.length,
  };
}
