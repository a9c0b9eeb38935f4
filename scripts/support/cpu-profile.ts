/**
 * Reads a V8 CPU profile (`node --cpu-prof`) and says where the time went: self time grouped by
 * what the code belongs to (Next.js, React rendering, Prisma, the pg driver, our own code, garbage
 * collection), and the functions with the most self time. Used by `npm run bench -- --profile`.
 */
import fs from "node:fs";

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
}

export interface ProfileSummary {
  categories: { category: string; ms: number; share: number }[];
  top: { fn: string; where: string; category: string; ms: number; share: number }[];
  markdown: string;
}

// First match wins: bundled chunks carry the package's path in their file names.
const CATEGORIES: [string, RegExp][] = [
  ["Prisma (client, query compiler)", /prisma|query_compiler|query-compiler|wasm/i],
  ["pg driver", /node_modules[/_]pg[/_-]|pg-protocol|pg-pool/],
  ["React rendering", /react-dom|react-server|react[/_]cjs|react-server-dom/],
  ["next-auth and JWT", /next-auth|jose|@panva|oauth/],
  ["Next.js", /next[/_]dist|node_modules[/_]next[/_]/],
  ["Node.js core", /^node:|^internal\//],
  ["Our code (app, lib, components)", /\.next\/server\/|\/app\/|\/lib\/|\/components\//],
];

function categoryOf(node: ProfileNode): string {
  const { url, functionName } = node.callFrame;
  if (functionName === "(garbage collector)") return "Garbage collection";
  if (functionName === "(idle)") return "Idle";
  if (functionName === "(program)") return "V8 and native (program)";
  if (!url) return "Native and built-ins";
  return CATEGORIES.find(([, re]) => re.test(url))?.[0] ?? "Other packages";
}

export function summariseCpuProfile(file: string, topN = 20): ProfileSummary {
  const profile = JSON.parse(fs.readFileSync(file, "utf8")) as CpuProfile;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const selfUs = new Map<number, number>();
  profile.samples.forEach((id, i) => selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));

  const categories = new Map<string, number>();
  const functions = new Map<string, { fn: string; where: string; category: string; us: number }>();
  for (const [id, us] of selfUs) {
    const node = byId.get(id);
    if (!node) continue;
    const category = categoryOf(node);
    categories.set(category, (categories.get(category) ?? 0) + us);
    if (category === "Idle") continue;
    const where = `${node.callFrame.url.split("/").slice(-2).join("/")}:${node.callFrame.lineNumber + 1}`;
    const key = `${node.callFrame.functionName}@${where}`;
    const f = functions.get(key) ?? {
      fn: node.callFrame.functionName || "(anonymous)",
      where,
      category,
      us: 0,
    };
    f.us += us;
    functions.set(key, f);
  }
  const busyUs = [...categories].filter(([c]) => c !== "Idle").reduce((n, [, us]) => n + us, 0) || 1;
  const cats = [...categories]
    .filter(([c]) => c !== "Idle")
    .map(([category, us]) => ({ category, ms: Math.round(us / 1000), share: us / busyUs }))
    .sort((a, b) => b.ms - a.ms);
  const top = [...functions.values()]
    .sort((a, b) => b.us - a.us)
    .slice(0, topN)
    .map((f) => ({
      fn: f.fn,
      where: f.where,
      category: f.category,
      ms: Math.round(f.us / 1000),
      share: f.us / busyUs,
    }));
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
  const markdown = [
    `Busy CPU time ${Math.round(busyUs / 1000)} ms (idle left out), by what the code belongs to:`,
    "",
    "| Part | ms | share |",
    "|---|---|---|",
    ...cats.map((c) => `| ${c.category} | ${c.ms} | ${pct(c.share)} |`),
    "",
    `The ${topN} functions with the most self time:`,
    "",
    "| Function | Where | Part | ms | share |",
    "|---|---|---|---|---|",
    ...top.map((f) => `| \`${f.fn}\` | ${f.where} | ${f.category} | ${f.ms} | ${pct(f.share)} |`),
  ].join("\n");
  return { categories: cats, top, markdown };
}
