// A term's presentation (decision 0032) for Thái Nguyên 2013–2018: cover, summary, two targets. Walked with the
// keyboard on a 1024×768 projector; every slide fits 1024×768 and 1920×1080 with no text under 24 px; readable
// with JavaScript off; axe on each slide; the English deck.
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { measureSlide } from "./slide-measure";

const PATH = "/tinh/thai-nguyen/nhiem-ky/2013-2018/trinh-chieu";
const TOTAL = 4;
const TITLES = ["Thái Nguyên", "Tóm tắt: 2 chỉ tiêu", "HTX thành lập mới", "Tổ hợp tác thành lập mới"];

const counter = (page: Page) => page.getByRole("navigation", { name: "Điều khiển trình chiếu" }).locator("[aria-live]");

/** `hash`: false on the slide the page opened on without one in its address. */
async function expectOn(page: Page, n: number, hash = true) {
  await expect(counter(page)).toHaveText(`Trang ${n}/${TOTAL}`);
  if (hash) await expect(page).toHaveURL(new RegExp(`#${n}$`));
  await expect(page.getByRole("heading", { name: TITLES[n - 1], exact: true })).toBeVisible();
  // One slide at a time, and it holds the focus after a key (a screen reader reads it).
  await expect(page.locator("section[data-slide]:visible")).toHaveCount(1);
}

test.describe("at 1024×768", () => {
  test.use({ viewport: { width: 1024, height: 768 } });

  test("the keyboard walks the deck: → Space PageDown to the end, Home, End, ← PageUp, Esc back to the term", async ({ page }) => {
    await page.goto("/tinh/thai-nguyen/nhiem-ky/2013-2018");
    await page.getByRole("link", { name: "Trình chiếu", exact: true }).focus();
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(new RegExp(`${PATH}$`));
    await expect(counter(page)).toHaveText(`Trang 1/${TOTAL}`);
    await expect(page.getByRole("heading", { level: 1, name: "Thái Nguyên" })).toBeVisible();
    await expect(page.getByRole("heading", { name: TITLES[1] })).toBeHidden();

    await page.keyboard.press("ArrowRight");
    await expectOn(page, 2);
    await expect(page.locator("section[id='2']")).toBeFocused();
    await page.keyboard.press("Space");
    await expectOn(page, 3);
    await page.keyboard.press("PageDown");
    await expectOn(page, 4);
    await page.keyboard.press("ArrowRight"); // the last slide stays the last
    await expectOn(page, 4);
    await page.keyboard.press("Home");
    await expectOn(page, 1);
    await page.keyboard.press("End");
    await expectOn(page, 4);
    await page.keyboard.press("PageUp");
    await expectOn(page, 3);
    await page.keyboard.press("ArrowLeft");
    await expectOn(page, 2);
    await page.keyboard.press("Escape");
    await expect(page).toHaveURL(/\/tinh\/thai-nguyen\/nhiem-ky\/2013-2018$/);
  });

  test("F shows the deck full screen; Esc leaves full screen first, then the deck", async ({ page }) => {
    await page.goto(`${PATH}#2`);
    await expectOn(page, 2);
    const fullScreen = () => page.evaluate(() => document.fullscreenElement !== null);
    await page.keyboard.press("f");
    await expect.poll(fullScreen).toBe(true);
    await page.keyboard.press("Escape");
    await expect.poll(fullScreen).toBe(false);
    await expect(page).toHaveURL(new RegExp(`${PATH}#2$`));
    await page.keyboard.press("Escape");
    await expect(page).toHaveURL(/\/tinh\/thai-nguyen\/nhiem-ky\/2013-2018$/);
  });

  test("#3 in the address opens on the third slide, and the buttons work too", async ({ page }) => {
    await page.goto(`${PATH}#3`);
    await expectOn(page, 3);
    const slide = page.locator("section[id='3']");
    for (const text of ["Vượt mục tiêu", "≈ 120", "208", "≈ 173%", "tăng 73% so với mục tiêu", "Nguồn:"]) await expect(slide).toContainText(text);
    await page.getByRole("button", { name: "Trang sau" }).click();
    await expectOn(page, 4);
    await expect(page.getByRole("button", { name: "Trang sau" })).toBeDisabled();
    await page.getByRole("button", { name: "Trang trước" }).click();
    await expectOn(page, 3);
  });
});


for (const viewport of [{ width: 1024, height: 768 }, { width: 1920, height: 1080 }]) {
  test.describe(() => {
    test.use({ viewport });
    test(`every slide fits ${viewport.width}×${viewport.height}, with no text under 24 px`, async ({ page }) => {
      await page.goto(PATH);
      await expect(counter(page)).toHaveText(`Trang 1/${TOTAL}`);
      for (let n = 1; n <= TOTAL; n++) {
        if (n > 1) await page.keyboard.press("ArrowRight");
        await expectOn(page, n, n > 1);
        // The target slides' charts are drawn (their text is measured too).
        if (n > 2) await expect(page.locator(`section[id='${n}'] svg.recharts-surface`)).toBeVisible();
        const m = await measureSlide(page);
        expect(m.outside, `slide ${n}: cut off`).toEqual([]);
        expect(m.small, `slide ${n}: text under 24 px`).toEqual([]);
        expect(m.scrolls, `slide ${n}: scrolls`).toBe(false);
        expect(m.pageScrollX, `slide ${n}: page scrolls sideways`).toBe(false);
      }
    });
  });
}

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false, viewport: { width: 1024, height: 768 } });

  test("every slide is in the HTML, one after another", async ({ page }) => {
    await page.goto(PATH);
    for (const title of TITLES) await expect(page.getByRole("heading", { name: title, exact: true })).toBeVisible();
    await expect(page.locator("section[data-slide]")).toHaveCount(TOTAL);
    const main = page.locator("main");
    for (const text of ["Đại hội IV, nhiệm kỳ 2013–2018", "Số liệu đã duyệt đến năm 2018", "Vượt mục tiêu", "≈ 120", "208", "≈ 173%", "≈ 173", "606", "tăng 73% so với mục tiêu"]) {
      await expect(main).toContainText(text);
    }
    // The slide's figures as a table, not only a drawing.
    await expect(page.getByRole("table", { name: "Mục tiêu và kết quả: HTX thành lập mới" })).toContainText("208");
  });
});

test.describe("axe", () => {
  test.use({ viewport: { width: 1024, height: 768 } });
  test("no serious or critical violation on any slide", async ({ page }) => {
    await page.goto(PATH);
    for (let n = 1; n <= TOTAL; n++) {
      if (n > 1) await page.keyboard.press("ArrowRight");
      await expectOn(page, n, n > 1);
      if (n > 2) await expect(page.locator(`section[id='${n}'] svg.recharts-surface`)).toBeVisible();
      const { violations } = await new AxeBuilder({ page }).analyze();
      const serious = violations
        .filter((v) => v.impact === "serious" || v.impact === "critical")
        .map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((x) => x.target.join(" ")).join(" | ")}`);
      expect(serious, `slide ${n}`).toEqual([]);
    }
  });
});

test.describe("in English", () => {
  test.use({ viewport: { width: 1024, height: 768 } });
  test("the same deck under /en, the quotes marked as Vietnamese", async ({ page }) => {
    await page.goto(`/en${PATH}#2`);
    const bar = page.getByRole("navigation", { name: "Presentation controls" });
    await expect(bar.locator("[aria-live]")).toHaveText(`Slide 2/${TOTAL}`);
    await expect(page.getByRole("heading", { name: "Summary: 2 targets" })).toBeVisible();
    await page.keyboard.press("ArrowRight");
    await expect(bar.locator("[aria-live]")).toHaveText(`Slide 3/${TOTAL}`);
    const slide = page.locator("section[id='3']");
    await expect(slide.getByRole("heading", { name: "New cooperatives" })).toBeVisible();
    await expect(slide).toContainText("Exceeded");
    await expect(slide.locator("blockquote")).toHaveAttribute("lang", "vi");
    await page.keyboard.press("Escape");
    await expect(page).toHaveURL(/\/en\/tinh\/thai-nguyen\/nhiem-ky\/2013-2018$/);
  });
});
