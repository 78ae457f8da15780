// `npm start -- --synthetic` as a user runs it (scripts/start.ts, the build the other specs use): a new embedded
// database in a folder of its own, loaded with the synthetic country on first start, and every page, public or
// behind login, in either language, saying that its figures are made up. Ctrl-C stops it and everything it started.
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { freePort } from "@/scripts/lib/bench-server";
import { expect, test } from "./fixtures";

const root = join(import.meta.dirname, "..", "..");
const BANNER = { vi: "Dữ liệu mô phỏng — không phải số liệu thật", en: "Simulated data — not real figures" };

let app: ChildProcess;
let origin = "";
let output = "";
let tmp = "";

test.describe.configure({ mode: "serial", timeout: 240_000 });

test.beforeAll(async () => {
  test.setTimeout(240_000);
  tmp = mkdtempSync(join(tmpdir(), "htx-synthetic-e2e-"));
  const port = await freePort();
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(port), HTX_DATA_DIR: join(tmp, "pglite"), LOG_LEVEL: "warn" };
  delete env.DATABASE_URL; // --synthetic refuses it: the embedded database is the point
  app = spawn(process.execPath, ["--import", "tsx", "scripts/start.ts", "--synthetic"], { cwd: root, env, stdio: ["ignore", "pipe", "pipe"] });
  app.stdout!.on("data", (d) => (output += d));
  app.stderr!.on("data", (d) => (output += d));
  await expect.poll(() => (app.exitCode === null ? /is running at (\S+)/.exec(output)?.[1] : `exited: ${output}`), { timeout: 200_000, intervals: [500] })
    .toBe(`http://localhost:${port}`);
  origin = `http://localhost:${port}`;
});

test.afterAll(async () => {
  if (app?.exitCode === null) {
    app.kill("SIGKILL");
  }
  rmSync(tmp, { recursive: true, force: true });
});

test("the first start loads the synthetic country and says so", async () => {
  expect(output).toMatch(/Loaded the synthetic country in [\d.]+ s: 979 reports/); // 63 provinces × 2010–2024, 34 in 2025
  expect(output).toContain("admin@demo.local");
});

test("public pages show the banner in both languages, over the whole country", async ({ page }) => {
  await page.goto(`${origin}/`);
  await expect(page.getByRole("note").filter({ hasText: BANNER.vi })).toBeVisible();
  await expect(page.getByRole("link", { name: "Thái Nguyên" }).first()).toBeVisible();
  await page.goto(`${origin}/en/tinh`);
  await expect(page.getByRole("note").filter({ hasText: BANNER.en })).toBeVisible();
  await expect(page.getByText("Bắc Kạn").first()).toBeVisible(); // one of the 63 merged away in 2025
});

test("the staff's pages show it too, with the demo accounts", async ({ page }) => {
  await page.goto(`${origin}/dang-nhap`);
  await page.locator('input[name="email"]').fill("editor.thai-nguyen@demo.local");
  await page.locator('input[name="password"]').fill("demo-password");
  await page.locator('form button[type="submit"]').click();
  await page.waitForURL((url) => !url.pathname.endsWith("/dang-nhap"), { timeout: 15_000 });
  await page.goto(`${origin}/quan-ly/dang-ky/thai-nguyen`);
  await expect(page.getByRole("note").filter({ hasText: BANNER.vi })).toBeVisible();
  await expect(page.getByText(/^\[Tổng hợp\]/).first()).toBeVisible(); // the synthetic register
});

test("Ctrl-C stops it, and the database stays for the next start", async () => {
  const exited = new Promise<number | null>((resolve) => app.once("exit", (code) => resolve(code)));
  app.kill("SIGINT");
  expect(await exited).toBe(0);
  await expect(fetch(origin)).rejects.toThrow();
  expect(existsSync(join(tmp, "pglite", "PG_VERSION"))).toBe(true);
});
