import { z } from "zod";
import { calendarDateField, moneyField, recordId, requiredText } from "./fields";

/** A payment the council made under a contract: published as open data (OCDS transactions). */
export const contractPaymentSchema = z
  .object({
    contractId: recordId,
    reference: requiredText(60, {
      missing: "Enter the payment or invoice reference",
      tooLong: "The reference must be 60 characters or fewer",
    }),
    amount: moneyField({
      missing: "Enter the amount paid",
      invalid: "Enter the amount in pounds, like 12500 or 12500.50",
      notPositive: "The amount must be more than £0",
    }),
    paidOn: calendarDateField("date it was paid"),
  })
  .strict();
export type ContractPaymentInput = z.infer<typeof contractPaymentSchema>;
