import path from "node:path";
import { it, vi } from "vitest";
import { z } from "zod";
vi.mock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {} }));
const KEYS = process.env.IDSWAP_KEYS!.split(",");
it("dumps", async () => {
  const { ACTIONS } = await import("@/lib/auth/access-matrix");
  for (const k of Object.keys(ACTIONS).filter((k) => KEYS.includes(k.split("#")[1]))) {
    const [file, name] = k.split("#");
    const mod = (await import(path.resolve(import.meta.dirname, "../../app", file))) as Record<string, { schema?: z.ZodType }>;
    try {
      console.log("SCHEMA", name, JSON.stringify(z.toJSONSchema(mod[name].schema!, { io: "input", unrepresentable: "any" })));
    } catch (e) {
      console.log("SCHEMA", name, "ERR", String(e));
    }
  }
});
