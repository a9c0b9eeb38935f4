import type { Actor } from "../../auth/actor";
import { prisma } from "../../db";
import { recordAudit } from "../audit/record-audit";
import { writeCsv } from "../../spreadsheets/write-csv";

/** The council's active register as CSV, for administrators; the export itself is audited. */
export async function exportRegisterCsv(actor: Actor): Promise<{ csv: string; count: number }> {
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
  const head = [
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
      summary: `Exported the register (${children.length} children)`,
      metadata: { count: children.length },
    }),
  );
  return { csv: writeCsv([head, ...rows]), count: children.length };
}
