// The README's Layout section and the tree agree: every path it names exists, and every folder at the top, in
// lib/ and in components/ is named (folders git ignores aside), so a newcomer can trust it (decision 0030).
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = resolve(import.meta.dirname, "../..");

/** The paths the Layout section's block names: the first word of each line that does not start with a space. */
export function layoutPaths(readme: string): string[] {
  const section = readme.split(/^## Layout$/m)[1]?.split(/^## /m)[0] ?? "";
  const block = section.split("```")[1] ?? "";
  return block.split("\n").filter((line) => /^\S/.test(line)).map((line) => line.split(/\s+/)[0]);
}

/** Folders git ignores (.gitignore's plain entries), which a fresh clone does not have or need named. */
function ignored(): (path: string) => boolean {
  const rules = readFileSync(join(ROOT, ".gitignore"), "utf8").split("\n").map((l) => l.trim()).filter((l) => l && !l.startsWith("#"));
  const patterns = rules.map((r) => new RegExp(`^${r.replace(/^\//, "").replace(/\/$/, "").replace(/[.]/g, "\\.").replace(/\*/g, ".*")}$`));
  return (path) => patterns.some((p) => p.test(path) || p.test(path.split("/").pop()!));
}

function folders(dir: string): string[] {
  const isIgnored = ignored();
  return readdirSync(join(ROOT, dir))
    .map((name) => (dir ? `${dir}/${name}` : name))
    .filter((path) => statSync(join(ROOT, path)).isDirectory() && !isIgnored(path))
    .filter((path) => !/(^|\/)\.(?!ci$)/.test(path)); // dot-folders (.git, editors' settings), except .ci
}

describe("the README's layout", () => {
  const named = layoutPaths(readFileSync(join(ROOT, "README.md"), "utf8"));

  it("is read from the section (the parser finds its lines)", () => {
    expect(named.length).toBeGreaterThan(10);
    expect(layoutPaths("## Layout\n```\napp/   routes\n       more words\nlib/x.ts  a file\n```\n## Next\n")).toEqual(["app/", "lib/x.ts"]);
  });

  it("names only paths that exist (a folder as a folder)", () => {
    const missing = named.filter((p) => !existsSync(join(ROOT, p)) || (p.endsWith("/") && !statSync(join(ROOT, p)).isDirectory()));
    expect(missing).toEqual([]);
  });

  it("names every folder at the top, in lib/ and in components/", () => {
    const listed = new Set(named.map((p) => p.replace(/\/$/, "")));
    const covered = (folder: string) => [...listed].some((p) => p === folder || p.startsWith(`${folder}/`));
    const unnamed = [...folders(""), ...folders("lib"), ...folders("components")].filter((f) => !covered(f));
    expect(unnamed).toEqual([]);
  });
});
