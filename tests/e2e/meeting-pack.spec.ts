// The meeting pack downloaded as a user does (decision 0035): the link on the term page and on the presentation's
// cover gives thai-nguyen-2013-2018.pptx; the file opens as a zip with one slide per slide of the presentation.
import { readFile } from "node:fs/promises";
import type { Page } from "@playwright/test";
import { entryBytes, zipEntries } from "@/lib/services/import/zip";
import { expect, test } from "./fixtures";

async function downloadFrom(page: Page, link: string) {
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: link }).click()]);
  const bytes = new Uint8Array(await readFile((await download.path())!));
  const slides = [...zipEntries(bytes).keys()].filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n));
  return { name: download.suggestedFilename(), bytes, slides };
}

test("the term page and the presentation download the meeting pack", async ({ page }) => {
  await page.goto("/tinh/thai-nguyen/nhiem-ky/2013-2018");
  const fromTerm = await downloadFrom(page, "Tải bản trình chiếu (PPTX)");
  expect(fromTerm.name).toBe("thai-nguyen-2013-2018.pptx");
  expect(fromTerm.slides).toHaveLength(4);
  const entries = zipEntries(fromTerm.bytes);
  expect(entryBytes(fromTerm.bytes, entries.get("ppt/slides/slide3.xml")!).toString("utf8")).toContain("HTX thành lập mới");

  await page.goto("/tinh/thai-nguyen/nhiem-ky/2013-2018/trinh-chieu");
  const fromDeck = await downloadFrom(page, "Tải bản trình chiếu (PPTX)");
  expect(fromDeck.name).toBe("thai-nguyen-2013-2018.pptx");
  expect(fromDeck.slides).toHaveLength(4);
});

test("an English page downloads the English pack and the progress workbook", async ({ page }) => {
  await page.goto("/en/tinh/thai-nguyen/nhiem-ky/2013-2018");
  const pack = await downloadFrom(page, "Download the slides (PPTX)");
  expect(pack.name).toBe("thai-nguyen-2013-2018-en.pptx");
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: /^XLSX/ }).click()]);
  expect(download.suggestedFilename()).toBe("thai-nguyen-2013-2018-progress-en.xlsx");
});
