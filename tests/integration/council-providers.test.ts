import { randomUUID } from "node:crypto";
import { describe, expect, it, vi } from "vitest";
import { prisma } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import {
  addOrganisation,
  changeProviderStatus,
  findOtherOrganisations,
  getCouncilProvider,
  linkOrganisation,
  listCouncilProviders,
} from "@/lib/data/organisations/council-providers";
import { makeActor, makeCouncil } from "./factories";

let current: Actor | null = null;
vi.mock("@/lib/auth/session", () => ({ getActor: async () => current }));
vi.mock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {} }));

function formData(fields: Record<string, string | string[]>) {
  const fd = new FormData();
  for (const [k, v] of Object.entries(fields)) for (const x of [v].flat()) fd.append(k, x);
  return fd;
}

const charity = () => String(1_000_000 + Math.floor(Math.random() * 8_999_999));
const organisation = (extra: Partial<Parameters<typeof addOrganisation>[1]> = {}) => ({
  name: `Play Ltd ${randomUUID().slice(0, 6)}`,
  charityNumber: charity(),
  companyNumber: undefined,
  isVcs: true,
  isSme: false,
  address: undefined,
  postcode: undefined,
  email: undefined,
  phone: undefined,
  website: undefined,
  status: "APPROVED" as const,
  submissionKey: randomUUID(),
  ...extra,
});

describe("the council's list of providers", () => {
  it("adds an organisation once, finds it from another council, and keeps each council's own status", async () => {
    const [a, b] = [await makeCouncil(), await makeCouncil()];
    const [adminA, commissionerB] = [await makeActor(a.id, "ADMIN"), await makeActor(b.id, "COMMISSIONER")];
    const input = organisation();
    const { id } = await addOrganisation(adminA, input);
    expect((await addOrganisation(adminA, input)).id).toBe(id);
    await expect(
      addOrganisation(adminA, organisation({ charityNumber: input.charityNumber })),
    ).rejects.toThrow(/already has that charity or company number/);

    const found = await findOtherOrganisations(commissionerB, input.charityNumber!);
    expect(found.map((o) => o.name)).toEqual([input.name]);
    const linked = await linkOrganisation(commissionerB, found[0].id, "APPLIED");
    await expect(linkOrganisation(commissionerB, found[0].id, "APPLIED")).rejects.toThrow(
      /already on your list/,
    );
    expect(await findOtherOrganisations(commissionerB, input.charityNumber!)).toEqual([]);

    await changeProviderStatus(adminA, {
      id: id!,
      status: "SUSPENDED",
      reason: "Inspection found safeguarding gaps",
    });
    expect((await getCouncilProvider(adminA, id!)).status).toBe("SUSPENDED");
    expect((await getCouncilProvider(commissionerB, linked.id)).status).toBe("APPLIED");
    const history = (await getCouncilProvider(adminA, id!)).history.map((h) => h.summary);
    expect(history[0]).toMatch(/approved → suspended \(Inspection found safeguarding gaps\)/);
  });

  it("refuses a change the status does not allow, and another council's provider is not found and unchanged", async () => {
    const [a, b] = [await makeCouncil(), await makeCouncil()];
    const admin = await makeActor(a.id, "ADMIN");
    const { id } = await addOrganisation(admin, organisation({ status: "APPLIED" }));
    await expect(changeProviderStatus(admin, { id: id!, status: "SUSPENDED", reason: "x" })).rejects.toThrow(
      /applied, so it cannot be made suspended/,
    );
    const outsider = await makeActor(b.id, "ADMIN");
    await expect(
      changeProviderStatus(outsider, { id: id!, status: "APPROVED", reason: undefined }),
    ).rejects.toThrow(/could not be found/);
    await expect(getCouncilProvider(outsider, id!)).rejects.toThrow(/could not be found/);
    expect((await listCouncilProviders(outsider, { page: 1 })).total).toBe(0);
    expect((await prisma.organisationCouncil.findUniqueOrThrow({ where: { id: id! } })).status).toBe(
      "APPLIED",
    );
  });

  it("the add action checks charity and company numbers, postcode and website, and adds nothing when wrong", async () => {
    const council = await makeCouncil();
    current = await makeActor(council.id, "COMMISSIONER");
    const { addOrganisationAction } = await import("@/app/actions/providers");
    const before = await prisma.organisation.count();
    const state = await addOrganisationAction(
      null,
      formData({
        name: "Bad Numbers Ltd",
        charityNumber: "12AB",
        companyNumber: "1234",
        postcode: "NOT A CODE",
        website: "example",
        flags: ["isVcs", "isBig"],
        status: "APPROVED",
        submissionKey: randomUUID(),
      }),
    );
    expect(state).toMatchObject({
      ok: false,
      fieldErrors: {
        charityNumber: expect.stringContaining("charity number"),
        companyNumber: expect.stringContaining("company number"),
        postcode: expect.stringContaining("postcode"),
        website: expect.stringContaining("https://"),
        flags: expect.any(String),
      },
    });
    expect(await prisma.organisation.count()).toBe(before);
  });
});
