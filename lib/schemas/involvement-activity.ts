import { z } from "zod";
import type { InvolvementDimension, InvolvementKind } from "../generated/prisma/enums";
import { AGE_BANDS } from "../domain/age-band";
import { englandToday } from "../domain/involvement/consent";
import {
  calendarDateField,
  checkedIds,
  formatLimit,
  isoDateField,
  optionalText,
  pageField,
  recordId,
  requiredText,
} from "./fields";
import { foldDateParts } from "./dates";

export const INVOLVEMENT_KIND_LABEL: Record<InvolvementKind, string> = {
  TRAINING: "Training",
  TENDER_PANEL: "Tender panel",
  VENUE_REVIEW: "Venue review",
  YOUTH_ADVISORY_BOARD: "Youth Advisory Board",
  CONSULTATION: "Consultation",
  OTHER: "Other",
};
export const INVOLVEMENT_KINDS = Object.keys(INVOLVEMENT_KIND_LABEL) as InvolvementKind[];

export const DIMENSION_LABEL: Record<InvolvementDimension, string> = {
  AGE_BAND: "Age band",
  NEED_TYPE: "Type of need",
  GROUP: "Groups that rarely get involved",
};

/** More than this many at one activity is a typing slip (a big consultation has a few hundred). */
export const MAX_PARTICIPANTS = 5000;

/** The form's count boxes are named `<prefix><key>`: `age-AGE_11_15`, `need-<id>`, `group-<id>`. */
export const COUNT_FIELD_PREFIX: Record<InvolvementDimension, string> = {
  AGE_BAND: "age-",
  NEED_TYPE: "need-",
  GROUP: "group-",
};
export const countFieldName = (dimension: InvolvementDimension, key: string) =>
  `${COUNT_FIELD_PREFIX[dimension]}${key}`;

const countText = z.string().trim().max(12);

const activityFields = z
  .object({
    kind: z.enum(INVOLVEMENT_KINDS as [InvolvementKind, ...InvolvementKind[]], {
      error: "Choose what kind of activity it was",
    }),
    title: requiredText(200, {
      missing: "Enter a title",
      tooLong: `The title must be ${formatLimit(200)} characters or fewer`,
    }),
    heldOn: calendarDateField({
      missing: "Enter the date it is held on",
      invalid: "The date must be a real date, like 27 3 2027",
    }),
    description: optionalText(2000, `The description must be ${formatLimit(2000)} characters or fewer`),
    planId: z
      .string()
      .trim()
      .max(40)
      .optional()
      .transform((v) => v || null),
    participants: countText.optional(),
    counts: z
      .array(
        z.object({
          dimension: z.enum(["AGE_BAND", "NEED_TYPE", "GROUP"]),
          key: z.string().min(1).max(40),
          field: z.string(),
          value: countText,
        }),
      )
      .max(200),
  })
  .strict();

const WHOLE = /^\d+$/;

/**
 * An activity as the form sends it, with who took part as counts. Blank boxes are 0. Counts are
 * whole numbers from 0 to MAX_PARTICIPANTS; each is at most everyone who took part, and the age
 * bands together are too (a person has one). A planned activity (after today) has no counts yet.
 */
function checkActivity(v: z.output<typeof activityFields>, ctx: z.RefinementCtx, today: Date) {
  const whole = (raw: string | undefined, field: string, what: string): number | null => {
    if (!raw) return null;
    if (!WHOLE.test(raw)) {
      ctx.addIssue({ code: "custom", path: [field], message: `${what} must be a whole number, like 12` });
      return null;
    }
    const n = Number(raw);
    if (n > MAX_PARTICIPANTS) {
      ctx.addIssue({
        code: "custom",
        path: [field],
        message: `${what} must be ${formatLimit(MAX_PARTICIPANTS)} or fewer`,
      });
      return null;
    }
    return n;
  };
  const participants = whole(v.participants, "participants", "The number who took part");
  const counts = v.counts
    .map((c) => ({ ...c, count: whole(c.value, c.field, "The number") }))
    .filter((c): c is typeof c & { count: number } => c.count !== null && c.count > 0);
  const earliest = new Date(Date.UTC(2000, 0, 1));
  const latest = new Date(Date.UTC(today.getUTCFullYear() + 2, today.getUTCMonth(), today.getUTCDate()));
  if (v.heldOn < earliest || v.heldOn > latest)
    ctx.addIssue({
      code: "custom",
      path: ["heldOn"],
      message: "The date must be after 2000 and no more than two years from today",
    });
  if (v.heldOn > today) {
    if (participants !== null || counts.length)
      ctx.addIssue({
        code: "custom",
        path: ["participants"],
        message: "Record who took part once the activity has been held: leave the numbers blank for now",
      });
  } else {
    if (participants === null && counts.length)
      ctx.addIssue({
        code: "custom",
        path: ["participants"],
        message: "Enter how many took part in all, as well as by group",
      });
    if (participants !== null) {
      for (const c of counts)
        if (c.count > participants)
          ctx.addIssue({
            code: "custom",
            path: [c.field],
            message: `The number cannot be more than the ${formatLimit(participants)} who took part`,
          });
      const ages = counts.filter((c) => c.dimension === "AGE_BAND").reduce((s, c) => s + c.count, 0);
      if (ages > participants)
        ctx.addIssue({
          code: "custom",
          path: [countFieldName("AGE_BAND", AGE_BANDS[0].band)],
          message: `The age bands add up to ${formatLimit(ages)}, more than the ${formatLimit(participants)} who took part: each person has one age band`,
        });
    }
  }
  if (v.counts.some((c) => c.dimension === "AGE_BAND" && !AGE_BANDS.some((b) => b.band === c.key)))
    ctx.addIssue({ code: "custom", path: ["form"], message: "That is not one of the age bands" });
  return {
    kind: v.kind,
    title: v.title,
    heldOn: v.heldOn,
    description: v.description ?? null,
    planId: v.planId,
    participants,
    counts: counts.map(({ dimension, key, count }) => ({ dimension, key, count })),
  };
}

/** "Today" is England's date when the form is read. */
const today = () => englandToday(new Date());

export const involvementActivitySchema = activityFields.transform((v, ctx) => checkActivity(v, ctx, today()));
export type InvolvementActivityInput = z.output<typeof involvementActivitySchema>;

/** The edit form adds the activity's id. */
export const editInvolvementActivitySchema = activityFields
  .extend({ id: recordId })
  .transform((v, ctx) => ({ id: v.id, ...checkActivity(v, ctx, today()) }));

/** Reads the activity form: the date's parts folded, and every count box gathered into `counts`. */
export function readInvolvementActivityForm(input: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const counts: { dimension: InvolvementDimension; key: string; field: string; value: unknown }[] = [];
  for (const [name, value] of Object.entries(foldDateParts(input, "heldOn"))) {
    const dimension = (Object.keys(COUNT_FIELD_PREFIX) as InvolvementDimension[]).find((d) =>
      name.startsWith(COUNT_FIELD_PREFIX[d]),
    );
    if (dimension)
      counts.push({ dimension, key: name.slice(COUNT_FIELD_PREFIX[dimension].length), field: name, value });
    else out[name] = value;
  }
  return { ...out, counts };
}

/** The "You said, we did" actions that came from an activity: the ticked ones replace the others. */
export const activityYouSaidWeDidSchema = z
  .object({ activityId: recordId, youSaidWeDidIds: checkedIds(200) })
  .strict();

/** The activity list's filters (query string). */
export const activityListQuery = z.object({
  kind: z.enum(INVOLVEMENT_KINDS as [InvolvementKind, ...InvolvementKind[]]).optional(),
  from: isoDateField,
  to: isoDateField,
  page: pageField,
});
export type ActivityListQuery = z.output<typeof activityListQuery>;

/** The report's query string: how many six-month blocks back (1 to 8, default 4). */
export const rarelyInvolvedQuery = z.object({
  blocks: z.coerce.number().int().min(1).max(8).default(4),
  format: z.enum(["csv"]).optional(),
});
