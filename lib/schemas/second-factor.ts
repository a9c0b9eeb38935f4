import { z } from "zod";

export const confirmSecondFactorSchema = z
  .object({
    code: z
      .string({ error: "Enter the 6-digit code from your authenticator app" })
      .trim()
      .min(1, "Enter the 6-digit code from your authenticator app")
      .regex(/^[\d\s-]+$/, "The code must be 6 digits, like 123456")
      .refine((v) => v.replace(/[\s-]/g, "").length === 6, "The code must be 6 digits, like 123456"),
  })
  .strict();

export const turnOffSecondFactorSchema = z
  .object({
    password: z
      .string({ error: "Enter your password" })
      .min(1, "Enter your password")
      .max(200, "Password is too long"),
  })
  .strict();

export const requireStaffSecondFactorSchema = z
  .object({ requireStaffSecondFactor: z.enum(["yes", "no"], { error: "Choose yes or no" }) })
  .strict()
  .transform((v) => ({ requireStaffSecondFactor: v.requireStaffSecondFactor === "yes" }));
