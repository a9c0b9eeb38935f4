import { z } from "zod";
import { passwordProblem } from "../domain/password-rules";

export const emailField = z
  .string({ error: "Enter an e-mail address" })
  .trim()
  .toLowerCase()
  .min(1, "Enter an e-mail address")
  .max(254, "E-mail address must be 254 characters or fewer")
  .pipe(z.email("Enter an e-mail address in the right format, like name@example.com"));

export const signInSchema = z.object({
  email: emailField,
  password: z
    .string({ error: "Enter your password" })
    .min(1, "Enter your password")
    .max(200, "Password is too long"),
});

const newPasswordField = z
  .string({ error: "Enter a password" })
  .min(1, "Enter a password")
  .superRefine((password, ctx) => {
    const problem = passwordProblem(password);
    if (problem) ctx.addIssue({ code: "custom", message: problem });
  });

export const newPasswordSchema = z
  .object({
    password: newPasswordField,
    confirmPassword: z.string({ error: "Confirm your password" }).min(1, "Confirm your password"),
    token: z.string().min(20).max(200),
  })
  .strict()
  .refine((v) => v.password === v.confirmPassword, {
    path: ["confirmPassword"],
    message: "Passwords do not match",
  });

const CHOOSE_MEMBERSHIP = "Choose who you are acting for";

export const chooseMembershipSchema = z
  .object({
    membershipId: z
      .string({ error: CHOOSE_MEMBERSHIP })
      .min(1, CHOOSE_MEMBERSHIP)
      .max(100, CHOOSE_MEMBERSHIP),
  })
  .strict();

/** "Forgot your password?": the address only. */
export const forgotPasswordSchema = z.object({ email: emailField }).strict();

/** A parent or carer asks to create an account with a council (issue 17). */
export const startSignUpSchema = z
  .object({ email: emailField, councilSlug: z.string().min(1).max(100) })
  .strict();

/** They finish it from the confirmation link: their name and a password. */
export const completeSignUpSchema = z
  .object({
    name: z
      .string({ error: "Enter your full name" })
      .trim()
      .min(1, "Enter your full name")
      .max(200, "Name must be 200 characters or fewer"),
    password: newPasswordField,
    confirmPassword: z.string({ error: "Confirm your password" }).min(1, "Confirm your password"),
    token: z.string().min(20).max(200),
  })
  .strict()
  .refine((v) => v.password === v.confirmPassword, {
    path: ["confirmPassword"],
    message: "Passwords do not match",
  });
