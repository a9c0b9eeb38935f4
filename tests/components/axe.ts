import axe from "axe-core";
import { expect } from "vitest";

/**
 * axe's violations in the rendered markup, with the end-to-end tour's rules (WCAG 2.2 A and AA,
 * best practice), as `rule: help (nodes)`. jsdom has no layout, so contrast is left to the browser
 * tour; and a part shown on its own is not inside the page's landmarks, so "region" is off too.
 */
export async function axeViolations(container: Element): Promise<string[]> {
  const results = await axe.run(container, {
    runOnly: {
      type: "tag",
      values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"],
    },
    rules: { "color-contrast": { enabled: false }, region: { enabled: false } },
    resultTypes: ["violations"],
  });
  return results.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`,
  );
}

export async function expectNoAxeViolations(container: Element) {
  expect(await axeViolations(container)).toEqual([]);
}
