import { describe, expect, it } from "vitest";
import {
  checkTotpCode,
  groupedSecret,
  hashRecoveryCode,
  newRecoveryCodes,
  newTotpSecret,
  normaliseRecoveryCode,
  totpCode,
  totpUri,
  TOTP_PERIOD_SECONDS,
} from "@/lib/domain/totp";
import { openSecret, sealSecret } from "@/lib/auth/secret-box";

// RFC 6238 appendix B's SHA-1 key ("12345678901234567890") in base32.
const RFC_SECRET = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";
const at = (seconds: number) => new Date(seconds * 1000);

describe("TOTP check", () => {
  it("matches the RFC 6238 test vectors (last six digits)", () => {
    expect(totpCode(RFC_SECRET, at(59))).toBe("287082");
    expect(totpCode(RFC_SECRET, at(1111111109))).toBe("081804");
    expect(totpCode(RFC_SECRET, at(2000000000))).toBe("279037");
  });

  it("accepts the current code and the codes one step either side, not two", () => {
    const now = at(1_800_000_000);
    const step = 1_800_000_000 / TOTP_PERIOD_SECONDS;
    const codeAt = (offsetSteps: number) =>
      totpCode(RFC_SECRET, at(1_800_000_000 + offsetSteps * TOTP_PERIOD_SECONDS));
    expect(checkTotpCode(RFC_SECRET, codeAt(0), now, null)).toEqual({ ok: true, step });
    expect(checkTotpCode(RFC_SECRET, codeAt(-1), now, null)).toEqual({ ok: true, step: step - 1 });
    expect(checkTotpCode(RFC_SECRET, codeAt(1), now, null)).toEqual({ ok: true, step: step + 1 });
    expect(checkTotpCode(RFC_SECRET, codeAt(-2), now, null)).toEqual({ ok: false, reason: "wrong" });
    expect(checkTotpCode(RFC_SECRET, codeAt(2), now, null)).toEqual({ ok: false, reason: "wrong" });
  });

  it("refuses the same code again, and an older code after a newer one was used", () => {
    const now = at(1_800_000_000);
    const code = totpCode(RFC_SECRET, now);
    const first = checkTotpCode(RFC_SECRET, code, now, null);
    expect(first.ok).toBe(true);
    const used = first.ok ? first.step : 0;
    expect(checkTotpCode(RFC_SECRET, code, at(1_800_000_010), used)).toEqual({ ok: false, reason: "used" });
    const previous = totpCode(RFC_SECRET, at(1_800_000_000 - TOTP_PERIOD_SECONDS));
    expect(checkTotpCode(RFC_SECRET, previous, now, used)).toEqual({ ok: false, reason: "used" });
    // The next step's code is still fine.
    const next = at(1_800_000_000 + TOTP_PERIOD_SECONDS);
    expect(checkTotpCode(RFC_SECRET, totpCode(RFC_SECRET, next), next, used)).toMatchObject({ ok: true });
  });

  it("takes spaces and a dash, and refuses anything that is not six digits", () => {
    const now = at(1_800_000_000);
    const code = totpCode(RFC_SECRET, now);
    expect(checkTotpCode(RFC_SECRET, `${code.slice(0, 3)} ${code.slice(3)}`, now, null).ok).toBe(true);
    expect(checkTotpCode(RFC_SECRET, `${code.slice(0, 3)}-${code.slice(3)}`, now, null).ok).toBe(true);
    expect(checkTotpCode(RFC_SECRET, code.slice(1), now, null)).toEqual({ ok: false, reason: "wrong" });
    expect(checkTotpCode(RFC_SECRET, `${code}0`, now, null)).toEqual({ ok: false, reason: "wrong" });
    expect(checkTotpCode(RFC_SECRET, "", now, null)).toEqual({ ok: false, reason: "wrong" });
  });

  it("a code from another secret is wrong", () => {
    const now = at(1_800_000_000);
    const other = newTotpSecret();
    expect(checkTotpCode(RFC_SECRET, totpCode(other, now), now, null)).toMatchObject({ ok: false });
  });

  it("makes 160-bit secrets, grouped for typing, in an otpauth address apps read", () => {
    const secret = newTotpSecret();
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(groupedSecret(secret).split(" ")).toHaveLength(8);
    const uri = new URL(totpUri(secret, "sam@example.org", "Short breaks: Northshire"));
    expect(uri.protocol).toBe("otpauth:");
    expect(uri.searchParams.get("secret")).toBe(secret);
    expect(uri.searchParams.get("period")).toBe("30");
    expect(uri.searchParams.get("digits")).toBe("6");
  });
});

describe("recovery codes", () => {
  it("are ten different codes, read back whatever the case or spacing, hashed", () => {
    const codes = newRecoveryCodes();
    expect(new Set(codes).size).toBe(10);
    for (const c of codes) expect(c).toMatch(/^[2-9A-HJ-NP-Z]{5}-[2-9A-HJ-NP-Z]{5}$/);
    const typed = codes[0].toLowerCase().replace("-", " ");
    expect(normaliseRecoveryCode(typed)).toBe(codes[0].replace("-", ""));
    expect(hashRecoveryCode(normaliseRecoveryCode(typed)!)).toMatch(/^[0-9a-f]{64}$/);
    expect(normaliseRecoveryCode("123456")).toBeNull();
  });
});

describe("secret box", () => {
  const env = { NEXTAUTH_SECRET: "unit-test-secret-0123456789" };
  it("opens what it sealed, and nothing sealed under another key or purpose", () => {
    const sealed = sealSecret("JBSWY3DPEHPK3PXP", "totp", env);
    expect(sealed).not.toContain("JBSWY3DPEHPK3PXP");
    expect(openSecret(sealed, "totp", env)).toBe("JBSWY3DPEHPK3PXP");
    expect(() => openSecret(sealed, "totp", { NEXTAUTH_SECRET: "another-secret" })).toThrow();
    expect(() => openSecret(sealed, "oidc-client-secret", env)).toThrow();
    const [v, iv, tag, body] = sealed.split(".");
    const flipped = Buffer.from(body, "base64url");
    flipped[0] ^= 1;
    expect(() => openSecret([v, iv, tag, flipped.toString("base64url")].join("."), "totp", env)).toThrow();
  });
});
