import { describe, expect, it } from "vitest";
import { parseForm, FormInvalid } from "@/lib/actions/form-state";
import { meetingActionSchema, meetingSchema } from "@/lib/schemas/contract-meeting";
import { foldDateParts } from "@/lib/schemas/dates";

const key = "6f1c2f0e-3a7b-4c1d-9e2f-0a1b2c3d4e5f";

describe("the meeting forms", () => {
  it("read a meeting from the form's fields, date parts included", () => {
    const input = parseForm(
      meetingSchema,
      foldDateParts(
        {
          submissionKey: key,
          contractId: "c1",
          "heldOn-day": "3",
          "heldOn-month": "11",
          "heldOn-year": "2026",
          time: "",
          attendees: "A, B",
          notes: "Notes",
          satisfactionDiscussed: "yes",
        },
        "heldOn",
      ),
    );
    expect(input.heldOn.toISOString()).toBe("2026-11-03T00:00:00.000Z");
    expect(input.time).toBe("");
  });

  it("name each missing or wrong field", () => {
    try {
      parseForm(
        meetingActionSchema,
        foldDateParts(
          {
            submissionKey: key,
            contractId: "c1",
            meetingId: "m1",
            description: " ",
            ownerName: "",
            "dueDate-day": "31",
            "dueDate-month": "2",
            "dueDate-year": "2027",
          },
          "dueDate",
        ),
      );
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(FormInvalid);
      expect((e as FormInvalid).fieldErrors).toEqual({
        description: "Enter the action",
        ownerName: "Enter the owner's name",
        ownerSide: "Say whether the council or the provider owns it",
        dueDate: "The due date must be a real date, like 27 3 2027",
      });
    }
  });

  it("refuse a time that is not a time of day", () => {
    expect(() =>
      parseForm(
        meetingSchema,
        foldDateParts(
          {
            submissionKey: key,
            contractId: "c1",
            "heldOn-day": "3",
            "heldOn-month": "11",
            "heldOn-year": "2026",
            time: "25:00",
            attendees: "A",
            notes: "N",
            satisfactionDiscussed: "no",
          },
          "heldOn",
        ),
      ),
    ).toThrow(FormInvalid);
  });
});
