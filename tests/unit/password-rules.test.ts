import { describe, expect, it } from "vitest";
import {
  PASSWORD_TOO_COMMON,
  PASSWORD_TOO_LONG,
  PASSWORD_TOO_SHORT,
  passwordProblem,
} from "@/lib/domain/password-rules";
import { newPasswordSchema } from "@/lib/schemas/auth";

describe("password rules (NCSC: length and a common-password list, no composition rules)", () => {
  it("needs 12 characters or more", () => {
    expect(passwordProblem("teapot river")).toBeNull(); // exactly 12
    expect(passwordProblem("teapot rive")).toBe(PASSWORD_TOO_SHORT);
    expect(passwordProblem("x".repeat(201))).toBe(PASSWORD_TOO_LONG);
  });

  it("refuses common passwords, however they are dressed up", () => {
    for (const p of [
      "passwordpassword",
      "Password1234",
      "PASSWORD1234!!",
      "!!Liverpool2024",
      "qwertyuiopas",
      "123456789012",
      "1234567890!!",
      "letmeinletmein",
      "aaaaaaaaaaaa",
      "abcabcabcabc",
      "Manchester 1999",
      "welcome to 2026",
    ]) {
      expect(passwordProblem(p), p).toBe(PASSWORD_TOO_COMMON);
    }
  });

  it("sets no composition rules: lower-case words alone are fine", () => {
    for (const p of [
      "teapot window river",
      "correct horse staple",
      "my cat likes tuna",
      "Purple-Fox-Lake-9",
    ]) {
      expect(passwordProblem(p), p).toBeNull();
    }
  });

  it("is what the set-password form checks", () => {
    const token = "t".repeat(30);
    const weak = newPasswordSchema.safeParse({
      password: "Password1234",
      confirmPassword: "Password1234",
      token,
    });
    expect(weak.success).toBe(false);
    expect(weak.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([
      ["password", PASSWORD_TOO_COMMON],
    ]);
    const good = "teapot window river";
    expect(newPasswordSchema.safeParse({ password: good, confirmPassword: good, token }).success).toBe(true);
  });
});
