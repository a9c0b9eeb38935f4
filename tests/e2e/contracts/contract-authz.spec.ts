import { test, expect, stateFor } from "../support";
import { demoContractId, demoReturnPeriodId, query } from "../db";

/** A Northshire contract of another organisation than the demo provider's, with one of its periods. */
async function otherOrganisationsContract(): Promise<{ contractId: string; periodId: string }> {
  const rows = await query<{ contractId: string; periodId: string }>(
    `select k.id as "contractId", p.id as "periodId" from "Contract" k
     join "Council" c on c.id = k."councilId" join "ReturnPeriod" p on p."contractId" = k.id
     where c.slug = 'northshire' and k."organisationId" <> (
       select m."organisationId" from "Membership" m join "User" u on u.id = m."userId"
       where u.email = 'provider@northshire.example' limit 1)
     order by k.reference, p."startDate" limit 1`,
  );
  if (!rows[0]) throw new Error("no contract of another organisation in the e2e database");
  return rows[0];
}

test.describe("a provider", () => {
  test.use({ storageState: stateFor("provider") });
  test("gets 404 for another organisation's contract, returns and meetings", async ({ page }) => {
    const other = await otherOrganisationsContract();
    for (const path of [
      `/provider/contracts/${other.contractId}`,
      `/provider/contracts/${other.contractId}/returns/${other.periodId}`,
    ]) {
      const response = await page.request.get(path);
      expect(response.status(), path).toBe(404);
    }
    const list = await page.request.get("/provider/meeting-actions?view=open");
    expect(await list.text()).not.toContain(`/provider/contracts/${other.contractId}`);
  });
});

test.describe("another council", () => {
  test("sees none of Northshire's contracts or returns", async ({ browser }) => {
    const contractId = await demoContractId();
    const periodId = await demoReturnPeriodId();
    for (const [role, paths] of [
      [
        "commissioner",
        [
          `/commissioner/contracts/${contractId}`,
          `/commissioner/contracts/${contractId}/returns/${periodId}`,
        ],
      ],
      [
        "provider",
        [`/provider/contracts/${contractId}`, `/provider/contracts/${contractId}/returns/${periodId}`],
      ],
    ] as const) {
      const context = await browser.newContext({ storageState: stateFor(role, "eastbrook") });
      for (const path of paths) {
        const response = await context.request.get(path);
        expect(response.status(), `${role} of Eastbrook: ${path}`).toBe(404);
      }
      const list = await context.request.get(
        role === "commissioner" ? "/commissioner/contracts" : "/provider/contracts",
      );
      expect(await list.text()).not.toContain(contractId);
      await context.close();
    }
  });
});
