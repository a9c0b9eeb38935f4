import fs from "node:fs";
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { ACTIONS, PAGES, ROUTE_HANDLERS } from "@/lib/auth/access-matrix";
import { PERMISSIONS } from "@/lib/auth/permissions";

const APP = path.resolve(import.meta.dirname, "../../app");

function walk(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? walk(p) : [p];
  });
}
const files = walk(APP).map((f) => path.relative(APP, f).split(path.sep).join("/"));

/** `(portal)/admin/users/[id]/page.tsx` → `/admin/users/[id]` (route groups dropped). */
function routeOf(file: string): string {
  const segments = file
    .split("/")
    .slice(0, -1)
    .filter((s) => !/^\(.*\)$/.test(s));
  return "/" + segments.join("/");
}

interface ExportedFunction {
  name: string;
  body: string;
}

/** Exported functions of a module (declarations and `export const x = async () => …`). */
function exportedFunctions(source: string): ExportedFunction[] {
  const sf = ts.createSourceFile("x.ts", source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const out: ExportedFunction[] = [];
  const exported = (n: ts.Node) =>
    ts.canHaveModifiers(n) && (ts.getModifiers(n) ?? []).some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
  sf.forEachChild((node) => {
    if (ts.isFunctionDeclaration(node) && exported(node) && node.name) {
      out.push({ name: node.name.text, body: node.body?.getText(sf) ?? "" });
    } else if (ts.isVariableStatement(node) && exported(node)) {
      for (const d of node.declarationList.declarations) {
        out.push({ name: d.name.getText(sf), body: d.initializer?.getText(sf) ?? "" });
      }
    } else if (ts.isExportDeclaration(node) || ts.isExportAssignment(node)) {
      out.push({ name: "(re-export)", body: node.getText(sf) });
    }
  });
  return out;
}

const isServerActionFile = (src: string) => /^\s*(["'])use server\1/.test(src);

describe("pages", () => {
  const pageFiles = files.filter((f) => /(^|\/)page\.tsx$/.test(f));

  it("every page is in the access matrix, and every matrix page exists", () => {
    const routes = pageFiles.map(routeOf).sort();
    expect(routes).toEqual(Object.keys(PAGES).sort());
  });

  it.each(pageFiles)("%s asks for the permission (and role) the matrix lists", (file) => {
    const rule = PAGES[routeOf(file)];
    const src = fs.readFileSync(path.join(APP, file), "utf8");
    if (rule.permission === null) {
      expect(src).not.toMatch(/requirePageActor\(/);
      return;
    }
    // Options may also say the page is open before a required second factor is set up, or (family
    // pages) before new consent wording is agreed (`consentCheck: false`).
    const call = src.match(
      /requirePageActor\(\s*"([^"]+)"(?:\s*,\s*\{\s*(?:role:\s*"([A-Z_]+)"\s*,?\s*)?(?:beforeSecondFactor:\s*true\s*,?\s*)?(?:consentCheck:\s*false\s*,?\s*)?\})?\s*\)/,
    );
    expect(call, `${file} must call requirePageActor`).not.toBeNull();
    expect(call![1]).toBe(rule.permission);
    expect(call![2]).toBe(rule.role);
  });
});

describe("server actions", () => {
  const actionFiles = files.filter(
    (f) => /\.tsx?$/.test(f) && isServerActionFile(fs.readFileSync(path.join(APP, f), "utf8")),
  );
  const found = actionFiles.flatMap((file) =>
    exportedFunctions(fs.readFileSync(path.join(APP, file), "utf8")).map((fn) => ({
      key: `${file}#${fn.name}`,
      ...fn,
    })),
  );

  it("there are server actions to check", () => {
    expect(found.length).toBeGreaterThan(5);
  });

  it("every exported server action is in the access matrix, and every matrix action exists", () => {
    expect(found.map((f) => f.key).sort()).toEqual(Object.keys(ACTIONS).sort());
  });

  it.each(found.map((f) => [f.key, f] as const))("%s checks its permission first", (_k, fn) => {
    const permission = ACTIONS[fn.key];
    // defineFormAction checks the permission before it reads the form (lib/actions/define-form-action.ts).
    const defined = fn.body.match(/^defineFormAction\(\{\s*permission:\s*"([^"]+)"/);
    if (defined) {
      expect(defined[1]).toBe(permission);
      return;
    }
    // The few that do not fit (docs/decisions/0020) call requireActor before anything else.
    const first = fn.body.match(/requireActor\(\s*"([^"]+)"\s*\)/);
    expect(first, `${fn.key} must be a defineFormAction or call requireActor`).not.toBeNull();
    expect(first![1]).toBe(permission);
    // The check comes before any data function, schema parsing or write.
    const upTo = fn.body.indexOf("requireActor(") + "requireActor(".length;
    const before = fn.body.slice(0, upTo);
    expect(before).not.toMatch(/prisma\.|parseForm\(|await (?!requireActor\()/);
  });

  it("no action reads the session itself or asserts the actor is there", () => {
    for (const file of actionFiles) {
      const src = fs.readFileSync(path.join(APP, file), "utf8");
      expect(src, file).not.toMatch(/\bgetActor\(|requirePermission\(|\bactor!/);
    }
  });
});

describe("route handlers", () => {
  const routeFiles = files.filter((f) => /(^|\/)route\.ts$/.test(f));
  it("every route handler is listed", () => {
    expect(routeFiles.sort()).toEqual(Object.keys(ROUTE_HANDLERS).sort());
  });
  it.each(routeFiles)("%s is a defineRoute with its permission", (file) => {
    const expected = ROUTE_HANDLERS[file];
    if (expected === "next-auth") return;
    const src = fs.readFileSync(path.join(APP, file), "utf8");
    const handlers = exportedFunctions(src).filter((f) =>
      /^(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)$/.test(f.name),
    );
    expect(handlers.length).toBeGreaterThan(0);
    for (const fn of handlers) {
      expect(fn.body).toMatch(new RegExp(`^defineRoute\\(\\s*"${expected}"`));
    }
  });
});

describe("permissions table", () => {
  it("names follow action:entity:scope", () => {
    for (const p of Object.keys(PERMISSIONS))
      expect(p).toMatch(/^[a-z]+:[a-z-]+:(own|council|assigned|token|public|attached|platform)$/);
  });
  it("every permission used in the matrix exists", () => {
    for (const p of [...Object.values(ACTIONS), ...Object.values(PAGES).map((r) => r.permission)]) {
      if (p) expect(Object.keys(PERMISSIONS)).toContain(p);
    }
  });
});

/**
 * Discovery leaves nothing out (issue 19, item 1): what Next.js would serve or call is found from
 * the file tree whatever its form, so the tables above cannot miss it.
 */
describe("discovery", () => {
  const ROOT = path.resolve(APP, "..");
  const sourceUnder = (dir: string) =>
    fs.existsSync(path.join(ROOT, dir))
      ? walk(path.join(ROOT, dir))
          .filter((f) => /\.(tsx?|jsx?|mjs)$/.test(f))
          .map((f) => path.relative(ROOT, f).split(path.sep).join("/"))
      : [];

  it("pages and route handlers are .tsx and .ts files only (the forms the tables are built from)", () => {
    const other = files.filter(
      (f) =>
        /(^|\/)(page|route)\.[a-z]+$/.test(f) && !/(^|\/)page\.tsx$/.test(f) && !/(^|\/)route\.ts$/.test(f),
    );
    expect(other).toEqual([]);
  });

  it("every 'use server' file is found, even after a leading comment, and none lives outside app/", () => {
    const directive = /^(?:\s|\/\/[^\n]*\n|\/\*[\s\S]*?\*\/)*(["'])use server\1/;
    const appActions = files.filter(
      (f) => /\.tsx?$/.test(f) && directive.test(fs.readFileSync(path.join(APP, f), "utf8")),
    );
    const found = appActions.filter((f) => isServerActionFile(fs.readFileSync(path.join(APP, f), "utf8")));
    expect(appActions.filter((f) => !found.includes(f))).toEqual([]);
    const elsewhere = [...sourceUnder("lib"), ...sourceUnder("components")].filter((f) =>
      /(["'])use server\1/.test(fs.readFileSync(path.join(ROOT, f), "utf8")),
    );
    expect(elsewhere).toEqual([]);
  });

  it("no server action is declared inline (a 'use server' inside a function), where the walk cannot see it", () => {
    const inline = files.filter((f) => {
      if (!/\.[jt]sx?$/.test(f)) return false;
      const src = fs.readFileSync(path.join(APP, f), "utf8");
      const body = src.replace(/^(?:\s|\/\/[^\n]*\n|\/\*[\s\S]*?\*\/)*(["'])use server\1;?/, "");
      return /(["'])use server\1/.test(body);
    });
    expect(inline).toEqual([]);
  });

  it("a route handler exports only HTTP methods written as defineRoute and Next's route settings", () => {
    const SETTINGS = /^(dynamic|revalidate|runtime|fetchCache|preferredRegion|maxDuration|dynamicParams)$/;
    for (const file of files.filter((f) => /(^|\/)route\.ts$/.test(f))) {
      if (ROUTE_HANDLERS[file] === "next-auth") continue;
      const exports = exportedFunctions(fs.readFileSync(path.join(APP, file), "utf8"));
      // A re-export (`export { x as POST }`, `export * from`) would hide a method from the check above.
      expect(
        exports.filter(
          (e) => !/^(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)$/.test(e.name) && !SETTINGS.test(e.name),
        ),
        file,
      ).toEqual([]);
    }
  });

  it("the next-auth route exports only next-auth's handler", () => {
    const [file] = Object.entries(ROUTE_HANDLERS).find(([, p]) => p === "next-auth")!;
    const src = fs.readFileSync(path.join(APP, file), "utf8");
    expect(exportedFunctions(src).map((e) => e.body)).toEqual([
      "export { handler as GET, handler as POST };",
    ]);
  });
});
