import type { Prisma } from "../../db";

/**
 * A record's service type as the record's council shows it: read with the council's label beside
 * the national name (one join, no extra query), then `labelled` turns it into `{ id, code, name }`
 * with the label as its name. The code stays the national one (decision 0038).
 */
export function serviceTypeOf(councilId: string) {
  return {
    select: {
      id: true,
      code: true,
      name: true,
      councils: { where: { councilId }, select: { label: true }, take: 1 },
    },
  } satisfies Prisma.ServiceTypeDefaultArgs;
}

interface ReadServiceType {
  id: string;
  code: string;
  name: string;
  councils: { label: string }[];
}

export interface LabelledServiceType {
  id: string;
  code: string;
  name: string;
}

/** The type with the council's label as its name (the national name if the council never used it). */
export function labelled(type: ReadServiceType): LabelledServiceType;
export function labelled(type: ReadServiceType | null): LabelledServiceType | null;
export function labelled(type: ReadServiceType | null): LabelledServiceType | null {
  if (!type) return null;
  return { id: type.id, code: type.code, name: type.councils[0]?.label ?? type.name };
}
