import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import {
  getConsentWording,
  publishConsentDraft,
  saveConsentDraft,
} from "@/lib/data/register/consent-wording";
import { agreeToLatestConsent, childrenAwaitingConsent } from "@/lib/data/register/agree-to-consent";
import { listRegister } from "@/lib/data/register/list-register";
import { consentDraftSchema } from "@/lib/schemas/consent-wording";
import { makeActor, makeChild, makeCouncil } from "./factories";

/** A council with version 1 of the wording and a family whose child agreed to it. */
async function councilWithConsentingFamily() {
  const council = await makeCouncil();
  const admin = await makeActor(council.id, "ADMIN");
  const family = await makeActor(council.id, "FAMILY");
  const v1 = await prisma.consentStatement.create({
    data: { councilId: council.id, version: 1, text: "Version one." },
  });
  const child = await makeChild(council.id, { familyId: family.familyId!, firstName: "Ria" });
  await prisma.consent.create({
    data: { councilId: council.id, childId: child.id, statementId: v1.id, agreedByUserId: family.userId },
  });
  return { council, admin, family, child };
}

describe("consent wording versions", () => {
  it("a published version asks the family to agree again; their record stays until they do", async () => {
    const { council, admin, family, child } = await councilWithConsentingFamily();
    const commissioner = await makeActor(council.id, "COMMISSIONER");
    expect((await childrenAwaitingConsent(family)).children).toEqual([]);

    await saveConsentDraft(admin, "Version two: we now also share counts with the NHS.");
    // A draft changes nothing for families.
    expect((await childrenAwaitingConsent(family)).children).toEqual([]);
    const published = await publishConsentDraft(admin);
    expect(published.version).toBe(2);
    expect(await prisma.consentDraft.count({ where: { councilId: council.id } })).toBe(0);

    const waiting = await childrenAwaitingConsent(family);
    expect(waiting.latest?.version).toBe(2);
    expect(waiting.children.map((c) => c.firstName)).toEqual(["Ria"]);
    expect((await getConsentWording(admin)).awaiting).toBe(1);
    // Still on the register, under version 1.
    const before = await listRegister(commissioner, {}, 1);
    expect(before.items.map((c) => [c.id, c.status, c.consents[0]?.statement.version])).toEqual([
      [child.id, "ACTIVE", 1],
    ]);

    // Agreeing to words they did not see is refused.
    await expect(agreeToLatestConsent(family, 1)).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await agreeToLatestConsent(family, 2)).toEqual({ agreed: 1 });
    expect((await childrenAwaitingConsent(family)).children).toEqual([]);
    expect((await listRegister(commissioner, {}, 1)).items[0].consents[0].statement.version).toBe(2);
    // The older consent stays as the history; agreeing again adds nothing.
    expect(await prisma.consent.count({ where: { childId: child.id } })).toBe(2);
    expect(await agreeToLatestConsent(family, 2)).toEqual({ agreed: 0 });
    expect((await getConsentWording(admin)).awaiting).toBe(0);
    const actions = await prisma.auditEvent.findMany({
      where: { councilId: council.id },
      select: { action: true },
    });
    expect(actions.map((a) => a.action).sort()).toEqual([
      "consent-statement:draft",
      "consent-statement:publish",
      "consent:agree",
    ]);
  });

  it("a child who never consented (known to a social worker, not on the register) is not asked", async () => {
    const { council, admin } = await councilWithConsentingFamily();
    const neverConsented = await makeActor(council.id, "FAMILY");
    await makeChild(council.id, { familyId: neverConsented.familyId!, firstName: "Noor" });
    await saveConsentDraft(admin, "Version two.");
    await publishConsentDraft(admin);
    expect((await childrenAwaitingConsent(neverConsented)).children).toEqual([]);
    expect((await getConsentWording(admin)).awaiting).toBe(1);
  });

  it("refuses empty wording and publishing with no draft, changing nothing", async () => {
    const { council, admin } = await councilWithConsentingFamily();
    expect(consentDraftSchema.safeParse({ text: "   " }).error?.issues[0].message).toBe(
      "Enter the consent wording",
    );
    await expect(saveConsentDraft(admin, "  \n ")).rejects.toMatchObject({
      code: "INVALID",
      fieldErrors: { text: "Enter the consent wording" },
    });
    await expect(publishConsentDraft(admin)).rejects.toMatchObject({ code: "CONFLICT" });
    await saveConsentDraft(admin, "Version one.");
    await expect(publishConsentDraft(admin)).rejects.toMatchObject({ code: "INVALID" });
    expect(await prisma.consentStatement.count({ where: { councilId: council.id } })).toBe(1);
  });

  it("another council's wording, draft and families are untouched", async () => {
    const a = await councilWithConsentingFamily();
    const b = await councilWithConsentingFamily();
    await saveConsentDraft(a.admin, "A's new wording.");
    await publishConsentDraft(a.admin);
    expect((await childrenAwaitingConsent(b.family)).children).toEqual([]);
    expect((await getConsentWording(b.admin)).versions.map((v) => v.text)).toEqual(["Version one."]);
    // B's family agreeing touches only B's children.
    await expect(agreeToLatestConsent(b.family, 2)).rejects.toMatchObject({ code: "CONFLICT" });
    expect((await childrenAwaitingConsent(a.family)).children).toHaveLength(1);
  });
});
