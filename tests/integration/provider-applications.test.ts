import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { applyToCouncil, listOrganisationCouncils } from "@/lib/data/organisations/apply-to-council";
import { changeProviderStatus, listCouncilProviders } from "@/lib/data/organisations/council-providers";
import { approvedProviders } from "@/lib/data/budgets/get-budget";
import { saveEmailPreferences } from "@/lib/data/users/email-preferences";
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

  it("tells the council's administrators and commissioners only, linking to where they decide, and e-mails those who want it", async () => {
    const home = await makeCouncil();
    const other = await makeCouncil();
    const provider = await makeActor(home.id, "PROVIDER");
    const admin = await makeActor(other.id, "ADMIN");
    const commissioner = await makeActor(other.id, "COMMISSIONER");
    const optedOut = await makeActor(other.id, "COMMISSIONER");
    await saveEmailPreferences(optedOut, []);
    const disabled = await makeActor(other.id, "ADMIN");
    await prisma.membership.update({
      where: { id: disabled.membershipId },
      data: { disabledAt: new Date() },
    });
    const worker = await makeActor(other.id, "SOCIAL_WORKER");
    const homeAdmin = await makeActor(home.id, "ADMIN");
    const organisation = await prisma.organisation.findUniqueOrThrow({
      where: { id: provider.organisationId! },
    });

    const { id } = await applyToCouncil(provider, other.id);

    const notices = await prisma.notification.findMany({
      // This application's notices, wherever they went (earlier tests here made others).
      where: { title: "Provider application to decide", href: { endsWith: id } },
      select: { councilId: true, membershipId: true, href: true, body: true },
    });
    expect(new Map(notices.map((n) => [n.membershipId, n.href]))).toEqual(
      new Map([
        [admin.membershipId, `/admin/providers/${id}`],
        [commissioner.membershipId, `/commissioner/providers/${id}`],
        [optedOut.membershipId, `/commissioner/providers/${id}`],
      ]),
    );
    expect(notices.every((n) => n.councilId === other.id)).toBe(true);
    expect(notices[0].body).toContain(organisation.name);
    // Nobody else: the other council's people, the home council's administrator, a disabled membership.
    for (const someone of [worker, homeAdmin, disabled, provider])
      expect(await prisma.notification.count({ where: { membershipId: someone.membershipId } })).toBe(0);

    const mail = await prisma.outboxMessage.findMany({
      where: { template: "provider-application", subject: { contains: organisation.name } },
      select: { to: true, councilId: true },
    });
    expect(mail.map((m) => m.to).sort()).toEqual([admin.email, commissioner.email].sort());
    expect(mail.every((m) => m.councilId === other.id)).toBe(true);
  });
});
