import { z } from "zod";
import type { KpiUnit } from "../generated/prisma/enums";
import { parseKpiValue } from "../domain/kpi-value";

/** A KPI the return reports a result for. */
export interface ReportedKpi {
  id: string;
  name: string;
  unit: KpiUnit;
}

export const RETURN_TEXT_MAX = 5000;

/** A checked return: each KPI's result by KPI id (blank draft results left out), then the rest. */
export interface CheckedReturn {
  values: Record<string, string>;
  childrenSupported: number | null;
  familiesSupported: number | null;
  narrative: string | null;
  childVoiceMethod: string | null;
  childVoiceSummary: string | null;
  caseStudy: string | null;
  reply: string | null;
}

/**
 * An outcome return checked against its contract's KPIs: each result (`actual-<id>`) in the KPI's
 * unit, the numbers supported and the narrative. A draft may leave things blank; a submitted return
 * may not, and one the council queried must answer the query.
 */
export function returnFiguresSchema(
  kpis: readonly ReportedKpi[],
  { intent, queried }: { intent: "save" | "submit"; queried: boolean },
) {
  const submit = intent === "submit";
  const actuals = Object.fromEntries(
    kpis.map((k) => [
      `actual-${k.id}`,
      z.string().transform((raw, ctx): string | null => {
        // A draft may leave a result blank; it is then not saved.
        if (!raw.trim() && !submit) return null;
        const parsed = parseKpiValue(raw, k.unit, k.name);
        if ("error" in parsed) {
          ctx.addIssue({ code: "custom", message: parsed.error });
          return z.NEVER;
        }
        return parsed.value;
      }),
    ]),
  );
  const count = (label: string) =>
    z
      .string()
      .trim()
      .transform((t, ctx): number | null => {
        if (!t) {
          if (submit) ctx.addIssue({ code: "custom", message: `Enter the number of ${label} supported` });
          return null;
        }
        if (!/^\d{1,7}$/.test(t)) {
          ctx.addIssue({
            code: "custom",
            message: `The number of ${label} supported must be a whole number of 0 or more`,
          });
          return z.NEVER;
        }
        return Number(t);
      });
  const text = (required: string | null) =>
    z
      .string()
      .trim()
      .transform((t, ctx): string | null => {
        if (t.length > RETURN_TEXT_MAX)
          ctx.addIssue({
            code: "custom",
            message: `This must be ${RETURN_TEXT_MAX.toLocaleString("en-GB")} characters or fewer`,
          });
        else if (!t && submit && required) ctx.addIssue({ code: "custom", message: required });
        return t || null;
      });
  return z
    .object({
      ...actuals,
      childrenSupported: count("children"),
      familiesSupported: count("families"),
      narrative: text("Say how the service went this period"),
      childVoiceMethod: text("Say how you asked children what they wanted"),
      childVoiceSummary: text("Say what the children told you"),
      caseStudy: text(null),
      reply: text(queried ? "Answer the council's query" : null),
    })
    .transform(({ childrenSupported, familiesSupported, ...rest }): CheckedReturn => {
      // Each KPI's field is a result or null (built above); the shape's type cannot say so.
      const results = rest as Record<string, unknown>;
      const values: Record<string, string> = {};
      for (const k of kpis) {
        const value = results[`actual-${k.id}`];
        if (typeof value === "string") values[k.id] = value;
      }
      return {
        values,
        childrenSupported,
        familiesSupported,
        narrative: rest.narrative,
        childVoiceMethod: rest.childVoiceMethod,
        childVoiceSummary: rest.childVoiceSummary,
        caseStudy: rest.caseStudy,
        reply: rest.reply,
      };
    });
}
