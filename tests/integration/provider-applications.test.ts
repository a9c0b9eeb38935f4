import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { applyToCouncil, listOrganisationCouncils } from "@/lib/data/organisations/apply-to-council";
import { changeProviderStatus, listCouncilProviders } from "@/lib/data/organisations/council-providers";
import { approvedProviders } from "@/lib/data/budgets/get-budget";
import { makeActor, makeCouncil } from "./factories";

describe("a provider applies to another council", () => {
  it("applies; the council sees it as applied, approves it, and only then can choose it in plans", async () => {
    const home = await makeCouncil();
    const other = await makeCouncil();
    const provider = await makeActor(home.id, "PROVIDER");
    const admin = await makeActor(other.id, "ADMIN");
    const worker = await makeActor(other.id, "SOCIAL_WORKER");

    const before = await listOrganisationCouncils(provider);
    expect(before.find((c) => c.id === other.id)?.standing).toBeNull();
    expect(before.find((c) => c.id === home.id)?.standing?.status).toBe("APPROVED");

    const { id } = await applyToCouncil(provider, other.id);
    const listed = await listCouncilProviders(admin, { page: 1 });
    expect(listed.items.map((p) => [p.id, p.status])).toEqual([[id, "APPLIED"]]);
    expect(await approvedProviders(worker)).toEqual([]);
    const audit = await prisma.auditEvent.findFirstOrThrow({ where: { action: "provider:apply" } });
    expect(audit.councilId).toBe(other.id);

    await expect(applyToCouncil(provider, other.id)).rejects.toMatchObject({ code: "CONFLICT" });
    await changeProviderStatus(admin, { id, status: "APPROVED", reason: undefined });
    expect((await approvedProviders(worker)).map((o) => o.id)).toEqual([provider.organisationId]);
  });

  it("a refused provider sees the reason and may apply again; an unknown council is not found", async () => {
    const home = await makeCouncil();
    const other = await makeCouncil();
    const provider = await makeActor(home.id, "PROVIDER");
    const commissioner = await makeActor(other.id, "COMMISSIONER");
    const { id } = await applyToCouncil(provider, other.id);
    await changeProviderStatus(commissioner, { id, status: "REMOVED", reason: "No insurance certificate" });
    const refused = (await listOrganisationCouncils(provider)).find((c) => c.id === other.id);
    expect(refused?.standing).toMatchObject({ status: "REMOVED", statusReason: "No insurance certificate" });

    await applyToCouncil(provider, other.id);
    expect(await prisma.organisationCouncil.findUniqueOrThrow({ where: { id } })).toMatchObject({
      status: "APPLIED",
      statusReason: null,
    });
    await expect(applyToCouncil(provider, "no-such-council")).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
