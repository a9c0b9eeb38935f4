import { z } from "zod";
import { idField, optionalText, pageField, recordId, requiredText, submissionKey } from "./fields";
import { UK_POSTCODE } from "./register";

/**
 * Charity numbers: England and Wales, 6 to 8 digits (a linked charity adds "-1"); Scotland, SC and
 * 6 digits; Northern Ireland, NIC and 6 digits (or 100000 to 199999 on the older register).
 */
export const CHARITY_NUMBER = /^(\d{6,8}(-\d{1,2})?|SC\d{6}|NIC\d{6})$/;
/** Companies House numbers: 8 digits, or a two-letter prefix (SC, NI, OC, SO, NC, …) and 6 digits. */
export const COMPANY_NUMBER = /^(\d{8}|[A-Z]{2}\d{6})$/;

const upperNoSpaces = (v: string | undefined) => (v ? v.replace(/\s+/g, "").toUpperCase() : undefined);

/** Statuses a council gives a provider on its list. */
export const PROVIDER_STATUS_LABEL = {
  APPLIED: "Applied",
  APPROVED: "Approved",
  SUSPENDED: "Suspended",
  REMOVED: "Removed",
} as const;
export type ProviderStatusValue = keyof typeof PROVIDER_STATUS_LABEL;

export const organisationSchema = z
  .object({
    name: requiredText(200, {
      missing: "Enter the organisation's name",
      tooLong: "The name must be 200 characters or fewer",
    }),
    charityNumber: optionalText(20, "The charity number must be 20 characters or fewer")
      .transform(upperNoSpaces)
      .refine(
        (v) => !v || CHARITY_NUMBER.test(v),
        "Enter a charity number in the right format, like 1123456 or SC012345",
      ),
    companyNumber: optionalText(20, "The company number must be 20 characters or fewer")
      .transform(upperNoSpaces)
      .refine(
        (v) => !v || COMPANY_NUMBER.test(v),
        "Enter a company number in the right format: 8 digits, or 2 letters and 6 digits, like 01234567 or SC123456",
      ),
    /** Ticked in one group: "isVcs", "isSme". */
    flags: z.array(z.enum(["isVcs", "isSme"], { error: "Choose from the list" })).max(2),
    address: optionalText(500, "The address must be 500 characters or fewer"),
    postcode: optionalText(10, "Enter a real postcode, like NS1 4AB")
      .transform((v) => v?.toUpperCase().replace(/\s+/g, ""))
      .refine((v) => !v || UK_POSTCODE.test(v), "Enter a real postcode, like NS1 4AB")
      .transform((v) => (v ? v.replace(UK_POSTCODE, "$1 $2") : undefined)),
    email: optionalText(254, "The e-mail address must be 254 characters or fewer").refine(
      (v) => !v || z.email().safeParse(v).success,
      "Enter an e-mail address in the right format, like name@example.com",
    ),
    phone: optionalText(30, "The phone number must be 30 characters or fewer").refine(
      (v) => !v || /^[+\d][\d ()-]{6,}$/.test(v),
      "Enter a phone number, like 01632 960 001",
    ),
    website: optionalText(300, "The website must be 300 characters or fewer").refine(
      (v) => !v || /^https?:\/\/[^\s]+\.[^\s]+$/.test(v),
      "Enter a website address starting with https://",
    ),
    status: z.enum(["APPLIED", "APPROVED"], { error: "Choose whether the provider is approved now" }),
    submissionKey,
  })
  .strict()
  .transform(({ flags, ...rest }) => ({
    ...rest,
    isVcs: flags.includes("isVcs"),
    isSme: flags.includes("isSme"),
  }));
export type OrganisationInput = z.output<typeof organisationSchema>;

/** An organisation that already works with another council, added to this council's list. */
export const linkOrganisationSchema = z
  .object({
    organisationId: recordId,
    status: z.enum(["APPLIED", "APPROVED"], { error: "Choose whether the provider is approved now" }),
  })
  .strict();

export const providerStatusSchema = z
  .object({
    id: recordId,
    status: z.enum(["APPROVED", "SUSPENDED", "REMOVED"], { error: "Choose the new status" }),
    reason: optionalText(1000, "The reason must be 1,000 characters or fewer"),
  })
  .strict()
  .superRefine((v, ctx) => {
    if (v.status !== "APPROVED" && !v.reason)
      ctx.addIssue({
        code: "custom",
        path: ["reason"],
        message:
          v.status === "SUSPENDED" ? "Say why the provider is suspended" : "Say why the provider is removed",
      });
  });
export type ProviderStatusInput = z.output<typeof providerStatusSchema>;

export const providerListQuery = z.object({
  q: z.string().trim().max(100).optional(),
  status: z.enum(["APPLIED", "APPROVED", "SUSPENDED", "REMOVED"]).optional(),
  page: pageField,
});
export type ProviderListQuery = z.output<typeof providerListQuery>;

/** `?find=` on the add page: organisations that work with other councils. */
export const findOrganisationQuery = z.object({
  find: z.string().trim().min(2).max(100).optional(),
  added: idField,
});
