// A province's trends (decision 0033) on the demo data: Thái Nguyên reported its support fund in 2013 and 2018
// and its term 2013–2018 as totals; Bắc Kạn, merged into it in 2025, reported nothing.
import { expect, test } from "./fixtures";

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("each trend's summary and table are in the page's HTML", async ({ page }) => {
    await page.goto("/tinh/thai-nguyen");
    const section = page.getByRole("region", { name: "Xu hướng qua các năm" });
    const fund = section.getByRole("figure", { name: /^Quỹ hỗ trợ phát triển HTX của tỉnh qua các năm/ });
    await expect(fund).toContainText("2 năm có số liệu từ 2013 đến 2018: năm 2013 10 tỷ đồng, năm 2018 gần 40 tỷ đồng.");
    const table = fund.getByRole("table");
    await expect(table.getByRole("row", { name: /^2013/ })).toContainText("10 tỷ đồng");
    await expect(table.getByRole("row", { name: /^2015/ })).toContainText("chưa có số liệu");
    await expect(table.getByRole("row", { name: /^2018/ })).toContainText("gần 40 tỷ đồng");
    // A term total is a running total against the term's target, not a bar of its year.
    const coops = section.getByRole("figure", { name: /^HTX thành lập mới qua các năm/ });
    await expect(coops).toContainText("Nhiệm kỳ 2013–2018: cộng dồn 208 so với mục tiêu ≈ 120.");
    await expect(coops.getByRole("row", { name: /^2018/ })).toContainText("208 (theo nguồn)");
    await expect(coops.getByRole("row", { name: /^2019/ })).toContainText("30–35");
    // A lower bound stays one.
    await expect(section.getByRole("figure", { name: /^Thành viên và người lao động qua các năm/ })).toContainText("trên 200.000");
  });

  test("the roll-up is a link: Bắc Kạn counted where it existed, the total then only a minimum", async ({ page }) => {
    await page.goto("/tinh/thai-nguyen");
    const toggle = page.getByRole("navigation", { name: "Cách tính" });
    await expect(toggle.getByRole("link", { name: "Chỉ số liệu của Thái Nguyên" })).toHaveAttribute("aria-current", "true");
    await toggle.getByRole("link", { name: "Gồm các tỉnh đã sáp nhập" }).click();
    await expect(page).toHaveURL(/\/tinh\/thai-nguyen\?lich-su=gop#xu-huong$/);
    await expect(page.getByRole("navigation", { name: "Cách tính" }).getByRole("link", { name: "Gồm các tỉnh đã sáp nhập" })).toHaveAttribute("aria-current", "true");
    await expect(page.getByText(/^Đang gộp số liệu của Bắc Kạn vào Thái Nguyên/)).toBeVisible();
    const total = page.getByRole("figure", { name: /^HTX đang hoạt động qua các năm/ });
    const row = total.getByRole("row", { name: /^2018/ });
    await expect(row).toContainText("trên 470");
    await expect(row).toContainText("Thiếu số liệu của Bắc Kạn: tổng chỉ là mức tối thiểu.");
  });

  test("Bắc Kạn, merged away, links forward to its successor's trends", async ({ page }) => {
    await page.goto("/tinh/bac-kan");
    const link = page.getByRole("link", { name: "xu hướng của Thái Nguyên, gồm cả Bắc Kạn" });
    await expect(link).toHaveAttribute("href", "/tinh/thai-nguyen?lich-su=gop#xu-huong");
    await link.click();
    await expect(page.getByRole("region", { name: "Xu hướng qua các năm" })).toBeVisible();
    await page.goto("/en/tinh/bac-kan");
    await expect(page.getByRole("link", { name: "the trends of Thái Nguyên, Bắc Kạn included" })).toHaveAttribute("href", "/en/tinh/thai-nguyen?lich-su=gop#xu-huong");
  });
});

test("with JavaScript the chart draws bars from zero, the target bands and the running total", async ({ page }) => {
  await page.goto("/tinh/thai-nguyen");
  const fund = page.getByRole("figure", { name: /^Quỹ hỗ trợ phát triển HTX của tỉnh qua các năm/ });
  const chart = fund.getByRole("img");
  await expect(chart.locator(".recharts-bar-rectangle rect").first()).toBeVisible();
  await expect(chart.getByText("gần 40")).toBeVisible();
  const coops = page.getByRole("figure", { name: /^HTX thành lập mới qua các năm/ });
  await expect(coops.getByRole("img").locator("polyline, circle").first()).toBeVisible();
  await expect(coops.getByRole("img").getByText("208", { exact: true })).toBeVisible();
  const legend = coops.getByRole("img").getByRole("listitem");
  await expect(legend.filter({ hasText: /^Cộng dồn nhiệm kỳ$/ })).toBeVisible();
  await expect(legend.filter({ hasText: "Mục tiêu năm (dải; vạch: mức tối thiểu)" })).toBeVisible();
});
