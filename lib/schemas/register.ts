import { z } from "zod";
import { emailField } from "./auth";
import { calendarDateField, optionalText as optionalTextField, requiredText, submissionKey } from "./fields";

const optionalText = (label: string, max: number) =>
  optionalTextField(max, `${label} must be ${max} characters or fewer`).transform((v) =>
    v?.replace(/\r\n/g, "\n"),
  );

const name = (label: string) =>
  requiredText(80, {
    missing: `Enter ${label}`,
    tooLong: `${label[0].toUpperCase()}${label.slice(1)} must be 80 characters or fewer`,
  });

/** Day, month and year fields (`dateOfBirth-day` …) as one calendar date, checked to be real. */
export const dateOfBirthField = calendarDateField({
  missing: "Enter your child's date of birth",
  invalid: "Date of birth must be a real date, like 27 3 2015",
});

export const UK_POSTCODE = /^([A-Z]{1,2}\d[A-Z\d]?) ?(\d[A-Z]{2})$/;

export const postcodeField = z
  .string({ error: "Enter your home postcode" })
  .trim()
  .toUpperCase()
  .min(1, "Enter your home postcode")
  .transform((v) => v.replace(/\s+/g, " "))
  .refine(
    (v) => UK_POSTCODE.test(v.replace(" ", "")) || UK_POSTCODE.test(v),
    "Enter a real postcode, like NS1 4AB",
  )
  .transform((v) => {
    const m = v.replace(" ", "").match(UK_POSTCODE)!;
    return `${m[1]} ${m[2]}`;
  });

export const CONTACT_PREFERENCES = ["email", "phone", "post"] as const;

/** The fields of each step of the registration form. */
export const registrationSteps = {
  child: z.object({
    firstName: name("your child's first name"),
    lastName: name("your child's last name"),
    dateOfBirth: dateOfBirthField,
  }),
  home: z.object({ postcode: postcodeField, districtId: z.string().trim().optional() }),
  needs: z.object({
    needTypeIds: z.array(z.string().min(1)).min(1, "Choose at least one type of need").max(20),
  }),
  school: z.object({
    school: optionalText("School or setting", 200),
    currentShortBreaks: optionalText("Short breaks used now", 1000),
    communicationNeeds: optionalText("Communication needs", 1000),
  }),
  contact: z.object({
    parentName: name("your full name"),
    parentEmail: emailField,
    parentPhone: z
      .string()
      .trim()
      .max(30, "Phone number must be 30 characters or fewer")
      .refine((v) => v === "" || /^[+\d][\d ()-]{6,}$/.test(v), "Enter a phone number, like 01632 960 001")
      .optional()
      .transform((v) => v || undefined),
    contactPreference: z.enum(CONTACT_PREFERENCES, { error: "Choose how we should contact you" }),
  }),
} as const;

export type RegistrationStep = keyof typeof registrationSteps | "check";
export const STEP_ORDER: RegistrationStep[] = ["child", "home", "needs", "school", "contact", "check"];

/** What the draft holds once every step is done (date of birth kept as an ISO date string). */
export const registrationDraftSchema = z.object({
  firstName: z.string().min(1),
  lastName: z.string().min(1),
  dateOfBirth: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  postcode: z.string().min(1),
  districtId: z.string().min(1),
  needTypeIds: z.array(z.string()).min(1),
  school: z.string().optional(),
  currentShortBreaks: z.string().optional(),
  communicationNeeds: z.string().optional(),
  parentName: z.string().min(1),
  parentEmail: z.string().min(1),
  parentPhone: z.string().optional(),
  contactPreference: z.enum(CONTACT_PREFERENCES),
});
export type RegistrationDraftData = z.infer<typeof registrationDraftSchema>;

export const consentSchema = z.object({
  submissionKey,
  consentVersion: z.coerce.number().int().positive(),
  consent: z.literal("yes", { error: "Tick the box to say you agree, or you cannot register your child" }),
});

/** Editing a registered child: every step's fields on one page. */
export const updateChildSchema = z.object({
  childId: z.string().min(1),
  ...registrationSteps.child.shape,
  ...registrationSteps.home.shape,
  ...registrationSteps.needs.shape,
  ...registrationSteps.school.shape,
  ...registrationSteps.contact.shape,
});
