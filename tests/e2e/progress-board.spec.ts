// The national progress board in a real browser: an administrator sees today's 34 provinces, filters them by
// state, follows a cell to its report, downloads the board as XLSX (read back with ExcelJS) and CSV, and sets a
// year's due day; a committee member sees the board; an editor is refused with a heading. The filters and the
// due-day form work without JavaScript; axe finds nothing serious; at 1024 px only the table's own box scrolls.
import { readFile } from "node:fs/promises";
import AxeBuilder from "@axe-core/playwright";
import ExcelJS from "exceljs";
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { loginAs } from "./login";

const ADMIN = "admin@demo.local";

test.describe.configure({ mode: "serial" });
test.use({ viewport: { width: 1024, height: 800 } });

async function seriousAxe(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(" | ")}`);
}

async function noSidewaysScroll(page: Page) {
  const { scrollWidth, innerWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth }));
  expect(scrollWidth).toBeLessThanOrEqual(innerWidth);
}

const board = (page: Page) => page.getByTestId("progress-board");

test("an administrator sees every province of the year, filters, opens a report and downloads the board", async ({ page }) => {
  await loginAs(page, ADMIN);
  await page.getByRole("navigation", { name: "Mục quản lý" }).getByRole("link", { name: "Tiến độ báo cáo" }).click();
  await expect(page).toHaveURL(/\/quan-ly\/tien-do$/);
  await expect(page.getByRole("heading", { level: 1, name: /^Tiến độ báo cáo năm \d{4}$/ })).toBeVisible();
  await expect(board(page).locator("tbody tr")).toHaveCount(34);
  await expect(page.getByTestId("board-summary")).toContainText("34 tỉnh, thành phố");
  await expect(page.getByRole("region", { name: "Bảng tiến độ báo cáo" })).toHaveAttribute("tabindex", "0");
  // A late cell says so in words, not only in colour.
  await expect(board(page).locator('[data-late="yes"]').first()).toContainText("Trễ hạn");
  expect(await seriousAxe(page)).toEqual([]);
  await noSidewaysScroll(page);

  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Excel (XLSX)" }).click()]);
  expect(download.suggestedFilename()).toMatch(/^tien-do-\d{4}\.xlsx$/);
  const wb = new ExcelJS.Workbook();
  const bytes = await readFile((await download.path())!);
  await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  const ws = wb.worksheets[0];
  expect(ws.getRow(1).getCell(1).value).toBe("Tỉnh, thành phố");
  expect(ws.rowCount).toBe(1 + 34 * 5);
  expect(new Set(ws.getColumn(2).values.slice(2)).size).toBe(34);

  const [csv] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "CSV", exact: true }).click()]);
  const text = (await readFile((await csv.path())!)).toString("utf8");
  expect(text.startsWith("\uFEFFTỉnh, thành phố") || text.startsWith('\uFEFF"Tỉnh, thành phố"')).toBe(true);
  expect(text.trim().split("\r\n")).toHaveLength(1 + 34 * 5);

  await page.getByLabel("Trạng thái năm đã chọn").selectOption({ label: "Chưa có báo cáo" });
  await page.getByRole("button", { name: "Xem", exact: true }).click();
  await expect(page).toHaveURL(/trang-thai=chua-co/);
  const shown = await board(page).locator("tbody tr").count();
  expect(shown).toBeGreaterThan(0);
  expect(shown).toBeLessThanOrEqual(34);
  await expect(page.getByText(`Đang hiện ${shown} trên 34 tỉnh, thành phố theo bộ lọc.`)).toBeVisible();
  const year = Number((await page.getByRole("heading", { level: 1 }).textContent())!.match(/\d{4}/)![0]);
  // The chosen year is the first column after the province's name.
  await expect(board(page).locator("thead th").nth(1)).toHaveText(String(year));
  const cells = board(page).locator(`tbody [data-testid="cell-${year}"]`);
  await expect(cells).toHaveCount(shown);
  for (const state of await cells.evaluateAll((els) => els.map((e) => e.getAttribute("data-state")))) expect(state).toBe("none");

  await page.getByLabel("Vùng").selectOption({ label: "Trung du và miền núi phía Bắc" });
  await page.getByLabel("Trạng thái năm đã chọn").selectOption({ label: "Tất cả" });
  await page.getByRole("button", { name: "Xem", exact: true }).click();
  const row = board(page).locator('tr[data-province="thai-nguyen"]');
  await expect(row).toBeVisible();
  await row.getByRole("link", { name: new RegExp(`^Thái Nguyên, năm ${year}: `) }).click();
  await expect(page).toHaveURL(new RegExp(`/quan-ly/bao-cao/thai-nguyen/${year}$`));
});

test("an administrator sets a year's due day, with a field error first", async ({ page }) => {
  await loginAs(page, ADMIN, undefined, "/quan-ly/tien-do/han-nop");
  await expect(page.getByRole("heading", { level: 1, name: "Hạn nộp báo cáo năm" })).toBeVisible();
  await page.getByLabel("Năm báo cáo").fill("2019");
  await page.getByRole("textbox", { name: "Hạn nộp", exact: true }).fill("31/02/2019");
  await page.getByRole("button", { name: "Lưu hạn nộp" }).click();
  await expect(page.getByText("Không đọc được ngày: viết ngày/tháng/năm, vd. 21/12/2025.").first()).toBeVisible();
  await expect(page.getByLabel("Năm báo cáo")).toHaveValue("2019");
  await page.getByRole("textbox", { name: "Hạn nộp", exact: true }).fill("20/12/2019");
  await page.getByRole("button", { name: "Lưu hạn nộp" }).click();
  await expect(page.getByRole("status")).toHaveText("Đã lưu hạn nộp năm 2019: 20/12/2019.");
  await expect(page.getByTestId("deadline-list").getByRole("row", { name: /2019/ })).toContainText("20/12/2019");
  expect(await seriousAxe(page)).toEqual([]);
  await noSidewaysScroll(page);
});

test("a committee member sees the board in English too; an editor is refused with a heading", async ({ page }) => {
  await loginAs(page, "committee@demo.local");
  await page.goto("/en/quan-ly/tien-do/2024");
  await expect(page.getByRole("heading", { level: 1, name: "Reporting progress for 2024" })).toBeVisible();
  await expect(board(page).locator("tbody tr")).toHaveCount(63);
  await expect(page.getByRole("link", { name: "Set the due day per year" })).toHaveCount(0);
  expect(await seriousAxe(page)).toEqual([]);
  await noSidewaysScroll(page);
  await page.goto("/quan-ly/tien-do/han-nop");
  // (Next's route announcer is an alert too: the refusal is the one with words.)
  await expect(page.getByRole("alert").filter({ hasText: "Chỉ quản trị viên đặt được hạn nộp báo cáo." })).toBeVisible();

  await page.context().clearCookies();
  await loginAs(page, "editor.thai-nguyen@demo.local", undefined, "/quan-ly/tien-do");
  await expect(page.getByRole("heading", { level: 1, name: "Tiến độ báo cáo toàn quốc" })).toBeVisible();
  await expect(page.getByRole("alert").filter({ hasText: "Chỉ quản trị viên và thành viên Ban Chỉ đạo xem được tiến độ báo cáo toàn quốc." })).toBeVisible();
  await expect(board(page)).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Tiến độ báo cáo" })).toHaveCount(0);
  expect(await seriousAxe(page)).toEqual([]);
});

test("filters and sets a due day without JavaScript", async ({ page, browser }) => {
  await loginAs(page, ADMIN);
  const context = await browser.newContext({ storageState: await page.context().storageState(), javaScriptEnabled: false, viewport: { width: 1024, height: 800 } });
  const noJs = await context.newPage();
  try {
    await noJs.goto("/quan-ly/tien-do");
    await expect(board(noJs).locator("tbody tr")).toHaveCount(34);
    await noJs.getByLabel("Vùng").selectOption({ label: "Tây Nguyên" });
    await noJs.getByRole("button", { name: "Xem", exact: true }).click();
    await expect(noJs).toHaveURL(/vung=tay-nguyen/);
    // Today's Central Highlands: Gia Lai, Đắk Lắk, Lâm Đồng.
    await expect(board(noJs).locator("tbody tr")).toHaveCount(3);
    await noSidewaysScroll(noJs);

    await noJs.goto("/quan-ly/tien-do/han-nop");
    await noJs.getByLabel("Năm báo cáo").fill("2019");
    await noJs.getByRole("textbox", { name: "Hạn nộp", exact: true }).fill("19/12/2019");
    await noJs.getByRole("button", { name: "Lưu hạn nộp" }).click();
    await expect(noJs.getByRole("status")).toHaveText("Đã lưu hạn nộp năm 2019: 19/12/2019.");
  } finally {
    await context.close();
  }
});
