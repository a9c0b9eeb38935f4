import { z } from "zod";
import { pageField, textField } from "./search-params";

/** Open Referral UK's `per_page` limit here: larger asks get this many. */
export const ORUK_MAX_PER_PAGE = 100;

/** The standard's paging (openapi.json `page`, `per_page`): every ORUK list. */
export const orukPageSearchSchema = z.object({
  page: pageField,
  per_page: z.coerce
    .number()
    .int()
    .min(1)
    .transform((n) => Math.min(n, ORUK_MAX_PER_PAGE))
    .default(50),
});

/** `GET /api/oruk/<slug>/services` and `service_at_locations`: paging and filters, each through zod. */
export const orukServicesSearchSchema = orukPageSearchSchema.extend({
  search: textField(100),
  minimum_age: z.coerce.number().int().min(0).max(120).optional(),
  maximum_age: z.coerce.number().int().min(0).max(120).optional(),
});
