/** The three parts of an equality impact assessment; each must be written before approval. */
export interface EqualityImpact {
  eiaGroups: string | null;
  eiaImpact: string | null;
  eiaMitigations: string | null;
}

const PARTS: [keyof EqualityImpact, string][] = [
  ["eiaGroups", "groups affected"],
  ["eiaImpact", "likely impact"],
  ["eiaMitigations", "mitigations"],
];

/** The parts still empty, in form order (for messages such as "Write the mitigations"). */
export function missingEqualityImpactParts(eia: EqualityImpact): string[] {
  return PARTS.filter(([key]) => !eia[key]?.trim()).map(([, label]) => label);
}

export function isEqualityImpactComplete(eia: EqualityImpact): boolean {
  return missingEqualityImpactParts(eia).length === 0;
}
