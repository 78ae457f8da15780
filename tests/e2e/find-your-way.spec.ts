// Finding one's way: the province index (/tinh) and its search, merged badges that lead to the successor, the
// language switch that keeps the address, robots.txt, sitemap.xml, canonical and hreflang, and the API links.
import { expect, test } from "./fixtures";

test("the header's “Tỉnh, thành phố” opens the index of every province, today's 34 and the merged ones", async ({ page }) => {
  await page.goto("/so-sanh");
  await page.getByRole("navigation", { name: "Điều hướng chính" }).getByRole("link", { name: "Tỉnh, thành phố" }).click();
  await expect(page).toHaveURL(/\/tinh$/);
  await expect(page.getByRole("heading", { level: 1, name: "Tỉnh, thành phố" })).toBeVisible();
  const today = page.getByRole("region", { name: "34 tỉnh, thành phố hiện nay" });
  const merged = page.getByRole("region", { name: "Các tỉnh đã sáp nhập ngày 01/07/2025" });
  await expect(today.getByRole("listitem")).toHaveCount(34);
  await expect(merged.getByRole("listitem")).toHaveCount(29);
  await expect(page.getByText("34 hiện nay và 63 trước ngày 01/07/2025")).toBeVisible();
  // Status: a province with approved figures, one without.
  await expect(today.getByRole("listitem").filter({ has: page.getByRole("link", { name: "Thái Nguyên", exact: true }) })).toContainText("Có số liệu đã duyệt");
  await expect(today.getByRole("listitem").filter({ has: page.getByRole("link", { name: "Cao Bằng", exact: true }) })).toContainText("Chưa có số liệu");
});

test("searching “bac kan” without JavaScript finds Bắc Kạn, whose merged badge leads to Thái Nguyên", async ({ browser, baseURL }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
  const page = await context.newPage();
  await page.goto("/tinh");
  await page.getByRole("searchbox", { name: "Tìm tỉnh, thành phố" }).fill("bac kan");
  await page.getByRole("button", { name: "Tìm" }).click();
  await expect(page).toHaveURL(/\/tinh\?q=bac\+kan$/);
  await expect(page.getByRole("status")).toHaveText("2 kết quả cho “bac kan”");
  const merged = page.getByRole("region", { name: "Các tỉnh đã sáp nhập ngày 01/07/2025" });
  await expect(merged.getByRole("listitem")).toHaveCount(1);
  await expect(merged.getByRole("listitem")).toContainText("Bắc Kạn");
  await expect(page.getByRole("link", { name: "Hà Giang" })).toHaveCount(0);
  await merged.getByRole("link", { name: "Đã sáp nhập vào Thái Nguyên từ 01/07/2025" }).click();
  await expect(page).toHaveURL(/\/tinh\/thai-nguyen$/);
  // The successor's boundaries hold since the merger, not since 2008.
  await expect(page.getByText("Địa giới hiện hành từ 01/07/2025")).toBeVisible();
  await expect(page.getByText("Địa giới hiện hành từ 01/08/2008")).toHaveCount(0);
  await context.close();
});

test("with JavaScript the index filters as one types, accents or not", async ({ page }) => {
  await page.goto("/tinh");
  await page.getByRole("searchbox", { name: "Tìm tỉnh, thành phố" }).fill("ha giang");
  await expect(page.getByRole("status")).toHaveText("2 kết quả cho “ha giang”");
  const merged = page.getByRole("region", { name: "Các tỉnh đã sáp nhập ngày 01/07/2025" });
  await expect(merged.getByRole("link", { name: "Hà Giang", exact: true })).toBeVisible();
  await expect(merged.getByRole("link", { name: "Bắc Kạn", exact: true })).toBeHidden();
  // Tuyên Quang absorbed Hà Giang, so it is found too; Thái Nguyên is not.
  await expect(page.getByRole("link", { name: "Tuyên Quang", exact: true })).toBeVisible();
  await expect(page.getByRole("link", { name: "Thái Nguyên", exact: true })).toBeHidden();
  await expect(page).toHaveURL(/\?q=ha\+giang$/);
  await page.getByRole("searchbox", { name: "Tìm tỉnh, thành phố" }).fill("");
  await expect(page.getByRole("link", { name: "Thái Nguyên", exact: true })).toBeVisible();
});

test("merged badges on the home page link to the successor", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("link", { name: "đã sáp nhập vào Tuyên Quang" }).first().click();
  await expect(page).toHaveURL(/\/tinh\/tuyen-quang$/);
  await expect(page.getByRole("heading", { level: 1, name: "Tuyên Quang" })).toBeVisible();
});

test("the language switch keeps the path and the query string", async ({ page }) => {
  await page.goto("/so-sanh?chi-tieu=coops_new&nam=2018");
  await expect(page.getByRole("link", { name: "English" })).toHaveAttribute("href", "/en/so-sanh?chi-tieu=coops_new&nam=2018");
  await page.goto("/tinh?q=bac+kan");
  await page.getByRole("link", { name: "English" }).click();
  await expect(page).toHaveURL(/\/en\/tinh\?q=bac\+kan$/);
  await expect(page.getByRole("searchbox", { name: "Find a province or city" })).toHaveValue("bac kan");
  await page.getByRole("link", { name: "Tiếng Việt" }).click();
  await expect(page).toHaveURL(/\/tinh\?q=bac\+kan$/);
});

test("the English index says the same in English", async ({ page }) => {
  await page.goto("/en/tinh");
  await expect(page.getByRole("heading", { level: 1, name: "Provinces" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Merged into Thái Nguyên on 1 Jul 2025" })).toHaveAttribute("href", "/en/tinh/thai-nguyen");
});

test("robots.txt keeps crawlers to the public pages and the open data", async ({ request, baseURL }) => {
  const res = await request.get("/robots.txt");
  expect(res.status()).toBe(200);
  const body = await res.text();
  for (const line of ["Allow: /", "Allow: /api/v1/", "Disallow: /quan-ly", "Disallow: /en/quan-ly", "Disallow: /tai-khoan", "Disallow: /dang-nhap", "Disallow: /api/"]) {
    expect(body.split("\n")).toContain(line);
  }
  expect(body).toContain(`Sitemap: ${baseURL}/sitemap.xml`);
});

test("sitemap.xml lists every public page in both languages with hreflang alternates", async ({ request, baseURL }) => {
  const res = await request.get("/sitemap.xml");
  expect(res.status()).toBe(200);
  expect(res.headers()["content-type"]).toContain("xml");
  const xml = await res.text();
  const locs = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
  // 63 provinces, 3 other pages and the terms, each in two languages.
  expect(locs.length).toBeGreaterThanOrEqual(2 * (63 + 3));
  for (const path of ["/", "/en", "/tinh", "/en/tinh", "/tinh/thai-nguyen", "/en/tinh/thai-nguyen", "/tinh/bac-kan", "/tinh/thai-nguyen/nhiem-ky/2013-2018", "/tinh/thai-nguyen/nhiem-ky/2013-2018/trinh-chieu", "/ban-do", "/trinh-chieu"]) {
    expect(locs).toContain(new URL(path, baseURL).href.replace(/\/$/, path === "/" ? "/" : ""));
  }
  expect(xml).toContain(`<xhtml:link rel="alternate" hreflang="en" href="${baseURL}/en/tinh/thai-nguyen" />`);
  expect(xml).toContain(`<xhtml:link rel="alternate" hreflang="x-default" href="${baseURL}/tinh/thai-nguyen" />`);
  expect(new Set(locs).size).toBe(locs.length);
});

test("every public page has a canonical link and hreflang alternates", async ({ page, baseURL }) => {
  for (const [path, canonical, vi] of [
    ["/tinh/thai-nguyen", "/tinh/thai-nguyen", "/tinh/thai-nguyen"],
    ["/en/tinh/thai-nguyen", "/en/tinh/thai-nguyen", "/tinh/thai-nguyen"],
    ["/so-sanh?nam=2018", "/so-sanh", "/so-sanh"],
    ["/en/tinh", "/en/tinh", "/tinh"],
    ["/tinh/thai-nguyen/nhiem-ky/2013-2018", "/tinh/thai-nguyen/nhiem-ky/2013-2018", "/tinh/thai-nguyen/nhiem-ky/2013-2018"],
  ]) {
    await page.goto(path);
    const head = page.locator("head");
    await expect(head.locator('link[rel="canonical"]'), path).toHaveAttribute("href", `${baseURL}${canonical}`);
    await expect(head.locator('link[rel="alternate"][hreflang="vi"]'), path).toHaveAttribute("href", `${baseURL}${vi}`);
    await expect(head.locator('link[rel="alternate"][hreflang="en"]'), path).toHaveAttribute("href", `${baseURL}/en${vi}`);
    await expect(head.locator('link[rel="alternate"][hreflang="x-default"]'), path).toHaveAttribute("href", `${baseURL}${vi}`);
  }
  await page.goto("/");
  // Next writes the root without its slash; the two are the same URL.
  await expect(page.locator('head link[rel="canonical"]')).toHaveAttribute("href", new RegExp(`^${baseURL}/?$`));
  await expect(page.locator('head link[rel="alternate"][hreflang="en"]')).toHaveAttribute("href", `${baseURL}/en`);
});

test("each public page links to its figures in the API, and every link answers", async ({ page, request }) => {
  const expected: Record<string, string[]> = {
    "/": ["/api/v1/provinces"],
    "/tinh": ["/api/v1/provinces"],
    "/so-sanh": ["/api/v1/provinces"],
    "/en/tinh/thai-nguyen": ["/api/v1/provinces/thai-nguyen/reports", "/api/v1/provinces/thai-nguyen/terms"],
    "/tinh/thai-nguyen/nhiem-ky/2013-2018": ["/api/v1/provinces/thai-nguyen/terms/2013-2018/progress"],
  };
  for (const [path, datasets] of Object.entries(expected)) {
    await page.goto(path);
    const box = page.getByRole("complementary", { name: /API/ });
    const hrefs = await box.getByRole("link").evaluateAll((links) => links.map((a) => a.getAttribute("href") ?? ""));
    for (const d of datasets) {
      expect(hrefs, path).toContain(d);
      expect(hrefs, path).toContain(`${d}?format=csv`);
    }
    for (const href of hrefs) {
      const res = await request.get(href);
      expect(res.status(), href).toBe(200);
      const type = href.endsWith("format=csv") ? "text/csv" : href.endsWith("format=xlsx") ? "spreadsheetml.sheet" : "application/json";
      expect(res.headers()["content-type"], href).toContain(type);
    }
  }
});
