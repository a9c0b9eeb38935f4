import { z } from "zod";

const DOMAIN = /^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;

/** An issuer address: https, or http only on this machine (a test provider). */
const issuerField = z
  .string({ error: "Enter the issuer address" })
  .trim()
  .min(1, "Enter the issuer address")
  .max(500, "The issuer address must be 500 characters or fewer")
  .refine((v) => {
    try {
      const u = new URL(v);
      return (
        u.protocol === "https:" || (u.protocol === "http:" && ["localhost", "127.0.0.1"].includes(u.hostname))
      );
    } catch {
      return false;
    }
  }, "Enter the issuer as an https address, like https://login.microsoftonline.com/<tenant id>/v2.0");

export const councilSignOnSchema = z
  .object({
    issuer: issuerField,
    clientId: z
      .string({ error: "Enter the client ID" })
      .trim()
      .min(1, "Enter the client ID")
      .max(200, "The client ID must be 200 characters or fewer"),
    clientSecret: z.string().trim().max(500, "The client secret must be 500 characters or fewer").default(""),
    allowedDomains: z
      .string({ error: "Enter at least one e-mail domain" })
      .transform((v) =>
        v
          .split(/[\s,;]+/)
          .map((d) => d.trim().toLowerCase().replace(/^@/, ""))
          .filter(Boolean),
      )
      .pipe(
        z
          .array(z.string().regex(DOMAIN, "Enter e-mail domains like northshire.gov.uk, separated by commas"))
          .min(1, "Enter at least one e-mail domain")
          .max(20, "Enter 20 e-mail domains or fewer"),
      ),
    enabled: z
      .enum(["yes", "no"], { error: "Choose whether staff can sign in this way" })
      .transform((v) => v === "yes"),
  })
  .strict();
