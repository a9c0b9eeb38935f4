import { z } from "zod";
import { AgeBand } from "../generated/prisma/enums";
import { STATISTICS_VIEWS } from "../domain/statistics-table";

const optionalId = z
  .string()
  .trim()
  .max(64, "That is not a district or type of need")
  .regex(/^[A-Za-z0-9_-]*$/, "That is not a district or type of need")
  .optional()
  .transform((v) => v || undefined);

/**
 * The statistics page's and export's GET parameters. Empty values mean "all". Unknown district or
 * need ids pass here and are checked against the council's own lists by statisticsTable.
 */
export const statisticsQuerySchema = z
  .object({
    view: z
      .enum(STATISTICS_VIEWS, { error: "Choose a view: district-age, district-need or age-need" })
      .default("district-age"),
    district: optionalId,
    need: optionalId,
    ageBand: z
      .union([z.enum(AgeBand), z.literal("")], {
        error: "Choose an age band: AGE_0_4, AGE_5_10, AGE_11_15 or AGE_16_19",
      })
      .optional()
      .transform((v) => v || undefined),
    measure: z.enum(["count", "rate"], { error: "Choose a measure: count or rate" }).default("count"),
    format: z.enum(["csv", "xlsx"], { error: "Choose a format: csv or xlsx" }).optional(),
  })
  .strict();

export type StatisticsQueryParams = z.output<typeof statisticsQuerySchema>;
