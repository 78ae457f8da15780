import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { brotliCompressSync } from "node:zlib";
import { afterEach, describe, expect, it, vi } from "vitest";
import { findChromium, type Browser, type Finders } from "@/tests/support/browser";
import { browserFonts } from "@/tests/support/browser-fonts";
import { unpack, unpackNpmChromium } from "@/tests/support/npm-chromium";

const npmBuild: Browser = { executablePath: "/cache/153.0.0/chromium", source: "npm" };

// A machine on which only the given files exist.
function machine(files: string[], over: Partial<Finders> = {}): Finders {
  return {
    env: { PATH: "/usr/local/bin:/usr/bin:/snap/bin" },
    exists: (p) => files.includes(p),
    playwrightPath: () => "/root/.cache/ms-playwright/chromium-1255/chrome-linux64/chrome",
    unpackNpm: vi.fn(async () => npmBuild),
    ...over,
  };
}

describe("findChromium", () => {
  it("takes CHROMIUM_PATH first, and unpacks nothing", async () => {
    const m = machine(["/opt/chrome", "/usr/bin/chromium"], { env: { CHROMIUM_PATH: "/opt/chrome" } });
    expect(await findChromium(m)).toEqual({ executablePath: "/opt/chrome", source: "CHROMIUM_PATH" });
    expect(m.unpackNpm).not.toHaveBeenCalled();
  });

  it("stops at once when CHROMIUM_PATH names a missing file, though others exist", async () => {
    const m = machine(["/usr/bin/chromium"], { env: { CHROMIUM_PATH: "/opt/nothing" } });
    await expect(findChromium(m)).rejects.toThrow(/CHROMIUM_PATH is \/opt\/nothing, which does not exist/);
    expect(m.unpackNpm).not.toHaveBeenCalled();
  });

  it("then Playwright's own browser, before the system's", async () => {
    const own = "/root/.cache/ms-playwright/chromium-1255/chrome-linux64/chrome";
    expect(await findChromium(machine([own, "/usr/bin/chromium"]))).toEqual({ executablePath: own, source: "playwright" });
  });

  it("then the system's: /usr/bin/chromium, else a Chromium or Chrome on PATH", async () => {
    expect(await findChromium(machine(["/usr/bin/chromium", "/usr/local/bin/chromium"]))).toMatchObject({ executablePath: "/usr/bin/chromium", source: "system" });
    expect(await findChromium(machine(["/snap/bin/chromium-browser"]))).toMatchObject({ executablePath: "/snap/bin/chromium-browser", source: "system" });
    expect(await findChromium(machine(["/usr/bin/google-chrome"]))).toMatchObject({ executablePath: "/usr/bin/google-chrome", source: "system" });
  });

  it("then the npm package's build", async () => {
    const m = machine([], { playwrightPath: () => undefined });
    expect(await findChromium(m)).toEqual(npmBuild);
    expect(m.unpackNpm).toHaveBeenCalledOnce();
  });

  it("with none, says what it looked for and how to get one", async () => {
    const m = machine([], { unpackNpm: async () => "not installed (npm install)" });
    const message = await findChromium(m).then(() => "found one", (e: Error) => e.message);
    expect(message).toMatch(/^No Chromium for the end-to-end tests/);
    expect(message).toContain("chromium-1255/chrome-linux64/chrome (not installed)");
    expect(message).toContain("@sparticuz/chromium: not installed (npm install)");
    expect(message).toContain("sudo apt-get install -y chromium");
    expect(message).toContain("set CHROMIUM_PATH");
  });
});

describe("the npm package's build and the fonts", () => {
  const dirs: string[] = [];
  afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

  const tmp = () => {
    const dir = mkdtempSync(join(tmpdir(), "htx-browser-test-"));
    dirs.push(dir);
    return dir;
  };

  // A package bin/ folder shaped like @sparticuz/chromium's: a brotli'd binary (here a shell script).
  function fakePackage() {
    const root = tmp();
    const bin = join(root, "bin");
    mkdirSync(bin);
    writeFileSync(join(bin, "chromium.br"), brotliCompressSync("#!/bin/sh\necho Chromium 1\n"));
    return { bin, cache: join(root, "cache") };
  }

  it("unpacks into place once, executable", async () => {
    const { bin, cache } = fakePackage();
    const dir = await unpack(bin, join(cache, "1.0.0"));
    expect(spawnSync(join(dir, "chromium")).stdout.toString()).toBe("Chromium 1\n");
    expect(statSync(join(dir, "chromium")).mode & 0o111).toBe(0o111);
    rmSync(join(bin, "chromium.br"));
    await expect(unpack(bin, dir)).resolves.toBe(dir);
  });

  it("two runs unpacking at once both get a whole copy and leave nothing half-written", async () => {
    const { bin, cache } = fakePackage();
    mkdirSync(cache);
    const target = join(cache, "1.0.0");
    const [a, b] = await Promise.all([unpack(bin, target), unpack(bin, target)]);
    expect([a, b]).toEqual([target, target]);
    expect(readdirSync(cache)).toEqual(["1.0.0"]);
    expect(spawnSync(join(target, "chromium")).stdout.toString()).toBe("Chromium 1\n");
  });

  it("is for Linux x64 only", async () => {
    expect(await unpackNpmChromium("/nowhere", "darwin", "arm64")).toBe("it holds a build for Linux x64 only, not darwin arm64");
  });

  it("draws with Arimo (Arial's metrics) before the system's fonts", () => {
    const dir = tmp();
    const env = browserFonts(dir);
    expect(env.FONTCONFIG_FILE).toBe(join(dir, "fonts.conf"));
    const conf = readFileSync(env.FONTCONFIG_FILE, "utf8");
    const arimo = /<dir>([^<]+)<\/dir>/.exec(conf)?.[1] ?? "";
    expect(readdirSync(join(arimo, "400Regular"))).toContain("Arimo_400Regular.ttf");
    expect(conf.indexOf(arimo)).toBeLessThan(conf.indexOf("<dir>/usr/share/fonts</dir>"));
    expect(conf).toMatch(/<family>Arial<\/family><prefer><family>Arimo<\/family>/);
  });
});
