import fs from "node:fs";
import path from "node:path";
import { test as setup, expect } from "@playwright/test";
import { prisma } from "@/lib/db";
import { ROLE_WORDS, emailFor, stateFor } from "./support";
import { mintSession } from "./sessions";

// One signed-in browser state per demo user, minted (no sign-in form; see ./sessions.ts).
setup("mint the demo users' sessions", async ({ playwright, baseURL }) => {
  const users = ["northshire", "eastbrook"].flatMap((council) =>
    ROLE_WORDS.map((role) => ({ role, council, file: stateFor(role, council) })),
  );
  for (const { role, council, file } of users) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, JSON.stringify(await mintSession(emailFor(role, council), council)));
  }
  await prisma.$disconnect();
  // Each state opens its role's home page, as the server sees it.
  await Promise.all(
    users.map(async ({ role, file }) => {
      const request = await playwright.request.newContext({ baseURL, storageState: file });
      const response = await request.get(`/${role}`);
      expect(response.status(), file).toBe(200);
      expect(new URL(response.url()).pathname, file).toBe(`/${role}`);
      await request.dispose();
    }),
  );
});
