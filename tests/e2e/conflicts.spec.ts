// Two people on the same report in two browsers (decision 0041): a save from a stale copy keeps the other
// person's figures in the fields it did not touch; where both changed a field, the panel offers mine or theirs
// per field and saves exactly what was chosen. And the official indicator set on the form (decision 0042):
// its fields in their groups, and a part above its whole refused in Vietnamese naming both.
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { loginAs } from "./login";

const SLUG = "ha-giang";
const form = (year: number) => `/quan-ly/bao-cao/${SLUG}/${year}`;
const input = (page: Page, code: string) => page.locator(`#f-${code}`);
const save = async (page: Page) => {
  await page.getByRole("button", { name: "Lưu nháp" }).click();
  await expect(page.getByTestId("save-status")).toContainText("Đã lưu lúc");
};
const stored = async (page: Page, year: number) => {
  const body = await (await page.request.get(`/api/v1/provinces/${SLUG}/reports/${year}`)).json();
  return Object.fromEntries(body.report.values.map((v: { indicator: { code: string }; value: number }) => [v.indicator.code, v.value]));
};

test("two editors on one report: nothing of the other's is reverted, and a real conflict is resolved field by field", async ({ page, browser }) => {
  test.setTimeout(150_000);
  const year = 2005;
  await loginAs(page, "admin@demo.local", undefined, form(year));
  const created = await page.request.put(`/api/v1/provinces/${SLUG}/reports/${year}`, { data: { version: 0, values: { coops_total: 100, coops_new: 10, members: 5000 } } });
  expect(created.status()).toBe(200);
  await page.reload();
  await expect(input(page, "coops_total")).toHaveValue("100");

  const other = await browser.newContext();
  try {
    const editor = await other.newPage();
    await loginAs(editor, "editor.ha-giang@demo.local", undefined, form(year));
    await expect(input(editor, "members")).toHaveValue("5.000");

    // A changes X and saves; B, still on the old copy, changes Y and saves: both are kept, and B sees X.
    await input(page, "coops_total").fill("110");
    await save(page);
    await input(editor, "members").fill("5.200");
    await save(editor);
    await expect(editor.getByTestId("conflict-panel")).toHaveCount(0);
    await expect(input(editor, "coops_total")).toHaveValue("110");
    expect(await stored(page, year)).toMatchObject({ coops_total: 110, members: 5200, coops_new: 10 });

    // Now both change the same two fields; A, on a stale copy, also changes a third of its own.
    await input(editor, "coops_new").fill("12");
    await input(editor, "groups_total").fill("30");
    await save(editor);
    await input(page, "coops_new").fill("13");
    await input(page, "groups_total").fill("40");
    await input(page, "unions_total").fill("3");
    await page.getByRole("button", { name: "Lưu nháp" }).click();

    const panel = page.getByTestId("conflict-panel");
    await expect(panel).toContainText("Báo cáo đã được người khác lưu sau khi bạn mở nó");
    await expect(panel.locator("tr[data-conflict]")).toHaveCount(2);
    const newRow = panel.locator('tr[data-conflict="coops_new"]');
    await expect(newRow).toContainText("12");
    await expect(newRow).toContainText("13");
    await expect(newRow).toContainText("Cán bộ nhập liệu Hà Giang (demo)");
    await expect(panel.locator('tr[data-conflict="groups_total"]')).toContainText("30");

    const { violations } = await new AxeBuilder({ page }).include('[data-testid="conflict-panel"]').analyze();
    expect(violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => v.id)).toEqual([]);

    // Theirs for one field, mine for the other: exactly that is saved, and A's own third change with it.
    await panel.getByRole("radiogroup", { name: "Giữ lại cho “HTX thành lập mới”" }).getByLabel("Của người kia", { exact: false }).check();
    await panel.getByRole("button", { name: "Lưu theo lựa chọn" }).click();
    await expect(page.getByTestId("save-status")).toContainText("Đã lưu lúc");
    await expect(panel).toHaveCount(0);
    await expect(input(page, "coops_new")).toHaveValue("12");
    await expect(input(page, "groups_total")).toHaveValue("40");
    expect(await stored(page, year)).toEqual({ coops_total: 110, members: 5200, coops_new: 12, groups_total: 40, unions_total: 3 });
  } finally {
    await other.close();
  }
});

test("the official indicator set is on the form in its groups, and a part above its whole is refused naming both", async ({ page }) => {
  await loginAs(page, "editor.ha-giang@demo.local", undefined, form(2004));
  const label = (code: string) => page.locator(`label[for="f-${code}"]`);
  await expect(label("coops_bankrupt")).toContainText("HTX phá sản");
  await expect(label("members_joined")).toContainText("Thành viên mới kết nạp vào HTX");
  await expect(label("members_left")).toContainText("Thành viên ra khỏi HTX");
  await expect(label("workers_regular_members")).toContainText("trong đó: lao động thường xuyên là thành viên HTX");
  await expect(label("coops_revenue_members")).toContainText("trong đó: doanh thu từ cung ứng sản phẩm, dịch vụ cho thành viên");
  await expect(label("coops_rated")).toContainText("HTX được đánh giá, xếp loại");
  const ratings = { good: "tốt", fair: "khá", average: "trung bình", weak: "yếu" };
  for (const [key, word] of Object.entries(ratings)) await expect(label(`coops_rated_${key}`)).toContainText(`trong đó: HTX xếp loại ${word}`);
  // Each in its group: bankrupt beside dissolved, regular workers under workers.
  await expect(page.locator("fieldset").filter({ has: page.locator("#f-coops_dissolved") }).locator("#f-coops_bankrupt")).toHaveCount(1);
  await expect(page.locator("fieldset").filter({ has: page.locator("#f-workers") }).locator("#f-workers_regular")).toHaveCount(1);

  await input(page, "workers").fill("100");
  await input(page, "workers_regular").fill("150");
  await expect(page.locator("#f-workers_regular-error")).toHaveText("Không được lớn hơn “Lao động trong HTX”.");
  await input(page, "coops_rated").fill("10");
  await input(page, "coops_rated_good").fill("6");
  await input(page, "coops_rated_fair").fill("5");
  await expect(page.locator("#f-coops_rated_fair-error")).toHaveText("Tổng của “trong đó: HTX xếp loại tốt”, “trong đó: HTX xếp loại khá” không được lớn hơn “HTX được đánh giá, xếp loại”.");
  await page.getByRole("button", { name: "Lưu nháp" }).click();
  const summary = page.getByTestId("error-summary");
  await expect(summary.getByRole("link", { name: "Lao động thường xuyên trong HTX: không được lớn hơn “Lao động trong HTX”." })).toHaveAttribute("href", "#f-workers_regular");
});
