// Issue 12, comments that stay and the submission checklist (decision 0039), in Chromium: an approver returns a
// report with a comment; the editor sees it on the form until it is resolved, replies and resolves it; a value far
// from last year's needs an explanation, which the approver then sees beside it; the checklist lists the gaps and
// needs its box ticked; the confirmations stay in a live region; without JavaScript the submit works too.
// Thái Nguyên 2015 and 2016 only (no other spec writes them).
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { loginAs } from "./login";

const API = "/api/v1/provinces/thai-nguyen/reports";
const FORM = "/quan-ly/bao-cao/thai-nguyen/2016";
const TOTAL = "HTX đang hoạt động";
const field = (page: Page, name: string) => page.getByLabel(name, { exact: true });
const confirmation = (page: Page) => page.getByTestId("workflow-confirmation");
const thread = (page: Page) => page.locator("#trao-doi");

test.describe.configure({ mode: "serial" });

test("the approver returns with a comment; the editor sees it until it is resolved, replies and resolves it", async ({ page, browser }) => {
  test.setTimeout(120_000);
  await loginAs(page, "editor.thai-nguyen@demo.local");
  expect((await page.request.put(`${API}/2015`, { data: { version: 0, values: { coops_total: 100 } } })).status()).toBe(200);
  expect((await page.request.put(`${API}/2016`, { data: { version: 0, values: { coops_total: 110, coops_new: 5 } } })).status()).toBe(200);
  // The API's submit asks for the same confirmation as the form.
  const refused = await page.request.post(`${API}/2016/submit`, { data: {} });
  expect(refused.status()).toBe(422);
  expect((await refused.json()).error.fields[0]).toMatchObject({ field: "confirmGaps", message: expect.stringContaining("Tôi xác nhận nộp báo cáo còn thiếu") });
  expect((await page.request.post(`${API}/2016/submit`, { data: { confirmGaps: true } })).status()).toBe(200);

  const other = await browser.newContext();
  try {
    const approver = await other.newPage();
    await loginAs(approver, "approver.thai-nguyen@demo.local", undefined, FORM);
    await approver.getByLabel("Nhận xét khi trả lại (bắt buộc)").fill("Thiếu số HTX nông nghiệp");
    await approver.getByRole("button", { name: "Trả lại" }).click();
    await expect(confirmation(approver)).toHaveText("Đã trả lại báo cáo năm 2016 kèm nhận xét.");
    await expect(confirmation(approver)).toHaveAttribute("role", "status");
  } finally {
    await other.close();
  }

  await page.goto(FORM);
  await expect(thread(page).getByRole("heading", { name: "Cần xử lý (1)" })).toBeVisible();
  const topic = thread(page).getByTestId("thread-topic").first();
  await expect(topic).toContainText("Trả lại");
  await expect(topic).toContainText("Thiếu số HTX nông nghiệp");
  await expect(topic).toContainText("Lãnh đạo Liên minh HTX Thái Nguyên (demo)");
  // A save no longer makes it vanish: it stays until someone resolves it.
  await field(page, "HTX thành lập mới").fill("6");
  await page.getByRole("button", { name: "Lưu nháp" }).click();
  await expect(page.getByTestId("save-status")).toContainText("Đã lưu lúc");
  await page.reload();
  await expect(thread(page).getByTestId("thread-topic").first()).toContainText("Thiếu số HTX nông nghiệp");

  await page.getByLabel("Trả lời trao đổi #1").fill("Đã bổ sung số HTX nông nghiệp.");
  await page.getByRole("button", { name: "Gửi trả lời" }).click();
  await expect(thread(page).getByTestId("thread-topic").first()).toContainText("Đã bổ sung số HTX nông nghiệp.");
  await page.getByRole("button", { name: "Đánh dấu đã xử lý trao đổi #1" }).click();
  await expect(thread(page).getByRole("heading", { name: "Cần xử lý (1)" })).toHaveCount(0);
  await expect(thread(page).getByText("Đã xử lý (1)")).toBeVisible();

  // A comment on one value shows beside its field.
  await page.getByLabel("Về chỉ tiêu").selectOption({ label: TOTAL });
  await page.getByLabel("Nhận xét mới").fill("Số này theo báo cáo của huyện nào?");
  await page.getByRole("button", { name: "Gửi nhận xét" }).click();
  await expect(page.locator('[data-field="coops_total"]').getByTestId("value-notes")).toContainText("Số này theo báo cáo của huyện nào?");
});

test("a warned value needs an explanation; the checklist lists the gaps and needs its box; the approver sees the explanation", async ({ page, browser }) => {
  test.setTimeout(120_000);
  await loginAs(page, "editor.thai-nguyen@demo.local", undefined, FORM);
  await field(page, TOTAL).fill("1.000");
  await page.getByRole("button", { name: "Lưu nháp" }).click();
  await expect(page.locator("#f-coops_total-warning")).toContainText("Khác nhiều so với năm 2015");
  const checklist = page.getByTestId("submit-checklist");
  await expect(checklist).toContainText("chưa có giải thích (1)");
  await expect(checklist).toContainText("Chỉ tiêu còn trống");
  await expect(checklist).toContainText("Thành viên và người lao động");

  await page.getByRole("button", { name: "Nộp báo cáo" }).click();
  await expect(page.getByText("Hãy ghi giải thích cho các giá trị khác xa năm trước trước khi nộp.")).toBeVisible();
  await page.getByLabel(`Giải thích cho “${TOTAL}” (bắt buộc khi nộp)`).fill("Sáp nhập Bắc Kạn: thêm nhiều HTX.");
  await expect(checklist).not.toContainText("chưa có giải thích");
  await page.getByRole("button", { name: "Nộp báo cáo" }).click();
  await expect(page.getByText("Báo cáo còn thiếu chỉ tiêu: hãy đánh dấu ô xác nhận trước khi nộp.")).toBeVisible();
  await expect(page.getByTestId("report-status")).toHaveText("BẢN NHÁP");
  await checklist.getByLabel(/^Tôi xác nhận nộp báo cáo còn thiếu \d+ chỉ tiêu$/).check();
  await page.getByRole("button", { name: "Nộp báo cáo" }).click();
  await expect(page.getByTestId("report-status")).toHaveText("ĐÃ NỘP");
  await expect(confirmation(page)).toHaveText("Đã nộp báo cáo năm 2016. Người phê duyệt của tỉnh sẽ xem xét.");
  await expect(confirmation(page)).toHaveAttribute("aria-live", "polite");
  // It stays: a reload keeps it, as the address says what was done.
  await page.reload();
  await expect(confirmation(page)).toHaveText("Đã nộp báo cáo năm 2016. Người phê duyệt của tỉnh sẽ xem xét.");

  const other = await browser.newContext();
  try {
    const approver = await other.newPage();
    await loginAs(approver, "approver.thai-nguyen@demo.local", undefined, FORM);
    await expect(approver.locator('[data-field="coops_total"]').getByTestId("value-explanation")).toHaveText("Giải thích: Sáp nhập Bắc Kạn: thêm nhiều HTX.");
    // The form with its thread: no serious or critical violation.
    const { violations } = await new AxeBuilder({ page: approver }).analyze();
    expect(violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(", ")}`)).toEqual([]);
    await approver.getByRole("button", { name: "Duyệt", exact: true }).click();
    await expect(confirmation(approver)).toHaveText("Đã phê duyệt báo cáo năm 2016: số liệu đã được công bố.");
  } finally {
    await other.close();
  }
});

test("the reopened report shows the editor the administrator's reason until it is resolved", async ({ page }) => {
  await loginAs(page, "admin@demo.local");
  expect((await page.request.post(`${API}/2016/reopen`, { data: { comment: "Bổ sung số HTX giải thể năm 2016" } })).status()).toBe(200);
  await page.context().clearCookies();
  await loginAs(page, "editor.thai-nguyen@demo.local", undefined, FORM);
  await expect(page.getByTestId("report-status")).toHaveText("BẢN NHÁP");
  const topic = thread(page).getByTestId("thread-topic").filter({ hasText: "Mở lại" });
  await expect(topic).toContainText("Bổ sung số HTX giải thể năm 2016");
  await expect(topic).toHaveClass(/border-alert/);
});

test("without JavaScript the submit asks for the confirmation, then goes through and says so", async ({ page, browser }) => {
  test.setTimeout(90_000);
  await loginAs(page, "editor.thai-nguyen@demo.local");
  const noScript = await browser.newContext({ javaScriptEnabled: false, storageState: await page.context().storageState(), baseURL: test.info().project.use.baseURL });
  try {
    const p = await noScript.newPage();
    await p.goto("/quan-ly/bao-cao/thai-nguyen/2015");
    await p.getByRole("button", { name: "Nộp báo cáo" }).click();
    await expect(p.getByRole("alert")).toContainText("Báo cáo còn thiếu");
    await expect(p.getByTestId("report-status")).toHaveText("BẢN NHÁP");
    await p.getByLabel(/^Tôi xác nhận nộp báo cáo còn thiếu \d+ chỉ tiêu$/).check();
    await p.getByRole("button", { name: "Nộp báo cáo" }).click();
    await expect(p).toHaveURL(/\/quan-ly\/bao-cao\/thai-nguyen\/2015\?da=nop$/);
    await expect(p.getByTestId("report-status")).toHaveText("ĐÃ NỘP");
    await expect(p.getByRole("status").filter({ hasText: "Đã nộp báo cáo năm 2015" })).toBeVisible();
  } finally {
    await noScript.close();
  }
  const entries = await (await page.request.get(`${API}?from=2015&to=2015&status=all`)).json();
  expect(entries.years[0]).toMatchObject({ year: 2015, status: "SUBMITTED", comments: [] });
});
