// Every dashboard page, for each role, in both languages (issue 12): axe finds no serious or critical violation;
// each page has one h1, refused ones included; the header shows the signed-in user, not "Đăng nhập"; no two form
// controls share an accessible name. And the header on the cached public pages: the user for a signed-in visitor,
// filled in by the browser, with HTML that is the same for everyone (decision 0043).
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { loginAs } from "./login";
import { dashboardPages, ROLES, type WalkContext } from "./dashboard-pages-list";

const LOGIN_WORDS = { vi: "Đăng nhập", en: "Sign in" } as const;
const CONTROL_ROLES = new Set(["textbox", "searchbox", "combobox", "listbox", "checkbox", "radio", "spinbutton", "slider", "switch"]);

/** The accessible names of the page's form controls, as Chromium computes them for screen readers. */
async function controlNames(page: Page): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { nodes } = (await cdp.send("Accessibility.getFullAXTree")) as { nodes: { ignored: boolean; role?: { value: string }; name?: { value: string } }[] };
    return nodes.filter((n) => !n.ignored && CONTROL_ROLES.has(n.role?.value ?? "")).map((n) => String(n.name?.value ?? ""));
  } finally {
    await cdp.detach();
  }
}

async function seriousViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(" | ")}`);
}

/** A unit and a term of Thái Nguyên, from the pages that link to them (the register spec has added units). */
async function walkContext(page: Page): Promise<WalkContext> {
  const href = async (path: string, pattern: RegExp) => {
    await page.goto(path);
    const links = await page.locator("a[href]").evaluateAll((as) => as.map((a) => a.getAttribute("href") ?? ""));
    return links.map((l) => pattern.exec(l)?.[1]).find(Boolean) ?? null;
  };
  const unit = await href("/quan-ly/dang-ky/thai-nguyen", /\/quan-ly\/dang-ky\/thai-nguyen\/(\d+)$/);
  const term = await href("/quan-ly/muc-tieu/thai-nguyen", /\/quan-ly\/muc-tieu\/thai-nguyen\/(\d{4}-\d{4})$/);
  return { year: new Date().getFullYear(), unitId: unit ? Number(unit) : null, term };
}

test.use({ allowStatus: [404] });
test.describe.configure({ mode: "parallel" });

for (const [role, email] of Object.entries(ROLES)) {
  for (const lang of ["vi", "en"] as const) {
    test(`${role}, ${lang}: every dashboard page passes axe, has one h1, names the user in the header, and no two fields share a name`, async ({ page }) => {
      test.setTimeout(600_000);
      await loginAs(page, email);
      const context = await walkContext(page);
      const problems: string[] = [];
      // Every role reads Thái Nguyên's terms; a unit's page is linked for those who may edit it (not the committee).
      if (context.term === null || (context.unitId === null && role !== "COMMITTEE")) problems.push(`no unit (${context.unitId}) or term (${context.term}) to walk`);
      for (const path of dashboardPages(context)) {
        const url = lang === "vi" ? path : `/en${path}`;
        await test.step(url, async () => {
          const response = await page.goto(url, { waitUntil: "networkidle" });
          const status = response?.status() ?? 0;
          if (status !== 200 && status !== 404) problems.push(`${url}: status ${status}`);
          const h1 = await page.locator("h1").count();
          if (h1 !== 1) problems.push(`${url}: ${h1} h1`);
          const banner = page.getByRole("banner");
          if (!(await banner.getByTestId("header-user").isVisible())) problems.push(`${url}: the header does not show the user`);
          if (await banner.getByRole("link", { name: LOGIN_WORDS[lang], exact: true }).isVisible()) problems.push(`${url}: the header says "${LOGIN_WORDS[lang]}"`);
          const names = await controlNames(page);
          const repeated = [...new Set(names.filter((n, i) => names.indexOf(n) !== i))];
          if (repeated.length) problems.push(`${url}: fields share a name: ${repeated.map((n) => JSON.stringify(n)).join(", ")}`);
          for (const v of await seriousViolations(page)) problems.push(`${url}: ${v}`);
        });
      }
      expect(problems).toEqual([]);
    });
  }
}

test.describe("the header on the public pages", () => {
  test("a visitor sees “Đăng nhập” and the page asks nothing about a session", async ({ page }) => {
    const asked: string[] = [];
    page.on("request", (r) => { if (r.url().includes("/api/auth/")) asked.push(r.url()); });
    await page.goto("/", { waitUntil: "networkidle" });
    await expect(page.getByRole("banner").getByRole("link", { name: "Đăng nhập", exact: true })).toBeVisible();
    expect(asked).toEqual([]);
  });

  test("a signed-in user sees their name on a cached public page, whose HTML names nobody; logging out there brings “Đăng nhập” back", async ({ page }) => {
    await loginAs(page, ROLES.PROVINCE_EDITOR);
    const name = await page.getByTestId("signed-in-user").getAttribute("data-signed-in-name");
    for (const path of ["/", "/en/tinh"]) {
      await page.goto(path);
      await expect(page.getByRole("banner").getByTestId("header-user")).toContainText(name!);
    }
    // The HTML the cache keeps is the same for everyone: the user is never in it.
    const html = await (await page.request.get("/tinh")).text();
    expect(html).not.toContain(name!);
    expect(html).not.toContain(ROLES.PROVINCE_EDITOR);

    await page.goto("/tinh");
    await page.getByRole("banner").getByRole("button", { name: "Đăng xuất" }).click();
    await page.waitForURL((u) => u.pathname === "/");
    await expect(page.getByRole("banner").getByRole("link", { name: "Đăng nhập", exact: true })).toBeVisible();
    expect((await page.context().cookies()).map((c) => c.name)).not.toContain("htx-signed-in");
    await page.goto("/quan-ly");
    await expect(page).toHaveURL(/\/dang-nhap/);
  });
});
