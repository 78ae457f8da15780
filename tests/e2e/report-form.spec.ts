// The editor's whole year in a real browser: enter the figures in Vietnamese formats, save, submit; the approver
// approves; the public API and page then show them. Around it: another province's editor can neither open the
// form nor write through the API, a bad value is refused at its field, and two people saving the same draft
// get a conflict, never a silent overwrite. The tests build on each other: they run in order.
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { loginAs } from "./login";

const FORM = "/quan-ly/bao-cao/thai-nguyen/2024";
const field = (page: Page, name: string) => page.getByLabel(name, { exact: true });
const saveDraft = async (page: Page) => {
  await page.getByRole("button", { name: "Lưu nháp" }).click();
  await expect(page.getByTestId("save-status")).toContainText("Đã lưu lúc");
};
const TOTAL = "HTX đang hoạt động";
const NEW = "HTX thành lập mới";
const MEMBERS = "Thành viên và người lao động";
const INCOME = "Thu nhập bình quân của thành viên, người lao động";

test.describe.configure({ mode: "serial" });

test.describe("another province's editor", () => {
  test.use({ allowStatus: [404] });
  test("can neither open the Thái Nguyên form nor write through the API", async ({ page }) => {
    await loginAs(page, "editor.ha-giang@demo.local");
    const response = await page.goto(FORM);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("button", { name: "Lưu nháp" })).toHaveCount(0);
    await expect(page.getByRole("textbox")).toHaveCount(0);
    const put = await page.request.put("/api/v1/provinces/thai-nguyen/reports/2024", { data: { version: 0, values: { coops_new: 1 } } });
    expect(put.status()).toBe(403);
    expect((await put.json()).error.code).toBe("FORBIDDEN");
  });
});

test("the editor enters the year in Vietnamese formats, saves, and submits", async ({ page }) => {
  test.setTimeout(90_000);
  await loginAs(page, "editor.thai-nguyen@demo.local", undefined, FORM);
  await expect(page.getByTestId("report-status")).toHaveText("CHƯA CÓ BÁO CÁO");
  await field(page, TOTAL).fill("1.342");
  await field(page, NEW).fill("31");
  await field(page, MEMBERS).fill("200.000");
  await page.getByLabel(`${MEMBERS}: cách ghi`).selectOption({ label: "trên" });
  await field(page, INCOME).fill("4,67");
  await saveDraft(page);

  await page.reload();
  await expect(page.getByTestId("report-status")).toHaveText("BẢN NHÁP");
  await expect(field(page, TOTAL)).toHaveValue("1.342");
  await expect(field(page, INCOME)).toHaveValue("4,67");
  await expect(field(page, MEMBERS)).toHaveValue("200.000");
  await expect(page.getByLabel(`${MEMBERS}: cách ghi`)).toHaveValue("AT_LEAST");

  // A bad value: more new HTX than HTX in total. Refused at the field, in Vietnamese, and never sent.
  await field(page, NEW).fill("2.000");
  await expect(field(page, NEW)).toHaveAttribute("aria-invalid", "true");
  await expect(page.locator("#f-coops_new-error")).toHaveText("Không được lớn hơn “HTX đang hoạt động”.");
  await expect(field(page, NEW)).toHaveAttribute("aria-describedby", /f-coops_new-error/);
  await page.getByRole("button", { name: "Lưu nháp" }).click();
  await expect(page.getByText("Có 1 ô chưa hợp lệ", { exact: false })).toBeVisible();
  // The summary names the wrong field and links to it.
  const wrong = page.getByTestId("error-summary").getByRole("link", { name: "HTX thành lập mới: không được lớn hơn “HTX đang hoạt động”." });
  await expect(wrong).toHaveAttribute("href", "#f-coops_new");
  await wrong.click();
  await expect(field(page, NEW)).toBeFocused();
  await expect(field(page, NEW)).toHaveValue("2.000");
  const stored = await (await page.request.get("/api/v1/provinces/thai-nguyen/reports/2024")).json();
  expect(stored.report.values.find((v: { indicator: { code: string } }) => v.indicator.code === "coops_new").value).toBe(31);

  // What was typed survives a reload in this browser, and is offered back rather than forced.
  await page.reload();
  await expect(field(page, NEW)).toHaveValue("31");
  await page.getByRole("button", { name: "Bỏ bản này" }).click();

  // 1.342 HTX against 470 in 2018, the last year reported: kept only with an explanation; the indicators left
  // empty are listed, and submitting with them needs the confirmation (decision 0039).
  await page.getByLabel(`Giải thích cho “${TOTAL}” (bắt buộc khi nộp)`).fill("Rà soát lại sổ đăng ký sau Luật HTX 2023.");
  // Other specs on this server may have approved a later year than 2018 (report-sources.spec.ts approves 2020),
  // which can warn about other figures too: every warned figure gets its explanation.
  for (const box of await page.getByLabel(/^Giải thích cho “.+” \(bắt buộc khi nộp\)$/).all()) {
    if (!(await box.inputValue())) await box.fill("Đã đối chiếu với sổ sách của Liên minh.");
  }
  await page.getByLabel(/^Tôi xác nhận nộp báo cáo còn thiếu \d+ chỉ tiêu$/).check();
  await page.getByRole("button", { name: "Nộp báo cáo" }).click();
  await expect(page.getByTestId("report-status")).toHaveText("ĐÃ NỘP");
  await expect(page.getByRole("button", { name: "Lưu nháp" })).toHaveCount(0);
});

test("the approver approves; the open-data API and the public page then show the figures", async ({ page }) => {
  test.setTimeout(90_000);
  const API = "/api/v1/provinces/thai-nguyen/reports?from=2024&to=2024";
  const figures = async () => {
    const res = await page.request.get(API);
    const body = await res.json();
    const values = body.years?.[0]?.values?.map((v: { indicator: string; qualifier: string; value: number }) => `${v.indicator}:${v.qualifier}:${v.value}`).sort() ?? [];
    return { cache: res.headers()["x-htx-cache"] ?? "MISS", values };
  };
  const yearOnPage = async () => {
    await page.goto("/tinh/thai-nguyen");
    const year = page.locator('section[aria-labelledby="year-2024"]');
    return (await year.count()) ? await year.innerText() : "";
  };
  // Both are read before the approval, so the server's response cache holds the answers without 2024.
  await figures();
  expect(await figures()).toEqual({ cache: "HIT", values: [] });
  await yearOnPage();
  expect(await yearOnPage()).toBe("");

  await loginAs(page, "approver.thai-nguyen@demo.local", undefined, FORM);
  await expect(page.getByTestId("report-status")).toHaveText("ĐÃ NỘP");
  await page.getByRole("button", { name: "Duyệt", exact: true }).click();
  await expect(page.getByTestId("report-status")).toHaveText("ĐÃ DUYỆT (khóa)");
  await expect(field(page, TOTAL)).toHaveAttribute("readonly", "");

  // The approval advanced the published generation: the response cache renders afresh, right at once.
  const approved = ["avg_income_worker:EXACT:4.67", "coops_new:EXACT:31", "coops_total:EXACT:1342", "members_workers:AT_LEAST:200000"];
  expect((await figures()).values).toEqual(approved);
  // The very next read of the page shows them too: no stale first read (decision 0016).
  const shown = await yearOnPage();
  expect(shown).toContain("1.342");
  expect(shown).toContain("trên 200.000");
  expect(shown).toContain("4,67");
  // And from then on the cache answers with the new figures, not the ones it held before.
  await expect.poll(figures, { timeout: 5_000 }).toEqual({ cache: "HIT", values: approved });
  expect(await yearOnPage()).toContain("1.342");
});

test("two people saving the same draft: the second sees the conflict and keeps what they typed", async ({ page, browser }) => {
  test.setTimeout(120_000);
  const url = "/quan-ly/bao-cao/thai-nguyen/2023";
  await loginAs(page, "editor.thai-nguyen@demo.local", undefined, url);
  await field(page, TOTAL).fill("100");
  await saveDraft(page);

  const other = await browser.newContext();
  try {
    const second = await other.newPage();
    await loginAs(second, "approver.thai-nguyen@demo.local", undefined, url);
    await expect(field(second, TOTAL)).toHaveValue("100");

    await field(page, TOTAL).fill("110");
    await saveDraft(page);

    await field(second, TOTAL).fill("120");
    await second.getByRole("button", { name: "Lưu nháp" }).click();
    const alert = second.getByRole("alert").filter({ hasText: "Báo cáo đã được người khác lưu sau khi bạn mở nó" });
    await expect(alert).toBeVisible();
    await expect(alert).toContainText("Cán bộ nhập liệu Thái Nguyên (demo)");
    const row = alert.locator('tr[data-conflict="coops_total"]');
    await expect(row).toContainText("110");
    await expect(row).toContainText("120");
    await expect(field(second, TOTAL)).toHaveValue("120");

    await alert.getByRole("button", { name: "Giữ số của tôi" }).click();
    await expect(second.getByTestId("save-status")).toContainText("Đã lưu lúc");
    await second.reload();
    await expect(field(second, TOTAL)).toHaveValue("120");
  } finally {
    await other.close();
  }
});

test("a figure far from last year's is kept only with an explanation before it can be submitted", async ({ page }) => {
  await loginAs(page, "editor.thai-nguyen@demo.local", undefined, "/quan-ly/bao-cao/thai-nguyen/2025");
  await field(page, TOTAL).fill("100");
  await expect(page.locator("#f-coops_total-warning")).toHaveText("Khác nhiều so với năm 2024 (1.342): hãy kiểm tra lại.");
  await page.getByLabel(/^Tôi xác nhận nộp báo cáo còn thiếu \d+ chỉ tiêu$/).check();
  await page.getByRole("button", { name: "Nộp báo cáo" }).click();
  await expect(page.getByText("Hãy ghi giải thích cho các giá trị khác xa năm trước trước khi nộp.")).toBeVisible();
  await expect(page.getByTestId("report-status")).not.toHaveText("ĐÃ NỘP");
  await page.getByLabel("Giải thích cho “HTX đang hoạt động” (bắt buộc khi nộp)").fill("Nhiều HTX giải thể sau rà soát.");
  await page.getByRole("button", { name: "Nộp báo cáo" }).click();
  await expect(page.getByTestId("report-status")).toHaveText("ĐÃ NỘP");
});

test("the approver returns a report with a comment, which the editor then reads", async ({ page, browser }) => {
  await loginAs(page, "approver.thai-nguyen@demo.local", undefined, "/quan-ly/bao-cao/thai-nguyen/2025");
  await page.getByRole("button", { name: "Trả lại" }).click();
  await expect(page.getByText("Cần ghi ít nhất 3 ký tự.")).toBeVisible();
  await page.getByLabel("Nhận xét khi trả lại (bắt buộc)").fill("Thiếu số HTX thành lập mới");
  await page.getByRole("button", { name: "Trả lại" }).click();
  await expect(page.getByTestId("report-status")).toHaveText("BẢN NHÁP");

  const other = await browser.newContext();
  try {
    const editor = await other.newPage();
    await loginAs(editor, "editor.thai-nguyen@demo.local", undefined, "/quan-ly/bao-cao/thai-nguyen/2025");
    await expect(editor.locator("#trao-doi").getByTestId("thread-topic").first()).toContainText("Thiếu số HTX thành lập mới");
    await expect(field(editor, TOTAL)).toHaveValue("100");
  } finally {
    await other.close();
  }
});

test("four eyes: the approver who entered and submitted a report cannot approve it, until an administrator allows it", async ({ page, browser }) => {
  test.setTimeout(120_000);
  const url = "/quan-ly/bao-cao/thai-nguyen/2022";
  await loginAs(page, "approver.thai-nguyen@demo.local", undefined, url);
  await field(page, NEW).fill("12");
  await saveDraft(page);
  await page.getByLabel(/^Tôi xác nhận nộp báo cáo còn thiếu \d+ chỉ tiêu$/).check();
  await page.getByRole("button", { name: "Nộp báo cáo" }).click();
  await expect(page.getByTestId("report-status")).toHaveText("ĐÃ NỘP");
  await expect(page.getByRole("button", { name: "Duyệt", exact: true })).toHaveCount(0);
  await expect(page.getByText("Bạn đã nộp hoặc sửa báo cáo này lần cuối", { exact: false })).toBeVisible();
  // The API refuses too, with the words the form would show.
  const api = await page.request.post("/api/v1/provinces/thai-nguyen/reports/2022/approve", { data: {} });
  expect(api.status()).toBe(403);
  expect((await api.json()).error).toMatchObject({ code: "SELF_APPROVAL", message: expect.stringMatching(/^Người nộp hoặc sửa báo cáo không được tự phê duyệt/) });

  const other = await browser.newContext();
  try {
    const admin = await other.newPage();
    await loginAs(admin, "admin@demo.local", undefined, "/quan-ly/bao-cao/thai-nguyen");
    await admin.getByLabel("Cho phép một người vừa nộp (hoặc sửa) vừa duyệt báo cáo của tỉnh này").check();
    await admin.getByRole("button", { name: "Lưu thiết lập" }).click();
    await expect(admin.getByText("Đã lưu thiết lập.")).toBeVisible();

    await page.reload();
    await page.getByRole("button", { name: "Duyệt", exact: true }).click();
    await expect(page.getByTestId("report-status")).toHaveText("ĐÃ DUYỆT (khóa)");

    // The audit log marks the approval as made alone; the setting is switched back off for the other tests.
    await admin.goto("/quan-ly/nhat-ky");
    await expect(admin.getByTestId("audit-row").first()).toContainText("Duyệt một mình");
    await admin.goto("/quan-ly/bao-cao/thai-nguyen");
    await admin.getByLabel("Cho phép một người vừa nộp (hoặc sửa) vừa duyệt báo cáo của tỉnh này").uncheck();
    await admin.getByRole("button", { name: "Lưu thiết lập" }).click();
    await expect(admin.getByText("Đã lưu thiết lập.")).toBeVisible();
  } finally {
    await other.close();
  }
});

test("an editor deletes a mistaken draft after confirming; nothing is created for a year outside the report years", async ({ page }) => {
  const url = "/quan-ly/bao-cao/thai-nguyen/2021";
  await loginAs(page, "editor.thai-nguyen@demo.local", undefined, url);
  // Beyond what the column holds: refused at the field, with its name, before anything is sent.
  await field(page, NEW).fill("10.000.000.000.000.000");
  await expect(page.locator("#f-coops_new-error")).toHaveText(/^“HTX thành lập mới” vượt quá giới hạn lưu trữ/);
  await field(page, INCOME).fill("4,123456");
  await expect(page.locator("#f-avg_income_worker-error")).toHaveText(`“${INCOME}” chỉ được có tối đa 4 chữ số thập phân.`);
  await field(page, INCOME).fill("");
  await field(page, NEW).fill("5");
  await saveDraft(page);
  await page.reload();
  await page.getByRole("button", { name: "Xóa bản nháp" }).click();
  await expect(page.getByRole("alertdialog")).toContainText("Xóa hẳn bản nháp năm 2021?");
  await page.getByRole("button", { name: "Không xóa" }).click();
  await expect(page.getByRole("alertdialog")).toHaveCount(0);
  await page.getByRole("button", { name: "Xóa bản nháp" }).click();
  await page.getByRole("button", { name: "Xóa bản nháp năm 2021" }).click();
  await page.waitForURL((u) => u.pathname.endsWith("/quan-ly/bao-cao/thai-nguyen"));
  await page.goto(url);
  await expect(page.getByTestId("report-status")).toHaveText("CHƯA CÓ BÁO CÁO");
  await expect(field(page, NEW)).toHaveValue("");

  const put = await page.request.put("/api/v1/provinces/thai-nguyen/reports/2099", { data: { version: 0, values: { coops_new: 1 } } });
  expect(put.status()).toBe(400);
  expect((await put.json()).error.message).toMatch(/^Năm báo cáo phải từ 2000 đến \d{4}\.$/);
});

test.describe("a year outside the report years", () => {
  test.use({ allowStatus: [404] });
  test("has no form to create a report", async ({ page }) => {
    await loginAs(page, "editor.thai-nguyen@demo.local");
    expect((await page.goto("/quan-ly/bao-cao/thai-nguyen/2099"))?.status()).toBe(404);
    await expect(page.getByRole("button", { name: "Lưu nháp" })).toHaveCount(0);
  });
});
