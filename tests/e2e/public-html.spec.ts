// The public pages as complete HTML: every figure readable with JavaScript off, no placeholder standing in for
// content, no layout shift worth the name, no sideways page scroll from phone to projector, tables that keep the
// result in sight on a phone, and source buttons named after their figures.
import { expect, test } from "./fixtures";
import { LANGS, localized } from "./public-pages-list";

const WIDTHS = [390, 1024, 1920];

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the province page shows every figure, the term table and the year tables", async ({ page }) => {
    await page.goto("/tinh/thai-nguyen");
    const main = page.locator("main");
    for (const text of ["208", "470", "7.250", "trên 200.000", "≈ 173%", "gần 40 tỷ đồng"]) await expect(main).toContainText(text);
    await expect(page.getByRole("table", { name: "Số liệu năm 2018" })).toContainText("7.250");
    await expect(page.getByText("Đang tải")).toHaveCount(0);
  });

  test("the English province page too", async ({ page }) => {
    await page.goto("/en/tinh/thai-nguyen");
    for (const text of ["208", "470", "7,250", "over 200,000"]) await expect(page.locator("main")).toContainText(text);
  });

  test("the home page, the term page, the comparison and a merged province", async ({ page }) => {
    await page.goto("/");
    const row = page.getByRole("row").filter({ has: page.getByRole("link", { name: "Thái Nguyên", exact: true }) });
    await expect(row).toContainText("470");
    await expect(row).toContainText("trên 200.000");
    await expect(page.getByRole("list", { name: /Số liệu toàn quốc/ })).toContainText("525");

    await page.goto("/tinh/thai-nguyen/nhiem-ky/2013-2018");
    const coops = page.getByRole("row", { name: /^HTX thành lập mới/ }).first();
    for (const text of ["≈ 120", "208", "≈ 173%", "Vượt mục tiêu"]) await expect(coops).toContainText(text);
    // A chart's summary in words is in the HTML, whether or not the chart is drawn.
    await expect(page.locator("main")).toContainText("208");

    await page.goto("/so-sanh?chi-tieu=coops_total&nam=2018&ranh-gioi=thoi-diem");
    await expect(page.getByRole("row").filter({ hasText: "Thái Nguyên" }).first()).toContainText("470");

    await page.goto("/tinh/bac-kan");
    await expect(page.getByText("Tỉnh đã sáp nhập vào Thái Nguyên từ 01/07/2025.")).toBeVisible();
  });

  test("no public page sends a loading placeholder", async ({ page }) => {
    for (const lang of LANGS) {
      for (const { path, status } of localized(lang)) {
        if (status) continue; // the 404: below
        const res = await page.goto(path);
        expect(res?.status(), path).toBe(200);
        const html = await res!.text();
        expect(html, path).not.toContain("Đang tải");
        expect(html, path).not.toContain("animate-pulse");
        await expect(page.locator("main h1"), path).toHaveCount(1);
      }
    }
  });
});

test.describe("the 404 without JavaScript", () => {
  test.use({ javaScriptEnabled: false, allowStatus: [404] });
  // Next 16 sends a notFound() page's body only in its script payload (vercel/next.js#62228, #98295); the server
  // answers with the not-found page rendered as a page (server/not-found-html.ts). The HTML itself is checked too,
  // without a browser's script or timing in between.
  const cases = [
    { path: "/khong-co-trang-nay", lang: "vi", h1: "Không tìm thấy trang", body: "Địa chỉ này không có trong HTX Dashboard." },
    { path: "/tinh/khong-co-tinh-nay", lang: "vi", h1: "Không tìm thấy trang", body: "Không có tỉnh, thành phố nào với địa chỉ này." },
    { path: "/en/tinh/thai-nguyen/nhiem-ky/1990-1995", lang: "en", h1: "Page not found", body: "This province has no term at this address." },
    { path: "/en/no-such-page", lang: "en", h1: "Page not found", body: "This address is not part of HTX Dashboard." },
  ];
  for (const c of cases) {
    test(`${c.path} says what was not found, in the HTML itself, with status 404`, async ({ page }) => {
      const res = await page.request.get(c.path);
      expect(res.status()).toBe(404);
      const html = await res.text();
      expect(html).toContain(`<html lang="${c.lang}"`);
      expect(html).toMatch(new RegExp(`<h1[^>]*>${c.h1}</h1>`));
      expect(html).toContain(c.body);
      const shown = await page.goto(c.path);
      expect(shown?.status()).toBe(404);
      expect(page.url()).toMatch(new RegExp(`${c.path.replace(/[/.]/g, "\\$&")}$`));
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(c.h1);
      await expect(page.getByRole("navigation").first()).toBeVisible();
    });
  }

  test("the not-found page's own address is a 404 too", async ({ page }) => {
    expect((await page.request.get("/khong-tim-thay")).status()).toBe(404);
    expect((await page.request.get("/en/khong-tim-thay?loai=tinh")).status()).toBe(404);
  });
});

// Summed over the page's life so far (buffered): shifts after a click or key press do not count, as in CLS.
async function layoutShift(page: import("@playwright/test").Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        let sum = 0;
        new PerformanceObserver((list) => {
          for (const e of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) if (!e.hadRecentInput) sum += e.value;
        }).observe({ type: "layout-shift", buffered: true });
        setTimeout(() => resolve(sum), 300);
      }),
  );
}

for (const lang of LANGS) {
  for (const { path, status } of localized(lang)) {
    test.describe(() => {
      test.use({ allowStatus: status ? [status] : [] });
      test(`${path}: no sideways scroll at ${WIDTHS.join(", ")} px, layout shift < 0.1, named scroll regions`, async ({ page }) => {
        for (const width of WIDTHS) {
          await page.setViewportSize({ width, height: 900 });
          await page.goto(path, { waitUntil: "networkidle" });
          const { scrollWidth, innerWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth }));
          expect(scrollWidth, `${path} at ${width} px`).toBeLessThanOrEqual(innerWidth);
          expect(await layoutShift(page), `${path} at ${width} px`).toBeLessThan(0.1);
          for (const region of await page.locator(".table-scroll").all()) {
            await expect(region).toHaveAttribute("role", "region");
            await expect(region).toHaveAttribute("tabindex", "0");
            await expect(region).toHaveAttribute("aria-label", /\S/);
          }
        }
      });
    });
  }
}

test.describe("on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test("the term table and the home table keep the result on screen", async ({ page }) => {
    await page.goto("/tinh/thai-nguyen");
    const coops = page.getByRole("table", { name: "Mục tiêu và kết quả nhiệm kỳ 2013–2018" }).getByRole("row", { name: /^HTX thành lập mới/ });
    for (const text of ["208", "≈ 173%"]) {
      const cell = coops.getByRole("cell").filter({ hasText: text }).first();
      await cell.scrollIntoViewIfNeeded();
      const box = (await cell.boundingBox())!;
      expect(box.x, text).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width, text).toBeLessThanOrEqual(390);
    }
    await page.goto("/");
    const row = page.getByRole("row").filter({ has: page.getByRole("link", { name: "Thái Nguyên", exact: true }) });
    const cell = row.getByRole("cell").filter({ hasText: "470" }).first();
    await cell.scrollIntoViewIfNeeded();
    const box = (await cell.boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(390);
  });
});

test("each source button is named after its figure, and no two on a page share a name", async ({ page }) => {
  for (const [path, name] of [
    ["/tinh/thai-nguyen", "Nguồn: Tổ hợp tác đang hoạt động, 2018"],
    ["/en/tinh/thai-nguyen", "Source: Cooperative groups operating, 2018"],
  ]) {
    await page.goto(path);
    await expect(page.getByRole("button", { name, exact: true })).toHaveCount(1);
    const names = await page.locator("main button.source-button").evaluateAll((els) => els.map((e) => e.getAttribute("aria-label")));
    expect(names.length).toBeGreaterThan(10);
    expect(names.filter((n, i) => names.indexOf(n) !== i), path).toEqual([]);
  }
});
