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

/** The type with the council's label as its name (the national name if the council never used it). */
export function labelled({ councils, ...type }: ReadServiceType) {
  return { ...type, name: councils[0]?.label ?? type.name };
}
