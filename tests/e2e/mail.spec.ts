// Notifications end to end (decision 0038): a server of its own with SMTP_URL pointing at a real SMTP server on
// loopback; an editor submits, the approver finds the report in their inbox (axe: no serious violation) and the
// mail arrives with the report's absolute link; the approver then chooses English for their mail.
import AxeBuilder from "@axe-core/playwright";
import type { Browser, Page } from "@playwright/test";
import { startSmtp, type TestSmtp } from "@/tests/support/smtp";
import { expect, test } from "./fixtures";
import { loginAs } from "./login";
import { startOwnServer, type OwnServer } from "./own-server";

const YEAR = 2025;
let smtp: TestSmtp;
let own: OwnServer;

test.beforeAll(async () => {
  test.setTimeout(240_000);
  smtp = await startSmtp();
  own = await startOwnServer({ SMTP_URL: smtp.url, MAIL_FROM: "HTX Dashboard <no-reply@htx.test>", LOG_LEVEL: "warn" });
});
test.afterAll(async () => {
  await own?.stop();
  await smtp?.close();
});

async function signedIn(browser: Browser, email: string): Promise<Page> {
  const context = await browser.newContext({ baseURL: own.origin });
  const page = await context.newPage();
  await loginAs(page, email);
  return page;
}

async function expectNoSeriousViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  const serious = violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(" | ")}`);
  expect(serious).toEqual([]);
}

test("an editor submits; the approver finds the report in the inbox and in their mail, with its link", async ({ browser }) => {
  test.setTimeout(120_000);
  const editor = await signedIn(browser, "editor.thai-nguyen@demo.local");
  const api = `/api/v1/provinces/thai-nguyen/reports/${YEAR}`;
  const headers = { origin: own.origin };
  expect((await editor.request.put(api, { headers, data: { version: 0, values: { coops_total: 510, coops_new: 31 } } })).status()).toBeLessThan(300);
  const submitted = await editor.request.post(`${api}/submit`, { headers, data: { confirmGaps: true } });
  expect(submitted.status(), await submitted.text()).toBeLessThan(300);
  await editor.context().close();

  const approver = await signedIn(browser, "approver.thai-nguyen@demo.local");
  await approver.goto("/quan-ly/hop-thu");
  await expect(approver.getByRole("heading", { level: 1, name: "Việc chờ tôi" })).toBeVisible();
  await expect(approver.getByRole("link", { name: /^Việc chờ tôi \(\d+\)$/ })).toBeVisible();
  const row = approver.getByTestId(`inbox-thai-nguyen-${YEAR}`);
  await expect(row).toContainText("Chờ duyệt");
  const link = row.getByRole("link", { name: `Mở báo cáo năm ${YEAR} của Thái Nguyên` });
  await expect(link).toHaveAttribute("href", `/quan-ly/bao-cao/thai-nguyen/${YEAR}`);
  await expectNoSeriousViolations(approver);

  // The approver's (in the days before a due day the editors' reminders may come too).
  await expect.poll(() => smtp.messages.filter((m) => (m.to as { text: string }).text === "approver.thai-nguyen@demo.local").length, { timeout: 20_000 }).toBe(1);
  const mail = smtp.messages.find((m) => (m.to as { text: string }).text === "approver.thai-nguyen@demo.local")!;
  expect(mail.from?.text).toContain("no-reply@htx.test");
  expect(mail.subject).toBe(`[HTX Dashboard] Thái Nguyên: báo cáo năm ${YEAR} chờ duyệt`);
  // No PUBLIC_URL: the link is on localhost and the server's port, and opens the report.
  const port = new URL(own.origin).port;
  const address = `http://localhost:${port}/quan-ly/bao-cao/thai-nguyen/${YEAR}`;
  expect(mail.text).toContain(`Mở báo cáo: ${address}`);
  await approver.goto(address.replace(`http://localhost:${port}`, own.origin));
  await expect(approver.getByTestId("report-status")).toHaveText("ĐÃ NỘP");

  // The approver chooses English for their mail.
  await approver.goto("/tai-khoan/thu");
  await expect(approver.getByRole("radio", { name: "Tiếng Việt" })).toBeChecked();
  await approver.getByRole("radio", { name: "Tiếng Anh (English)" }).check();
  await approver.getByRole("button", { name: "Lưu" }).click();
  await expect(approver.getByRole("status")).toHaveText("Đã lưu ngôn ngữ của thư.");
  await expectNoSeriousViolations(approver);
  await approver.reload();
  await expect(approver.getByRole("radio", { name: "Tiếng Anh (English)" })).toBeChecked();
  await approver.context().close();
});
