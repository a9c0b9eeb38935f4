import { z } from "zod";
import { requiredText, wholeNumber } from "./fields";

export const consentDraftSchema = z
  .object({
    text: requiredText(6000, {
      missing: "Enter the consent wording",
      tooLong: "The consent wording must be 6,000 characters or fewer",
    }),
  })
  .strict();

export const agreeToConsentSchema = z
  .object({
    version: wholeNumber(1, 100_000, {
      missing: "Reload the page and try again",
      notWhole: "Reload the page and try again",
      outOfRange: "Reload the page and try again",
    }),
    agree: z.literal("yes", { error: "Tick the box to say you agree" }),
  })
  .strict();
