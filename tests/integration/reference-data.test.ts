import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { changeReferenceValue } from "@/lib/data/reference-data/change-reference-value";
import { listReferenceValues } from "@/lib/data/reference-data/list-reference-values";
import { getRegistrationOptions } from "@/lib/data/register/registration-options";
import { recordUnregisteredChild } from "@/lib/data/assessments/record-unregistered-child";
import { addReferenceValueSchema } from "@/lib/schemas/reference-data";
import { makeActor, makeChild, makeCouncil } from "./factories";

async function councilWithAdmin() {
  const council = await makeCouncil();
  return { council, admin: await makeActor(council.id, "ADMIN") };
}

describe("districts and types of need", () => {
  it("adds values in order, renames by label only, and reorders", async () => {
    const { council, admin } = await councilWithAdmin();
    const north = await changeReferenceValue(admin, {
      kind: "district",
      op: "add",
      code: "north",
      name: "North",
    });
    const south = await changeReferenceValue(admin, {
      kind: "district",
      op: "add",
      code: "SOUTH",
      name: "South",
    });
    expect(north).toMatchObject({ code: "NORTH", position: 1 });
    expect(south.position).toBe(2);

    await changeReferenceValue(admin, { kind: "district", op: "rename", id: north.id, name: "North Vale" });
    const renamed = await prisma.district.findUniqueOrThrow({ where: { id: north.id } });
    expect(renamed).toMatchObject({ code: "NORTH", name: "North Vale" });

    await changeReferenceValue(admin, { kind: "district", op: "move", id: south.id, direction: "up" });
    const list = await listReferenceValues(admin, "district");
    expect(list.items.map((d) => d.name)).toEqual(["South", "North Vale"]);

    const audit = await prisma.auditEvent.findMany({
      where: { councilId: council.id },
      orderBy: { createdAt: "asc" },
    });
    expect(audit.map((a) => a.action)).toEqual([
      "district:create",
      "district:create",
      "district:rename",
      "district:reorder",
    ]);
  });

  it("refuses a duplicate code or name with a clear message, changing nothing", async () => {
    const { council, admin } = await councilWithAdmin();
    await changeReferenceValue(admin, { kind: "need-type", op: "add", code: "AUTISM", name: "Autism" });
    await expect(
      changeReferenceValue(admin, {
        kind: "need-type",
        op: "add",
        code: "autism",
        name: "Autistic spectrum",
      }),
    ).rejects.toMatchObject({
      code: "CONFLICT",
      message: "The code AUTISM is already used by another type of need.",
    });
    await expect(
      changeReferenceValue(admin, { kind: "need-type", op: "add", code: "ASD", name: " autism " }),
    ).rejects.toMatchObject({
      code: "CONFLICT",
      fieldErrors: { name: "There is already a type of need called Autism" },
    });
    expect(await prisma.needType.count({ where: { councilId: council.id } })).toBe(1);
    // The same code in another council is no clash: codes are each council's own.
    const other = await councilWithAdmin();
    await changeReferenceValue(other.admin, { kind: "need-type", op: "add", code: "AUTISM", name: "Autism" });
    expect(addReferenceValueSchema.safeParse({ kind: "district", name: "X", code: "1ABC" }).success).toBe(
      false,
    );
  });

  it("another council's value is not found, and is left unchanged", async () => {
    const { admin } = await councilWithAdmin();
    const other = await councilWithAdmin();
    const theirs = await changeReferenceValue(other.admin, {
      kind: "district",
      op: "add",
      code: "EAST",
      name: "East",
    });
    for (const change of [
      { op: "rename", name: "Mine now" },
      { op: "retire" },
      { op: "move", direction: "down" },
    ] as const) {
      await expect(
        changeReferenceValue(admin, { kind: "district", id: theirs.id, ...change }),
      ).rejects.toMatchObject({
        code: "NOT_FOUND",
      });
    }
    expect(await prisma.district.findUniqueOrThrow({ where: { id: theirs.id } })).toMatchObject({
      name: "East",
      retiredAt: null,
    });
    expect((await listReferenceValues(admin, "district")).total).toBe(0);
  });

  it("refuses to retire a district a child on the register still has, naming the count", async () => {
    const { council, admin } = await councilWithAdmin();
    const child = await makeChild(council.id);
    await expect(
      changeReferenceValue(admin, { kind: "district", op: "retire", id: child.districtId }),
    ).rejects.toMatchObject({
      code: "CONFLICT",
      message:
        "Test district cannot be retired yet: it is still used by 1 child's record. Retire it once they have moved to another district or ended.",
    });
    expect(
      (await prisma.district.findUniqueOrThrow({ where: { id: child.districtId } })).retiredAt,
    ).toBeNull();
    // Once the child has left the register, it can be retired, and the child's record keeps it.
    await prisma.child.update({ where: { id: child.id }, data: { status: "WITHDRAWN" } });
    await changeReferenceValue(admin, { kind: "district", op: "retire", id: child.districtId });
    expect((await prisma.child.findUniqueOrThrow({ where: { id: child.id } })).districtId).toBe(
      child.districtId,
    );
  });

  it("a retired value is no longer offered or accepted for a new record, and can be reinstated", async () => {
    const { council, admin } = await councilWithAdmin();
    const worker = await makeActor(council.id, "SOCIAL_WORKER");
    const old = await changeReferenceValue(admin, {
      kind: "district",
      op: "add",
      code: "OLD",
      name: "Old town",
    });
    await changeReferenceValue(admin, { kind: "district", op: "add", code: "NEW", name: "New town" });
    const need = await changeReferenceValue(admin, {
      kind: "need-type",
      op: "add",
      code: "OTHER",
      name: "Other",
    });
    await changeReferenceValue(admin, { kind: "district", op: "retire", id: old.id });
    await changeReferenceValue(admin, { kind: "need-type", op: "retire", id: need.id });

    const options = await getRegistrationOptions(worker);
    expect(options.districts.map((d) => d.name)).toEqual(["New town"]);
    expect(options.needTypes).toEqual([]);
    const input = {
      firstName: "Ana",
      lastName: "Lee",
      dateOfBirth: new Date("2015-01-01"),
      districtId: old.id,
    };
    await expect(recordUnregisteredChild(worker, input)).rejects.toMatchObject({ code: "INVALID" });
    expect(await prisma.child.count({ where: { councilId: council.id } })).toBe(0);

    await changeReferenceValue(admin, { kind: "district", op: "reinstate", id: old.id });
    await recordUnregisteredChild(worker, input);
    expect(await prisma.child.count({ where: { councilId: council.id, districtId: old.id } })).toBe(1);
  });
});
