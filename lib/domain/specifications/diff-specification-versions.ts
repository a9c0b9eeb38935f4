import type { OutputPeriod, OutputUnit } from "../../generated/prisma/enums";
import { formatMoney } from "../money";
import { describeOutput } from "./output-labels";

/** A version reduced to what a reader compares: each field as lines of text. */
export interface ComparableVersion {
  title: string;
  summary: string;
  districts: string[];
  ageRange: string;
  needTypes: string[];
  outcomes: string[];
  outputs: string[];
  maxAnnualValue: string;
  termMonths: string;
  extensionMonths: string;
  equalityImpact: string[];
}

export const COMPARED_FIELDS: [keyof ComparableVersion, string][] = [
  ["title", "Title"],
  ["summary", "Summary"],
  ["districts", "Districts"],
  ["ageRange", "Age range"],
  ["needTypes", "Types of need"],
  ["outcomes", "Outcomes"],
  ["outputs", "Outputs"],
  ["maxAnnualValue", "Maximum annual value"],
  ["termMonths", "Term"],
  ["extensionMonths", "Extension options"],
  ["equalityImpact", "Equality impact assessment"],
];

export interface FieldDiff {
  field: keyof ComparableVersion;
  label: string;
  from: string[];
  to: string[];
  changed: boolean;
  /** Lines only in the later version, and only in the earlier one. */
  added: string[];
  removed: string[];
}

const lines = (v: string | string[]) => (Array.isArray(v) ? v : v ? [v] : []);

/** Every compared field of two versions, marking which changed and the lines added or removed. */
export function diffSpecificationVersions(from: ComparableVersion, to: ComparableVersion): FieldDiff[] {
  return COMPARED_FIELDS.map(([field, label]) => {
    const a = lines(from[field]);
    const b = lines(to[field]);
    const changed = a.length !== b.length || a.some((line, i) => line !== b[i]);
    return {
      field,
      label,
      from: a,
      to: b,
      changed,
      added: b.filter((line) => !a.includes(line)),
      removed: a.filter((line) => !b.includes(line)),
    };
  });
}

/** The fields of one version as text lines, in the words the pages use. */
export function comparableVersion(
  v: {
    title: string;
    summary: string;
    districts: { name: string }[];
    ageMin: number;
    ageMax: number;
    needTypeCodes: string[];
    outcomes: string[];
    outputs: { measure: string; unit: OutputUnit; quantity: { toString(): string }; period: OutputPeriod }[];
    maxAnnualValue: { toString(): string };
    termMonths: number;
    extensionMonths: number;
    eiaGroups: string | null;
    eiaImpact: string | null;
    eiaMitigations: string | null;
  },
  needTypeName: (code: string) => string = (c) => c,
): ComparableVersion {
  return {
    title: v.title,
    summary: v.summary,
    districts: v.districts.map((d) => d.name).sort(),
    ageRange: `${v.ageMin} to ${v.ageMax} years`,
    needTypes: v.needTypeCodes.map(needTypeName),
    outcomes: v.outcomes,
    outputs: v.outputs.map(describeOutput),
    maxAnnualValue: formatMoney(v.maxAnnualValue),
    termMonths: `${v.termMonths} months`,
    extensionMonths: v.extensionMonths ? `Up to ${v.extensionMonths} months` : "None",
    equalityImpact: [
      `Groups affected: ${v.eiaGroups ?? "not written"}`,
      `Likely impact: ${v.eiaImpact ?? "not written"}`,
      `Mitigations: ${v.eiaMitigations ?? "not written"}`,
    ],
  };
}
