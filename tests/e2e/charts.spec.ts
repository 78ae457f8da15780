// A Steering Committee member's path through a province's term charts, on the demo data (shared/seed-facts.md).
import { expect, test } from "./fixtures";

const SOURCE = "Báo cáo tóm tắt kết quả hoạt động chủ yếu của Liên minh HTX tỉnh Thái Nguyên";

test("from the province page to the 2013–2018 charts: title, summary, chart, table and source", async ({ page }) => {
  await page.goto("/tinh/thai-nguyen");
  const section = page.getByRole("region", { name: /^Đại hội IV, nhiệm kỳ 2013–2018/ });
  await expect(section).toContainText("2 chỉ tiêu: 2 vượt mục tiêu");
  const row = section.getByRole("row", { name: /^HTX thành lập mới/ });
  await expect(row).toContainText("Vượt mục tiêu");
  await expect(row).toContainText("≈ 173%");
  await section.getByRole("link", { name: "Xem biểu đồ nhiệm kỳ" }).click();

  await expect(page).toHaveURL(/\/tinh\/thai-nguyen\/nhiem-ky\/2013-2018$/);
  await expect(page.getByRole("heading", { level: 1, name: "Thái Nguyên: nhiệm kỳ 2013–2018" })).toBeVisible();
  await expect(page.getByText("Đại hội IV, nhiệm kỳ 2013–2018")).toBeVisible();
  const figure = page.getByRole("figure", { name: "Mục tiêu và kết quả nhiệm kỳ 2013–2018" });
  const summary = "2 chỉ tiêu: 2 vượt mục tiêu. HTX thành lập mới: 208 so với mục tiêu ≈ 120 (≈ 173%); Tổ hợp tác thành lập mới: 606 so với mục tiêu ≈ 173 (≈ 350%).";
  await expect(figure.getByText(summary)).toBeVisible();
  // The chart speaks its summary; the bars are drawn (one per target, from zero).
  const chart = figure.getByRole("img", { name: summary });
  await expect(chart.locator(".recharts-bar-rectangle path, .recharts-bar-rectangle rect").first()).toBeVisible();
  await expect(chart.getByText("≈ 350%")).toBeVisible();

  const table = figure.getByRole("table", { name: "Mục tiêu và kết quả nhiệm kỳ 2013–2018" });
  const coops = table.getByRole("row", { name: /^HTX thành lập mới/ });
  for (const text of ["Tổng cả nhiệm kỳ", "≈ 120", "suy ra", "208", "cộng dồn 2013–2018", "≈ 173%", "Vượt mục tiêu", "vượt ≈ 73%"]) await expect(coops).toContainText(text);
  await expect(table.getByRole("row", { name: /^Tổ hợp tác thành lập mới/ })).toContainText("≈ 350%");

  // The source on hover: the chart's tooltip names it, and so does the title of the row's source button.
  await chart.locator(".recharts-bar-rectangle").first().hover();
  await expect(chart.locator(".recharts-tooltip-wrapper")).toContainText(`Nguồn: ${SOURCE}`);
  const button = coops.getByRole("button", { name: "Nguồn" }).first();
  await button.hover();
  await expect(button).toHaveAttribute("title", new RegExp(SOURCE));
  await button.click();
  await expect(page.getByRole("dialog")).toContainText(SOURCE);
  // The target's source opens on the sentence the target was derived from.
  await expect(page.getByRole("dialog")).toContainText("tăng 73% so với mục tiêu");
  await page.keyboard.press("Escape");

  await page.getByRole("link", { name: "Đại hội V, nhiệm kỳ 2018–2023" }).click();
  await expect(page).toHaveURL(/\/nhiem-ky\/2018-2023$/);
  await page.getByRole("link", { name: "← Về trang Thái Nguyên" }).click();
  await expect(page).toHaveURL(/\/tinh\/thai-nguyen$/);
});

test("2018–2023: eight targets with no result yet, the ANNUAL ones year by year, no empty chart", async ({ page }) => {
  await page.goto("/tinh/thai-nguyen/nhiem-ky/2018-2023");
  await expect(page.getByText("8 chỉ tiêu: 8 chưa có số liệu", { exact: true })).toBeVisible();
  const overview = page.getByRole("figure", { name: "Mục tiêu và kết quả nhiệm kỳ 2018–2023" });
  await expect(overview).toContainText("Chưa có kết quả nào cho các chỉ tiêu này nên chưa có biểu đồ");
  await expect(overview.getByRole("img")).toHaveCount(0);
  const table = overview.getByRole("table");
  await expect(table.getByRole("row", { name: /^HTX thành lập mới/ })).toContainText("30–35");
  await expect(table.getByRole("row", { name: /^Thu nhập bình quân/ })).toContainText("1,5–2 lần");
  await expect(table.getByRole("row", { name: /^Cán bộ quản lý HTX có trình độ đại học/ })).toContainText("25%");
  await expect(table.getByText("Chưa có số liệu")).toHaveCount(8);

  const annual = page.getByRole("figure", { name: "HTX thành lập mới: từng năm so với mục tiêu" });
  await expect(annual).toContainText("Mục tiêu 30–35 mỗi năm; 5 năm: 5 chưa có số liệu.");
  const years = annual.getByRole("table");
  for (const year of ["2019", "2020", "2021", "2022", "2023"]) await expect(years.getByRole("row", { name: new RegExp(`^${year}`) })).toContainText("Chưa có số liệu");
  await expect(page.getByRole("figure", { name: /: từng năm so với mục tiêu$/ })).toHaveCount(3);
});

test("Thái Bình's one-year plan and a term without targets", async ({ page }) => {
  await page.goto("/tinh/thai-binh/nhiem-ky/2016-2021");
  await expect(page.getByText("năm suy luận")).toBeVisible();
  const plan = page.getByRole("figure", { name: "HTX thí điểm mô hình kiểu mới gắn với chuỗi giá trị: năm 2019 so với mục tiêu" });
  await expect(plan.getByRole("row", { name: /^2019/ })).toContainText("Chưa có số liệu");

  await page.goto("/tinh/quang-ninh/nhiem-ky/2016-2021");
  await expect(page.getByText("Nhiệm kỳ này chưa có chỉ tiêu định lượng trong nguồn.")).toBeVisible();
  await expect(page.getByRole("figure")).toHaveCount(0);
});

test("the English term page uses English words and numbers", async ({ page }) => {
  await page.goto("/en/tinh/thai-nguyen");
  await page.getByRole("region", { name: /term 2013–2018/ }).getByRole("link", { name: "See the term's charts" }).click();
  await expect(page).toHaveURL(/\/en\/tinh\/thai-nguyen\/nhiem-ky\/2013-2018$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("heading", { level: 1, name: "Thái Nguyên: term 2013–2018" })).toBeVisible();
  const figure = page.getByRole("figure", { name: "Targets and results, term 2013–2018" });
  await expect(figure).toContainText("2 targets: 2 exceeded. New cooperatives: 208 against a target of ≈ 120 (≈ 173%)");
  await expect(figure.getByRole("row", { name: /^New cooperatives/ })).toContainText("Exceeded");

  await page.goto("/en/tinh/thai-nguyen/nhiem-ky/2018-2023");
  await expect(page.getByRole("row", { name: /^Average income/ })).toContainText("1.5–2 times");
  await expect(page.getByRole("figure", { name: "New cooperatives: each year against the target" })).toContainText("5 years: 5 no data");
});

test.describe(() => {
  test.use({ allowStatus: [404] });
  test("an unknown or malformed term answers 404", async ({ page }) => {
    for (const path of ["/tinh/thai-nguyen/nhiem-ky/2000-2005", "/tinh/thai-nguyen/nhiem-ky/2018-2013", "/tinh/thai-nguyen/nhiem-ky/abc", "/en/tinh/khong-co/nhiem-ky/2013-2018"]) {
      const res = await page.goto(path);
      expect(res?.status(), path).toBe(404);
      // Each 404 speaks the language of its address.
      await expect(page.getByRole("heading", { level: 1 }), path).toHaveText(path.startsWith("/en/") ? "Page not found" : "Không tìm thấy trang");
    }
  });
});
