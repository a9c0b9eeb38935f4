/**
 * The directory's presentational parts: what a family reads about a provider's standing, a listing's
 * cost, accessibility and review date, in words (not colour alone), passing axe.
 */
import { cleanup, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { AccessibilityList, CostTag, LastReviewed } from "@/components/directory/listing-facts";
import { ProviderStanding } from "@/components/directory/provider-standing";
import { expectNoAxeViolations } from "./axe";

afterEach(cleanup);

describe("a provider's standing with the council", () => {
  it("says 'Approved provider' and since when, only when approved", async () => {
    const { container } = render(
      <ProviderStanding
        councilName="Northshire County Council"
        standing={{ status: "APPROVED", approvedAt: new Date("2025-04-01T09:00:00Z") }}
      />,
    );
    expect(screen.getByText("Approved provider")).toBeTruthy();
    expect(container.textContent).toContain("since 1 April 2025");
    await expectNoAxeViolations(container);
  });

  it.each([
    [{ status: "APPLIED" as const, approvedAt: null }, "Has applied"],
    [{ status: "SUSPENDED" as const, approvedAt: null }, "at the moment"],
    [null, "Not on Northshire County Council's list"],
  ])("never says approved otherwise (%o)", (standing, words) => {
    const { container } = render(
      <ProviderStanding councilName="Northshire County Council" standing={standing} />,
    );
    expect(screen.queryByText("Approved provider")).toBeNull();
    expect(screen.getByText("Not an approved provider")).toBeTruthy();
    expect(container.textContent).toContain(words);
  });
});

describe("a listing's facts", () => {
  it("names cost, accessibility and the review date in words", async () => {
    const { container } = render(
      <div>
        <CostTag isFree />
        <CostTag isFree={false} />
        <AccessibilityList features={["HOIST", "BSL"]} />
        <p>
          <LastReviewed lastReviewedAt={null} createdAt={new Date("2026-06-30T23:30:00Z")} />
        </p>
      </div>,
    );
    expect(screen.getByText("Free")).toBeTruthy();
    expect(screen.getByText("Costs money")).toBeTruthy();
    expect(screen.getAllByRole("listitem").map((li) => li.textContent)).toEqual([
      "Hoist available",
      "Staff who use British Sign Language",
    ]);
    // A moment, shown in London time: 23:30 UTC on 30 June is 1 July there (BST).
    expect(container.textContent).toContain("Last reviewed 1 July 2026 (when it was listed)");
    await expectNoAxeViolations(container);
  });

  it("says so when no accessibility features are listed", () => {
    render(<AccessibilityList features={[]} />);
    expect(screen.getByText("The provider has not listed any accessibility features.")).toBeTruthy();
  });
});
