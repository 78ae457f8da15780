// No module that runs in the browser reaches server code: from every "use client" module, follow the imports
// that survive compilation (type-only ones are erased) and fail on the first one that is the database client,
// a read (lib/queries), a write (lib/services), the production server (server/) or marked "server-only". A
// "use server" module is where the walk stops: the client gets a reference to the action, not its code.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const ROOT = resolve(import.meta.dirname, "../..");
const SOURCE_DIRS = ["app", "components", "lib"];
const SERVER_PATHS = [/^lib\/db\.ts$/, /^lib\/prisma-client\.ts$/, /^lib\/services\//, /^lib\/queries\//, /^server\//];

function sourceFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir)).flatMap((name) => {
    const path = join(dir, name);
    if (name === "generated" || name === "node_modules") return [];
    if (statSync(join(ROOT, path)).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) && !name.endsWith(".d.ts") ? [path] : [];
  });
}

interface Module {
  directive: "use client" | "use server" | null;
  /** The specifiers of imports and re-exports that remain in the compiled JavaScript. */
  imports: string[];
}

const modules = new Map<string, Module>();

/** A module's directive and its value imports, read with TypeScript's parser. */
export function readModule(path: string, text = readFileSync(join(ROOT, path), "utf8")): Module {
  const file = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, false, path.endsWith("x") ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const first = file.statements[0];
  const directive = first && ts.isExpressionStatement(first) && ts.isStringLiteral(first.expression) ? first.expression.text : null;
  const imports: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      const clause = node.importClause;
      const named = clause?.namedBindings && ts.isNamedImports(clause.namedBindings) ? clause.namedBindings.elements : null;
      const typeOnly = clause && (clause.isTypeOnly || (!clause.name && named !== null && named.length > 0 && named.every((e) => e.isTypeOnly)));
      if (!typeOnly) imports.push(node.moduleSpecifier.text);
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      if (!node.isTypeOnly) imports.push(node.moduleSpecifier.text);
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword && node.arguments[0] && ts.isStringLiteral(node.arguments[0])) {
      imports.push(node.arguments[0].text);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return { directive: directive === "use client" || directive === "use server" ? directive : null, imports };
}

function moduleAt(path: string): Module {
  let m = modules.get(path);
  if (!m) modules.set(path, (m = readModule(path)));
  return m;
}

/** The repository file an import names, or null for a package. */
function resolveImport(from: string, spec: string): string | null {
  const base = spec.startsWith("@/") ? spec.slice(2) : spec.startsWith(".") ? relative(ROOT, resolve(ROOT, dirname(from), spec)) : null;
  if (base === null) return null;
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, `${base}/index.ts`, `${base}/index.tsx`]) {
    if (existsSync(join(ROOT, candidate)) && statSync(join(ROOT, candidate)).isFile()) return candidate;
  }
  throw new Error(`${from}: cannot resolve "${spec}"`);
}

/** The first chain of imports from `start` to server code, or null. */
function serverChain(start: string): string[] | null {
  const seen = new Set<string>();
  const walk = (path: string, chain: string[]): string[] | null => {
    if (seen.has(path)) return null;
    seen.add(path);
    const m = moduleAt(path);
    if (chain.length > 0 && m.directive === "use server") return null;
    if (chain.length > 0 && (SERVER_PATHS.some((p) => p.test(path)) || m.imports.includes("server-only"))) return [...chain, path];
    for (const spec of m.imports) {
      const next = resolveImport(path, spec);
      const found = next && walk(next, [...chain, path]);
      if (found) return found;
    }
    return null;
  };
  return walk(start, []);
}

describe("client modules", () => {
  const clients = SOURCE_DIRS.flatMap(sourceFiles).filter((f) => moduleAt(f).directive === "use client");

  it("are found (the walk has something to check)", () => {
    expect(clients.length).toBeGreaterThan(20);
  });

  it("never import server code, directly or through another module", () => {
    const chains = clients.map(serverChain).filter((c): c is string[] => c !== null).map((c) => c.join(" → "));
    expect(chains).toEqual([]);
  });

  it("the check sees a value import and ignores type-only ones and server actions", () => {
    const seen = (text: string) => readModule("x.tsx", text).imports;
    expect(seen('"use client";\nimport { db } from "@/lib/db";')).toEqual(["@/lib/db"]);
    expect(seen('import { a, type B } from "@/lib/queries/x";')).toEqual(["@/lib/queries/x"]);
    expect(seen('import type { A } from "@/lib/queries/x";\nimport { type B } from "@/lib/services/y";')).toEqual([]);
    expect(seen('export type { A } from "@/lib/queries/x";\nexport { b } from "@/server/z";')).toEqual(["@/server/z"]);
    expect(seen('const m = await import("@/lib/services/y");')).toEqual(["@/lib/services/y"]);
    expect(readModule("a.ts", '"use server";\nimport { x } from "@/lib/services/y";').directive).toBe("use server");
  });

  it("the walk follows imports to server code (from a server component that reads the database)", () => {
    expect(serverChain("components/dashboard/province-chooser.tsx")?.at(-1)).toMatch(/^lib\/(db\.ts|queries\/)/);
  });
});
