import path from "node:path";
import { it, vi } from "vitest";
import { z } from "zod";
import { ACTIONS } from "@/lib/auth/access-matrix";
vi.mock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {} }));
function keys(s: unknown): string[] {
  const x = s as { shape?: Record<string, unknown>; def?: { type?: string; in?: unknown; out?: unknown; innerType?: unknown; schema?: unknown; options?: unknown[]; left?: unknown; right?: unknown } };
  if (x?.shape) return Object.keys(x.shape);
  const d = x?.def;
  if (!d) return [];
  if (d.in) return keys(d.in);
  if (d.innerType) return keys(d.innerType);
  if (d.schema) return keys(d.schema);
  if (d.options) return d.options.flatMap(keys);
  if (d.left) return [...keys(d.left), ...keys(d.right)];
  return ["?" + d.type];
}
it("lists", async () => {
  const out: string[] = [];
  for (const key of Object.keys(ACTIONS)) {
    const [file, name] = key.split("#");
    const mod = (await import(path.resolve(import.meta.dirname, "../../app", file))) as Record<string, { schema?: z.ZodType }>;
    const a = mod[name];
    out.push(`${key}\t${a.schema ? keys(a.schema).join(",") : "NO-SCHEMA"}`);
  }
  console.log(out.join("\n"));
});
