"use server";

import { revalidatePath } from "next/cache";
import { defineFormAction } from "@/lib/actions/define-form-action";
import {
  addReferenceValueSchema,
  addServiceTypeSchema,
  moveReferenceValueSchema,
  renameReferenceValueSchema,
  retireReferenceValueSchema,
} from "@/lib/schemas/reference-data";
import { changeReferenceValue } from "@/lib/data/reference-data/change-reference-value";
import { REFERENCE_TABLES, type ReferenceKind } from "@/lib/data/reference-data/reference-tables";

const LIST = {
  district: "/admin/districts",
  "need-type": "/admin/need-types",
  "service-type": "/admin/service-types",
  "involvement-group": "/admin/involvement-groups",
} as const;
const capital = (kind: ReferenceKind) => {
  const noun = REFERENCE_TABLES[kind].noun;
  return noun[0].toUpperCase() + noun.slice(1);
};

export const addReferenceValueAction = defineFormAction({
  permission: "update:reference-data:council",
  schema: addReferenceValueSchema,
  run: async (actor, input) => {
    const row = await changeReferenceValue(actor, { op: "add", ...input });
    revalidatePath(LIST[input.kind]);
    return { ok: true, message: `${capital(input.kind)} ${row.name} (${row.code}) added.` };
  },
});

export const addServiceTypeAction = defineFormAction({
  permission: "update:reference-data:council",
  schema: addServiceTypeSchema,
  run: async (actor, input) => {
    const row = await changeReferenceValue(actor, { op: "add", ...input });
    revalidatePath(LIST[input.kind]);
    return { ok: true, message: `${row.name} (${row.code}) is now one of your service types.` };
  },
});

export const renameReferenceValueAction = defineFormAction({
  permission: "update:reference-data:council",
  schema: renameReferenceValueSchema,
  run: async (actor, input) => {
    await changeReferenceValue(actor, { op: "rename", ...input });
    revalidatePath(LIST[input.kind]);
    return { ok: true, message: `Renamed to ${input.name}. Its code is unchanged.` };
  },
});

export const moveReferenceValueAction = defineFormAction({
  permission: "update:reference-data:council",
  schema: moveReferenceValueSchema,
  run: async (actor, input) => {
    await changeReferenceValue(actor, { op: "move", ...input });
    revalidatePath(LIST[input.kind]);
    // No message: the list's new order is the answer (a banner would sit in the moved row's cell).
    return { ok: true };
  },
});

export const retireReferenceValueAction = defineFormAction({
  permission: "update:reference-data:council",
  schema: retireReferenceValueSchema,
  run: async (actor, { op, ...input }) => {
    const row = await changeReferenceValue(actor, { op, ...input });
    revalidatePath(LIST[input.kind]);
    return {
      ok: true,
      message:
        op === "retire"
          ? `${row.name} is retired: old records keep it, new ones cannot choose it.`
          : `${row.name} is in use again.`,
    };
  },
});
