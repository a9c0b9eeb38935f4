import { z } from "zod";
import type { AnnouncementKind } from "../generated/prisma/enums";
import { englandTime } from "../domain/dates";
import { calendarDateField, dateParts, recordId, requiredText, submissionKey } from "./fields";

/** The audience radios' value for "every provider"; otherwise the value is a service type id. */
export const ALL_PROVIDERS = "all";

export const ANNOUNCEMENT_FORM_FIELDS = [
  "kind",
  "title",
  "body",
  "audience",
  "requiresAcknowledgement",
  "eventAt",
  "eventTime",
] as const;

export interface AnnouncementInput {
  kind: AnnouncementKind;
  title: string;
  body: string;
  serviceTypeId: string | null;
  requiresAcknowledgement: boolean;
  eventAt: Date | null;
}

const detailsSchema = z.object({
  kind: z.enum(["ANNOUNCEMENT", "FORUM_EVENT"], { error: "Choose an announcement or a forum event" }),
  title: requiredText(200, {
    missing: "Enter a title",
    tooLong: "The title must be 200 characters or fewer",
  }),
  body: requiredText(5000, {
    missing: "Enter the message",
    tooLong: "The message must be 5,000 characters or fewer",
  }),
  audience: requiredText(40, { missing: "Choose who it is for", tooLong: "Choose who it is for" }),
});

/** "14:30", "9.15", "2pm" or "2:30pm" as hours and minutes; null when it is not a time of day. */
export function parseTimeOfDay(text: string): { hour: number; minute: number } | null {
  const m = /^(\d{1,2})(?:[:.](\d{2}))?\s*(am|pm)?$/i.exec(text.trim());
  if (!m || (!m[2] && !m[3])) return null;
  let hour = Number(m[1]);
  const minute = m[2] ? Number(m[2]) : 0;
  if (minute > 59) return null;
  if (m[3]) {
    if (hour < 1 || hour > 12) return null;
    hour = (hour % 12) + (m[3].toLowerCase() === "pm" ? 12 : 0);
  } else if (hour > 23) return null;
  return { hour, minute };
}

/** A field of the announcement form as sent: text, or absent (an unticked box). */
const sent = z.string().optional();

/**
 * The announcement form, every problem at once. A forum event needs its date and start time
 * (England time, stored UTC) and cannot require acknowledgement; an announcement has no date.
 * The fields are read as sent and checked together in one step, so a missing title and a bad
 * date are reported side by side.
 */
export const announcementFormSchema = z
  .object({
    submissionKey: sent,
    kind: sent,
    title: sent,
    body: sent,
    audience: sent,
    requiresAcknowledgement: sent,
    "eventAt-day": sent,
    "eventAt-month": sent,
    "eventAt-year": sent,
    eventTime: sent,
  })
  .strict()
  .transform((input, ctx): AnnouncementInput & { submissionKey: string } => {
    const problem = (path: string | null, message: string) =>
      ctx.addIssue({ code: "custom", path: path ? [path] : [], message });
    const key = submissionKey.safeParse(input.submissionKey);
    if (!key.success) problem(null, key.error.issues[0].message);
    const details = detailsSchema.safeParse(input);
    // Each field's first message is the one shown (fieldErrorsOf).
    if (!details.success) for (const i of details.error.issues) problem(String(i.path[0]), i.message);

    const kind = details.success ? details.data.kind : input.kind;
    const requiresAcknowledgement = input.requiresAcknowledgement === "yes";
    const time = input.eventTime?.trim() ?? "";
    const parts = dateParts(input, "eventAt");
    const anyDate = Boolean(parts.day.trim() || parts.month.trim() || parts.year.trim() || time);

    let eventAt: Date | null = null;
    if (kind === "FORUM_EVENT") {
      if (requiresAcknowledgement)
        problem(
          "requiresAcknowledgement",
          "Only an announcement can require acknowledgement. Untick it, or choose announcement",
        );
      const date = calendarDateField("date of the forum").safeParse(parts);
      if (!date.success) problem("eventAt", date.error.issues[0].message);
      const t = parseTimeOfDay(time);
      if (!time) problem("eventTime", "Enter the start time of the forum");
      else if (!t) problem("eventTime", "Enter the start time like 14:30 or 2:30pm");
      if (date.success && t) eventAt = englandTime(date.data, t.hour, t.minute);
    } else if (kind === "ANNOUNCEMENT" && anyDate) {
      problem("eventAt", "Only a forum event has a date and time. Clear them, or choose forum event");
    }

    if (!details.success || !key.success) return z.NEVER;
    const d = details.data;
    return {
      submissionKey: key.data,
      kind: d.kind,
      title: d.title,
      body: d.body,
      serviceTypeId: d.audience === ALL_PROVIDERS ? null : d.audience,
      requiresAcknowledgement: d.kind === "ANNOUNCEMENT" && requiresAcknowledgement,
      eventAt,
    };
  });

const id = recordId;

export const announcementIdSchema = z.object({ announcementId: id }).strict();

export const attendanceSchema = z
  .object({
    announcementId: id,
    organisationId: requiredText(40, {
      missing: "Choose the organisation",
      tooLong: "Choose the organisation",
    }),
    attendeeName: requiredText(120, {
      missing: "Enter the attendee's name",
      tooLong: "The name must be 120 characters or fewer",
    }),
    attended: z.enum(["yes", "no"], { error: "Choose whether they attended" }),
  })
  .strict();

export const removeAttendanceSchema = z.object({ announcementId: id, attendanceId: id }).strict();
