import { expect, test } from "./fixtures";

test.describe("public pages, Vietnamese", () => {
  test("the home page lists the provinces with data and links to them", async ({ page }) => {
    await page.goto("/");
    await expect(page.locator("html")).toHaveAttribute("lang", "vi");
    await expect(page.getByText("63 tỉnh, thành phố trước")).toBeVisible();
    const row = page.getByRole("row").filter({ has: page.getByRole("link", { name: "Thái Nguyên", exact: true }) });
    await expect(row).toContainText("2018");
    await expect(row).toContainText("470");
    await expect(row).toContainText("trên 200.000");
    for (const name of ["Thái Bình", "Hà Giang", "Hòa Bình", "Quảng Ninh"]) {
      await expect(page.getByRole("link", { name, exact: true })).toBeVisible();
    }
    await page.getByRole("link", { name: "Thái Nguyên", exact: true }).click();
    await expect(page).toHaveURL(/\/tinh\/thai-nguyen$/);
    await expect(page.getByRole("heading", { level: 1, name: "Thái Nguyên" })).toBeVisible();
  });

  test("Thái Nguyên shows the term's results beside its targets, in vi-VN numbers", async ({ page }) => {
    await page.goto("/tinh/thai-nguyen");
    const term = page.getByRole("table", { name: "Mục tiêu và kết quả nhiệm kỳ 2013–2018" });
    const coops = term.getByRole("row", { name: /^HTX thành lập mới/ });
    await expect(coops).toContainText("≈ 120");
    await expect(coops).toContainText("208");
    await expect(coops).toContainText("≈ 173%");
    await expect(coops).toContainText("suy ra");
    const year = page.getByRole("table", { name: "Số liệu năm 2018" });
    await expect(year.getByRole("row").filter({ hasText: "Tổ hợp tác đang hoạt động" })).toContainText("7.250");
    await expect(year.getByRole("row").filter({ hasText: "Thành viên và người lao động" })).toContainText("trên 200.000");
    await expect(year.getByRole("row").filter({ hasText: "Quỹ hỗ trợ phát triển HTX" })).toContainText("gần 40 tỷ đồng");
    await expect(year.getByText("2–4,5 triệu đồng/người/tháng")).toBeVisible();
  });

  test("a figure's source opens on click with the article and the sentence, and closes with Escape", async ({ page }) => {
    await page.goto("/tinh/thai-nguyen");
    const row = page.getByRole("table", { name: "Số liệu năm 2018" }).getByRole("row").filter({ hasText: "Tổ hợp tác đang hoạt động" });
    const button = row.getByRole("button", { name: "Nguồn" });
    await button.hover();
    await expect(button).toHaveAttribute("title", /Báo cáo tóm tắt/);
    await button.click();
    const dialog = page.getByRole("dialog");
    await expect(dialog).toContainText("Báo cáo tóm tắt kết quả hoạt động chủ yếu của Liên minh HTX tỉnh Thái Nguyên");
    await expect(dialog).toContainText("7.250 tổ hợp tác");
    await expect(button).toHaveAttribute("aria-expanded", "true");
    await page.keyboard.press("Escape");
    await expect(dialog).toBeHidden();
    await expect(button).toBeFocused();
  });

  test("a merged province says so and links to its successor", async ({ page }) => {
    await page.goto("/tinh/bac-kan");
    await expect(page.getByText("Tỉnh đã sáp nhập vào Thái Nguyên từ 01/07/2025.")).toBeVisible();
    await page.getByRole("link", { name: "Thái Nguyên" }).first().click();
    await expect(page).toHaveURL(/\/tinh\/thai-nguyen$/);
    await expect(page.getByRole("link", { name: "Bắc Kạn" })).toBeVisible();
  });

  test("a province the article never names is marked as unconfirmed, ambiguous figures as such", async ({ page }) => {
    await page.goto("/tinh/hoa-binh");
    await expect(page.getByText(/Chưa xác nhận: bài báo không nêu tên tỉnh/).first()).toBeVisible();
    await expect(page.getByText("chưa rõ nghĩa").first()).toBeVisible();
    await expect(page.getByText("không gồm QTDND")).toBeVisible();
    await expect(page.getByRole("row").filter({ hasText: "Thu nhập bình quân" })).toContainText("4,67");
  });

  test("a term without numeric targets says so instead of showing zeros", async ({ page }) => {
    await page.goto("/tinh/quang-ninh");
    await expect(page.getByText("Nhiệm kỳ này chưa có chỉ tiêu định lượng trong nguồn.")).toBeVisible();
    await expect(page.getByText("năm suy luận").first()).toBeVisible();
  });

  test.describe(() => {
    test.use({ allowStatus: [404] });
    test("an unknown province answers 404", async ({ page }) => {
      const res = await page.goto("/tinh/khong-co-tinh-nay");
      expect(res?.status()).toBe(404);
    });
  });
});

test("the English interface formats numbers the English way", async ({ page }) => {
  await page.goto("/tinh/thai-nguyen");
  await page.getByRole("link", { name: "English" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page).toHaveURL(/\/tinh\/thai-nguyen$/);
  await expect(page.getByText("over 200,000").first()).toBeVisible();
  await expect(page.getByText("7,250").first()).toBeVisible();
});
