import { createHash, randomInt } from "node:crypto";
import { Secret, TOTP } from "otpauth";

/**
 * Time-based one-time passwords (RFC 6238) as authenticator apps make them: SHA-1, six digits,
 * 30-second steps. A code is accepted for the step before and after the current one (a clock a
 * little out, a code typed as it changed), and never twice: the step of the last code used is
 * kept, and a code for it or an earlier step is refused, so a code seen over someone's shoulder
 * cannot be used again.
 */
export const TOTP_PERIOD_SECONDS = 30;
export const TOTP_WINDOW = 1;

export type TotpCheck = { ok: true; step: number } | { ok: false; reason: "wrong" | "used" };

function totpFor(secretBase32: string, label = "", issuer = ""): TOTP {
  return new TOTP({
    issuer,
    label,
    secret: Secret.fromBase32(secretBase32),
    algorithm: "SHA1",
    digits: 6,
    period: TOTP_PERIOD_SECONDS,
  });
}

/** A new random secret (160 bits, RFC 4226's recommendation), as base32 for apps and people. */
export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

/** The code an app shows at `now` (for tests and the demo data, never shown by the portal). */
export function totpCode(secretBase32: string, now: Date): string {
  return totpFor(secretBase32).generate({ timestamp: now.getTime() });
}

/** The otpauth:// address a QR code carries: the app then shows the council's name and the person's e-mail. */
export function totpUri(secretBase32: string, account: string, issuer: string): string {
  return totpFor(secretBase32, account, issuer).toString();
}

/** The secret in groups of four, easier to type into an app by hand or to hear from a screen reader. */
export function groupedSecret(secretBase32: string): string {
  return secretBase32.replace(/(.{4})(?=.)/g, "$1 ");
}

/** Only the digits of what was typed (spaces and dashes are allowed), or null when it is not six digits. */
export function normaliseTotpCode(input: string): string | null {
  const digits = input.replace(/[\s-]/g, "");
  return /^\d{6}$/.test(digits) ? digits : null;
}

/** Checks a code at `now`; `lastUsedStep` is the step of the last code accepted (null if none yet). */
export function checkTotpCode(
  secretBase32: string,
  input: string,
  now: Date,
  lastUsedStep: number | null,
): TotpCheck {
  const code = normaliseTotpCode(input);
  if (!code) return { ok: false, reason: "wrong" };
  const totp = totpFor(secretBase32);
  const delta = totp.validate({ token: code, timestamp: now.getTime(), window: TOTP_WINDOW });
  if (delta === null) return { ok: false, reason: "wrong" };
  const step = totp.counter({ timestamp: now.getTime() }) + delta;
  if (lastUsedStep !== null && step <= lastUsedStep) return { ok: false, reason: "used" };
  return { ok: true, step };
}

// Recovery codes: ten characters from an alphabet without look-alikes (no 0/O, 1/I/L), about 50 bits each.
const RECOVERY_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
export const RECOVERY_CODE_COUNT = 10;

/** New recovery codes, shown once as `XXXXX-XXXXX`. */
export function newRecoveryCodes(count = RECOVERY_CODE_COUNT): string[] {
  return Array.from({ length: count }, () => {
    const chars = Array.from({ length: 10 }, () => RECOVERY_ALPHABET[randomInt(RECOVERY_ALPHABET.length)]);
    return `${chars.slice(0, 5).join("")}-${chars.slice(5).join("")}`;
  });
}

/** A recovery code as typed (any case, with or without the dash or spaces), or null when it cannot be one. */
export function normaliseRecoveryCode(input: string): string | null {
  const plain = input.replace(/[\s-]/g, "").toUpperCase();
  return /^[2-9A-HJ-NP-Z]{10}$/.test(plain) ? plain : null;
}

/** What is stored of a recovery code: its SHA-256 (the codes are random, so a slow hash adds nothing). */
export function hashRecoveryCode(normalised: string): string {
  return createHash("sha256").update(`recovery:${normalised}`).digest("hex");
}
