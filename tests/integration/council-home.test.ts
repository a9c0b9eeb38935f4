import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { getCouncilHome } from "@/lib/data/public/council-home";
import { makeActor, makeCouncil } from "./factories";

describe("a council's public home page", () => {
  it("counts only what the linked public pages show, for that council alone", async () => {
    const council = await makeCouncil();
    const other = await makeCouncil();
    const author = await makeActor(council.id, "COMMISSIONER");
    const otherAuthor = await makeActor(other.id, "COMMISSIONER");
    const action = (councilId: string, createdById: string, publishedAt: Date | null) =>
      prisma.youSaidWeDid.create({
        data: { councilId, createdById, youSaid: "More Saturday clubs", weDid: "Two new clubs", publishedAt },
      });
    await action(council.id, author.userId, new Date());
    await action(council.id, author.userId, null); // a draft is not public
    await action(other.id, otherAuthor.userId, new Date());

    expect(await getCouncilHome(council.slug)).toEqual({
      name: council.name,
      slug: council.slug,
      openTenders: 0,
      youSaidWeDid: 1,
      listings: 0,
    });
    expect(await getCouncilHome("no-such-council")).toBeNull();
  });
});
