// The public summary at / and the comparison page, on the demo data: 2024's only approved report is Hòa Bình's
// (525 HTX), so every national sum is partial; Thái Nguyên reported 470 HTX for 2018 and Bắc Kạn nothing.
import { expect, test } from "./fixtures";

test.describe("the public summary", () => {
  test("shows the latest approved year nationally, says the sums are partial, and keeps the province list", async ({ page }) => {
    await page.goto("/");
    await expect(page.getByRole("heading", { level: 2, name: "Toàn quốc năm 2024" })).toBeVisible();
    await expect(page.getByText("1 trên 63 tỉnh, thành phố có báo cáo năm 2024 đã được duyệt: Hòa Bình.")).toBeVisible();
    const cards = page.getByRole("list", { name: "Số liệu toàn quốc năm 2024" });
    const coops = cards.getByRole("listitem").filter({ hasText: /^HTX đang hoạt động/ });
    await expect(coops).toContainText("trên 525");
    await expect(coops).toContainText("mức tối thiểu");
    await expect(coops).toContainText("1/63 tỉnh, thành phố có số liệu");
    // The hover text appears when the pointer arrives (it is not rendered into the page: see source-popover.tsx).
    await coops.getByRole("button", { name: "Nguồn" }).hover();
    await expect(coops.getByRole("button", { name: "Nguồn" })).toHaveAttribute("title", /Nguồn: /);
    // The province list stays below the summary.
    await expect(page.getByRole("heading", { level: 2, name: "Từng tỉnh, thành phố", exact: true })).toBeVisible();
    await expect(page.getByText("63 tỉnh, thành phố trước")).toBeVisible();
  });

  test("lists each province's current term and links to the province", async ({ page }) => {
    await page.goto("/");
    const table = page.getByRole("table", { name: /Chỉ tiêu nhiệm kỳ theo mức đạt/ });
    const row = table.getByRole("row").filter({ hasText: "Thái Nguyên" });
    await expect(row).toContainText("Đại hội V, nhiệm kỳ 2018–2023");
    await expect(row).toContainText("đã kết thúc");
    await expect(row.getByRole("link", { name: "Đại hội V, nhiệm kỳ 2018–2023" })).toHaveAttribute("href", "/tinh/thai-nguyen/nhiem-ky/2018-2023");
    await row.getByRole("link", { name: /^Thái Nguyên\s*\(trang của tỉnh\)$/ }).click();
    await expect(page).toHaveURL(/\/tinh\/thai-nguyen$/);
    await expect(page.getByRole("heading", { level: 1, name: "Thái Nguyên" })).toBeVisible();
  });

  test("the header links to the comparison page", async ({ page }) => {
    await page.goto("/");
    await page.getByRole("navigation").getByRole("link", { name: "So sánh tỉnh" }).click();
    await expect(page).toHaveURL(/\/so-sanh$/);
    await expect(page.getByRole("heading", { level: 1, name: "So sánh các tỉnh, thành phố" })).toBeVisible();
  });
});

test.describe("the comparison page", () => {
  const bars = (page: import("@playwright/test").Page) => page.locator('[role="img"] .recharts-bar-rectangle');

  test("draws coops_total for 2018 within the boundaries of the time", async ({ page }) => {
    await page.goto("/so-sanh?chi-tieu=coops_total&nam=2018&ranh-gioi=thoi-diem");
    await expect(page.getByRole("heading", { name: /HTX đang hoạt động năm 2018, theo địa giới thời điểm đó \(63/ })).toBeVisible();
    await expect(bars(page).first()).toBeVisible();
    const row = page.getByRole("row").filter({ hasText: "Thái Nguyên" });
    await expect(row).toContainText("470");
    await expect(row).not.toContainText("trên");
  });

  test("draws 2018 in today's 34 provinces: Bắc Kạn's missing figure makes Thái Nguyên a lower bound", async ({ page }) => {
    await page.goto("/so-sanh?chi-tieu=coops_total&nam=2018&ranh-gioi=hien-nay");
    await expect(page.getByRole("heading", { name: /năm 2018, theo 34 tỉnh, thành phố hiện nay/ })).toBeVisible();
    await expect(bars(page).first()).toBeVisible();
    const row = page.getByRole("row").filter({ hasText: "Thái Nguyên" });
    await expect(row).toContainText("trên 470");
    await expect(row).toContainText("Bắc Kạn");
  });

  test("draws 2024 both ways, and the national total says it is partial", async ({ page }) => {
    await page.goto("/so-sanh?chi-tieu=coops_total&nam=2024&ranh-gioi=thoi-diem");
    await expect(page.getByRole("row").filter({ hasText: "Hòa Bình" })).toContainText("525");
    await expect(page.getByRole("region", { name: /Cả nước 2024/ })).toContainText("trên 525");
    await page.goto("/so-sanh?chi-tieu=coops_total&nam=2024&ranh-gioi=hien-nay");
    await expect(bars(page).first()).toBeVisible();
    await expect(page.getByRole("row").filter({ hasText: "Phú Thọ" })).toContainText("trên 525");
  });

  test("the form changes the choice without JavaScript, and bad addresses fall back to defaults", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto("/so-sanh?chi-tieu=khong-co&nam=abc&ranh-gioi=ca-hai");
    await expect(page.getByLabel("Chỉ tiêu", { exact: true })).toHaveValue("coops_total");
    await expect(page.getByLabel("Năm", { exact: true })).toHaveValue("2024");
    await page.getByLabel("Năm", { exact: true }).selectOption("2018");
    await page.getByLabel("Địa giới thời điểm đó").check();
    await page.getByRole("button", { name: "Xem" }).click();
    await expect(page).toHaveURL(/chi-tieu=coops_total&nam=2018&ranh-gioi=thoi-diem/);
    await expect(page.getByRole("row").filter({ hasText: "Thái Nguyên" })).toContainText("470");
    await context.close();
  });

  test("the register's sectors say the register is empty instead of drawing zeros", async ({ page }) => {
    await page.goto("/so-sanh");
    await expect(page.getByText("Sổ đăng ký chưa có đơn vị nào")).toBeVisible();
  });
});

test("the summary and the comparison in English", async ({ page }) => {
  await page.goto("/en");
  await expect(page.getByRole("heading", { level: 2, name: "Nationwide, 2024" })).toBeVisible();
  await expect(page.getByRole("list", { name: "Nationwide figures, 2024" }).getByRole("listitem").filter({ hasText: /^Cooperatives operating/ })).toContainText("over 525");
  await page.getByRole("navigation").getByRole("link", { name: "Compare provinces" }).click();
  await expect(page).toHaveURL(/\/en\/so-sanh$/);
  await page.goto("/en/so-sanh?chi-tieu=coops_total&nam=2018&ranh-gioi=hien-nay");
  await expect(page.getByRole("heading", { name: /Cooperatives operating, 2018, in today's 34 provinces/ })).toBeVisible();
  await expect(page.getByRole("row").filter({ hasText: "Thái Nguyên" })).toContainText("over 470");
});
