// axe-core on every public page, both languages, a phone and a laptop: no serious or critical violation.
// One load per page, language and width.
import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "./fixtures";
import { LANGS, localized } from "./public-pages-list";

for (const lang of LANGS) {
  for (const { path, status } of localized(lang)) {
    for (const width of [390, 1280]) {
      test.describe(() => {
        test.use({ viewport: { width, height: 900 }, allowStatus: status ? [status] : [] });
        test(`axe: ${path} at ${width} px`, async ({ page }) => {
          await page.goto(path, { waitUntil: "networkidle" });
          const { violations } = await new AxeBuilder({ page }).analyze();
          const serious = violations
            .filter((v) => v.impact === "serious" || v.impact === "critical")
            .map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(" | ")}`);
          expect(serious).toEqual([]);
        });
      });
    }
  }
}
