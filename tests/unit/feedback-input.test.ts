import { describe, expect, it } from "vitest";
import { looksLikeMarkup } from "@/lib/domain/plain-text";
import { newReceiptCode } from "@/lib/domain/receipt-code";
import { childFeedbackSchema, parentFeedbackSchema } from "@/lib/schemas/feedback";

const key = "6f1c3a52-4a8b-4c1e-9a55-0c1d2e3f4a5b";

describe("plain text in feedback", () => {
  it.each([
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "click <a href='javascript:alert(1)'>here</a>",
    "javascript:alert(1)",
    '<div onclick="x">',
  ])("refuses %s", (text) => expect(looksLikeMarkup(text)).toBe(true));

  it.each(["My son is 5 < 6 > 4 in age order", "Staff were great :-)", "I'd rate it 4/5 & more", "on time"])(
    "accepts %s",
    (text) => expect(looksLikeMarkup(text)).toBe(false),
  );
});

describe("feedback schemas", () => {
  it("a parent's feedback: ratings 1 to 5 or skipped, text required and limited", () => {
    const ok = parentFeedbackSchema.parse({
      submissionKey: key,
      subject: "general",
      "supported-at-home": "5",
      "child-enjoyed": "",
      comment: "  Great  ",
      consentToQuote: "yes",
    });
    expect(ok).toMatchObject({
      "supported-at-home": 5,
      "child-enjoyed": undefined,
      comment: "Great",
      consentToQuote: true,
      contactRequested: false,
    });
    for (const bad of [
      { "supported-at-home": "6" },
      { "staff-understood": "2.5" },
      { comment: "" },
      { comment: "x".repeat(2001) },
      { subject: "contract:../../x" },
      { extra: "field" },
    ])
      expect(
        parentFeedbackSchema.safeParse({ submissionKey: key, subject: "general", comment: "ok", ...bad })
          .success,
      ).toBe(false);
  });

  it("a child's feedback needs a face and who filled it in, nothing personal", () => {
    expect(
      childFeedbackSchema.safeParse({ submissionKey: key, face: "OKAY", helpedBy: "alone" }).success,
    ).toBe(true);
    expect(childFeedbackSchema.safeParse({ submissionKey: key, helpedBy: "alone" }).success).toBe(false);
    expect(
      childFeedbackSchema.safeParse({ submissionKey: key, face: "OKAY", helpedBy: "alone", name: "Sam" })
        .success,
    ).toBe(false);
    expect(
      childFeedbackSchema.safeParse({
        submissionKey: key,
        face: "OKAY",
        helpedBy: "alone",
        liked: "x".repeat(501),
      }).success,
    ).toBe(false);
  });

  it("receipt codes are short and easy to read out", () => {
    const codes = new Set(Array.from({ length: 200 }, newReceiptCode));
    for (const c of codes) expect(c).toMatch(/^FB-[A-HJ-NP-Z2-9]{6}$/);
    expect(codes.size).toBeGreaterThan(195);
  });
});
