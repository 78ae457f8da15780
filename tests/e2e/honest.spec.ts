// Issue 9, "Honest aggregates" and "Both languages": national figures show the flags they inherit; the comparison
// shows the year asked for or says it has none; English pages carry English notes, with Vietnamese marked lang="vi".
import { expect, test } from "./fixtures";

test("the national cards show the flags of the unconfirmed article they are made of, in words", async ({ page }) => {
  await page.goto("/");
  const cards = page.getByRole("list", { name: "Số liệu toàn quốc năm 2024" });
  const coops = cards.getByRole("listitem").filter({ hasText: /^HTX đang hoạt động/ });
  await expect(coops).toContainText("tỉnh chưa xác nhận");
  await expect(coops).toContainText("được gán cho Hòa Bình nhưng chưa xác nhận");
  const members = cards.getByRole("listitem").filter({ hasText: /^Thành viên/ });
  await expect(members).toContainText("chưa rõ nghĩa");
  await page.goto("/en");
  const en = page.getByRole("list", { name: "Nationwide figures, 2024" }).getByRole("listitem").filter({ hasText: /^Cooperatives operating/ });
  await expect(en).toContainText("province unconfirmed");
  await expect(en).toContainText("attributed to Hòa Bình without confirmation");
});

test("the comparison shows the year asked for, or says it has none and which it has", async ({ page }) => {
  await page.goto("/so-sanh?chi-tieu=coops_total&nam=2016&ranh-gioi=thoi-diem");
  await expect(page.getByRole("status")).toContainText("không có số liệu được duyệt cho 2016. Có số liệu cho: 2024, 2018.");
  await expect(page.getByRole("region", { name: /Cả nước/ })).toHaveCount(0);
  await page.goto("/so-sanh?chi-tieu=coops_total&nam=2018&ranh-gioi=thoi-diem");
  await expect(page.getByRole("region", { name: /Cả nước 2018/ })).toBeVisible();
  await page.goto("/en/so-sanh?chi-tieu=coops_total&nam=2016");
  await expect(page.getByRole("status")).toContainText("has no approved figure for 2016. It has figures for: 2024, 2018.");
});

test("an indicator known only as a term total is offered with its term", async ({ page }) => {
  await page.goto("/so-sanh?chi-tieu=awards");
  await expect(page.getByLabel("Năm", { exact: true })).toHaveValue("2013-2018");
  await expect(page.getByLabel("Năm", { exact: true }).locator("option")).toHaveText(["2013–2018 (cả nhiệm kỳ)"]);
  await expect(page.getByRole("region", { name: /Cả nước 2013–2018/ })).toContainText("1.876");
});

// Proper names may keep their Vietnamese letters on an English page; everything else Vietnamese must be marked.
const NAMES = /Thái Nguyên|Bắc Kạn|Hòa Bình|Hà Giang|Thái Bình|Quảng Ninh|Phú Thọ|Hưng Yên|Tuyên Quang|Lào Cai|Đại Từ|Phổ Yên|Phú Lương|Võ Nhai|Đồng Hỷ|Phú Bình|Định Hóa|Sông Công|Việt Lâm|Đinh Công Sứ|Liên minh HTX|Đại hội/g;

test("English province page: no Vietnamese note outside a lang=vi element, English decimals in notes", async ({ page }) => {
  await page.goto("/en/tinh/thai-nguyen");
  const unmarked = await page.locator("main").evaluate((main, names) => {
    const re = new RegExp(names, "g");
    const viLetters = /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/i;
    const out: string[] = [];
    const walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const text = n.textContent ?? "";
      if (!viLetters.test(text.replace(re, ""))) continue;
      if (n.parentElement?.closest('[lang="vi"]')) continue;
      out.push(text.trim());
    }
    return out;
  }, NAMES.source);
  expect(unmarked).toEqual([]);
  await expect(page.locator("main")).toContainText("208 ÷ 1.73 ≈ 120");
  await expect(page.locator("main")).not.toContainText("1,73");
  await expect(page.locator("main")).toContainText("Whole term 2013–2018");
});

test.describe("404 pages speak the page's language", () => {
  test.use({ allowStatus: [404] });
  test("English", async ({ page }) => {
    for (const path of ["/en/khong-co-trang-nay", "/en/tinh/khong-co", "/en/tinh/thai-nguyen/nhiem-ky/1990-1995"]) {
      await page.goto(path);
      await expect(page.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
      await expect(page.locator("main")).not.toContainText("Không tìm thấy");
    }
    await page.goto("/en/tinh/khong-co");
    await expect(page.locator("main")).toContainText("There is no province at this address.");
  });
  test("Vietnamese", async ({ page }) => {
    await page.goto("/khong-co-trang-nay");
    await expect(page.getByRole("heading", { level: 1, name: "Không tìm thấy trang" })).toBeVisible();
    await expect(page.locator("main")).not.toContainText("Page not found");
  });
});
