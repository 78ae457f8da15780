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

test("a running term's presentation says where each target is heading, walked with the keyboard on a projector", async ({ page }) => {
  // A province whose congress term runs past the last approved year (2025) and has a target with a pace.
  const provinces = ((await (await fetch(`${origin}/api/v1/provinces`)).json()) as { provinces: { slug: string }[] }).provinces;
  let found: string | null = null;
  for (const { slug } of provinces) {
    const { terms } = (await (await fetch(`${origin}/api/v1/provinces/${slug}/terms`)).json()) as { terms: { years: string; startYear: number; endYear: number }[] };
    for (const t of terms.filter((t) => t.startYear < 2025 && t.endYear > 2025)) {
      const { rows } = (await (await fetch(`${origin}/api/v1/provinces/${slug}/terms/${t.years}/progress`)).json()) as { rows: { pace: { status: string } | null }[] };
      if (rows.some((r) => r.pace && r.pace.status !== "NO_DATA")) found = `/tinh/${slug}/nhiem-ky/${t.years}/trinh-chieu`;
      if (found) break;
    }
    if (found) break;
  }
  expect(found, "a running term with a pace").not.toBeNull();
  await page.setViewportSize({ width: 1024, height: 768 });
  await page.goto(`${origin}${found}`);
  await expect(page.getByRole("note").filter({ hasText: BANNER.vi }).first()).toBeAttached();
  await page.keyboard.press("End");
  await expect(page).toHaveURL(/#\d+$/);
  const last = Number(new URL(page.url()).hash.slice(1));
  expect(last).toBeGreaterThan(2);
  // Some target slide of the term shows its pace, on Open SDG's scale, in words.
  const slides = page.locator("section[data-slide]");
  await expect(slides.filter({ hasText: "Hướng tới cuối nhiệm kỳ" }).first()).toBeAttached();
  await expect(slides.filter({ hasText: /Đúng hướng|Cần tăng tốc|Tiến bộ hạn chế|Đi lùi|Đã đạt|Chưa kết luận/ }).first()).toBeAttached();
  await page.keyboard.press("Home");
  await expect(page).toHaveURL(/#1$/);
});

test("Ctrl-C stops it, and the database stays for the next start", async () => {
  const exited = new Promise<number | null>((resolve) => app.once("exit", (code) => resolve(code)));
  app.kill("SIGINT");
  expect(await exited).toBe(0);
  await expect(fetch(origin)).rejects.toThrow();
  expect(existsSync(join(tmp, "pglite", "PG_VERSION"))).toBe(true);
});
