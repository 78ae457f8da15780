// Logins, logout, the admin's users page and changing a password, in a real browser against the demo accounts.
// Demo accounts are shared with other specs: this one only ever changes accounts it creates itself.
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { loginAs } from "./login";

/** next-auth answers a refused login with 401; the test that expects the refusal forgives exactly that. */
function forgiveRefusedLogins(errors: string[]): void {
  const rest = errors.filter((e) => !/^401 .*\/api\/auth\/callback\/credentials/.test(e));
  errors.splice(0, errors.length, ...rest);
}

async function tryLogin(page: Page, email: string, password: string) {
  await page.goto("/dang-nhap");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Mật khẩu").fill(password);
  await page.getByRole("button", { name: "Đăng nhập" }).click();
}

/** As admin, creates a Thái Nguyên editor with a unique email; returns the email. */
async function createEditor(page: Page, password: string): Promise<string> {
  const email = `nv.${Date.now()}.${Math.floor(Math.random() * 1e6)}@demo.local`;
  await page.goto("/quan-ly/nguoi-dung");
  const form = page.locator("form", { has: page.getByRole("heading", { name: "Thêm người dùng" }) });
  await form.getByLabel("Email").fill(email);
  await form.getByLabel("Họ tên").fill("Nguyễn Thị Kiểm Thử");
  await form.getByLabel("Vai trò").selectOption("PROVINCE_EDITOR");
  await form.getByLabel("Tỉnh, thành phố").selectOption({ label: "Thái Nguyên" });
  await form.getByLabel("Mật khẩu ban đầu").fill(password);
  await form.getByRole("button", { name: "Tạo tài khoản" }).click();
  await expect(form.getByRole("status")).toHaveText(`Đã tạo tài khoản ${email}.`);
  await expect(page.getByTestId(`user-${email}`)).toContainText("Thái Nguyên");
  return email;
}

test("a wrong password is refused with a clear message, and what was typed stays", async ({ page, consoleErrors }) => {
  await tryLogin(page, "khong-ton-tai@demo.local", "sai-mat-khau");
  await expect(page.getByRole("main").getByRole("alert")).toHaveText("Email hoặc mật khẩu không đúng.");
  await expect(page).toHaveURL(/\/dang-nhap$/);
  await expect(page.getByLabel("Email")).toHaveValue("khong-ton-tai@demo.local");
  forgiveRefusedLogins(consoleErrors);
});

test("an editor follows a deep link, logs in, comes back to it, sees their province's reports, and logs out", async ({ page }) => {
  await page.goto("/quan-ly/nhat-ky");
  await expect(page).toHaveURL(/\/dang-nhap\?back=%2Fquan-ly%2Fnhat-ky$/);
  await page.getByLabel("Email").fill("editor.thai-nguyen@demo.local");
  await page.getByLabel("Mật khẩu").fill("demo-password");
  await page.getByRole("button", { name: "Đăng nhập" }).click();
  await expect(page).toHaveURL(/\/quan-ly\/nhat-ky$/);
  await expect(page.getByText("Các thay đổi thuộc Thái Nguyên.")).toBeVisible();

  await page.getByRole("link", { name: "Báo cáo của tôi" }).click();
  await expect(page).toHaveURL(/\/quan-ly$/);
  const card = page.getByTestId("signed-in-user");
  await expect(card).toContainText("Cán bộ nhập liệu");
  await expect(card).toContainText("Thái Nguyên");
  await expect(page.getByRole("heading", { level: 1, name: "Báo cáo năm của Thái Nguyên" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Sổ đăng ký đơn vị" })).toHaveAttribute("href", "/quan-ly/dang-ky/thai-nguyen");
  await expect(page.getByTestId("report-row-2018")).toContainText("Đã duyệt");

  await page.getByRole("button", { name: "Đăng xuất" }).click();
  await expect(page).toHaveURL(/localhost:\d+\/$/);
  await page.goto("/quan-ly");
  await expect(page).toHaveURL(/\/dang-nhap\?back=/);
});

test("a provincial user cannot open the users page, and the committee cannot read the audit log", async ({ page }) => {
  await loginAs(page, "approver.thai-nguyen@demo.local");
  await expect(page.getByRole("navigation", { name: "Mục quản lý" }).getByRole("link", { name: "Người dùng" })).toHaveCount(0);
  await page.goto("/quan-ly/nguoi-dung");
  await expect(page.getByRole("main").getByRole("alert")).toHaveText("Bạn không có quyền quản lý người dùng.");
  await expect(page.getByRole("table")).toHaveCount(0);

  await page.getByRole("button", { name: "Đăng xuất" }).click();
  await expect(page).toHaveURL(/localhost:\d+\/$/);
  await loginAs(page, "committee@demo.local", undefined, "/quan-ly/nhat-ky");
  await expect(page).toHaveURL(/\/quan-ly\/nhat-ky$/);
  await expect(page.getByRole("main").getByRole("alert")).toHaveText("Bạn không có quyền xem nhật ký thay đổi.");
});

test("the admin creates a user, is told of a duplicate email, disables the user, and the log shows it", async ({ page, browser, consoleErrors }) => {
  await loginAs(page, "admin@demo.local");
  const email = await createEditor(page, "mat-khau-ban-dau");

  const form = page.locator("form", { has: page.getByRole("heading", { name: "Thêm người dùng" }) });
  await form.getByLabel("Email").fill(email.toUpperCase());
  await form.getByLabel("Họ tên").fill("Trùng email");
  await form.getByLabel("Tỉnh, thành phố").selectOption({ label: "Thái Nguyên" });
  await form.getByLabel("Mật khẩu ban đầu").fill("mat-khau-ban-dau");
  await form.getByRole("button", { name: "Tạo tài khoản" }).click();
  await expect(form.getByText("Email này đã có tài khoản.")).toBeVisible();
  await expect(form.getByLabel("Họ tên")).toHaveValue("Trùng email");

  const row = page.getByTestId(`user-${email}`);
  await row.getByRole("button", { name: `Khóa tài khoản: ${email}` }).click();
  await expect(row).toContainText("Đã khóa");

  const other = await browser.newPage();
  await tryLogin(other, email, "mat-khau-ban-dau");
  await expect(other.getByRole("main").getByRole("alert")).toHaveText("Email hoặc mật khẩu không đúng.");
  await other.close();

  await page.goto("/quan-ly/nhat-ky?loai=User");
  // Other specs may write entries meanwhile: look for ours rather than at fixed positions.
  const entries = page.getByTestId("audit-row");
  await expect(entries.filter({ hasText: email }).filter({ hasText: "Tạo mới" })).toHaveCount(1);
  await expect(entries.filter({ hasText: "Khóa tài khoản" }).first()).toContainText("Khóa: không → có");
  forgiveRefusedLogins(consoleErrors);
});

test("a user changes their password: the session ends and the old password no longer works", async ({ page, consoleErrors }) => {
  test.slow(); // five bcrypt logins and a user created: a long flow on a busy machine
  await loginAs(page, "admin@demo.local");
  const email = await createEditor(page, "mat-khau-cu-123");
  await page.getByRole("button", { name: "Đăng xuất" }).click();
  await expect(page).toHaveURL(/localhost:\d+\/$/);

  await loginAs(page, email, "mat-khau-cu-123");
  await page.getByRole("link", { name: "Đổi mật khẩu" }).click();
  await page.getByLabel("Mật khẩu hiện tại").fill("mat-khau-cu-123");
  await page.getByLabel("Mật khẩu mới", { exact: true }).fill("ngan");
  await page.getByLabel("Nhập lại mật khẩu mới").fill("ngan");
  await page.getByRole("button", { name: "Đổi mật khẩu" }).click();
  await expect(page.getByText("Mật khẩu mới cần ít nhất 10 ký tự.")).toBeVisible();

  await page.getByLabel("Mật khẩu mới", { exact: true }).fill("mat-khau-moi-456");
  await page.getByLabel("Nhập lại mật khẩu mới").fill("mat-khau-moi-456");
  await page.getByRole("button", { name: "Đổi mật khẩu" }).click();
  await expect(page).toHaveURL(/\/dang-nhap\?changed=1$/);
  await expect(page.getByRole("status")).toHaveText("Mật khẩu đã được đổi. Hãy đăng nhập lại bằng mật khẩu mới.");

  await tryLogin(page, email, "mat-khau-cu-123");
  await expect(page.getByRole("main").getByRole("alert")).toHaveText("Email hoặc mật khẩu không đúng.");
  await loginAs(page, email, "mat-khau-moi-456");
  await expect(page).toHaveURL(/\/quan-ly$/);
  forgiveRefusedLogins(consoleErrors);
});

test("signing in with a hostile back= lands on this site, never on another host (issue 8)", async ({ page }) => {
  await loginAs(page, "committee@demo.local", undefined, "/x/..//evil.example");
  await expect(page).toHaveURL(/^http:\/\/localhost:\d+\/quan-ly$/);
  // Already signed in, the login page sends the user straight on: the same rule applies.
  for (const back of ["/%2e%2e//evil.example/p", "/.//evil.example", "/%2F%2Fevil.example", "/\\evil.example", "https://evil.example/"]) {
    await page.goto(`/dang-nhap?back=${encodeURIComponent(back)}`);
    await expect(page, back).toHaveURL(/^http:\/\/localhost:\d+\/quan-ly$/);
  }
  await page.goto(`/en/dang-nhap?back=${encodeURIComponent("/x/..//evil.example")}`);
  await expect(page).toHaveURL(/^http:\/\/localhost:\d+\/en\/quan-ly$/);
});

test("forged X-Forwarded-For and address headers do not spread one client's guesses over addresses (issue 8)", async ({ request }) => {
  // An account that does not exist: unknown accounts are throttled alike, and no demo account is locked.
  const email = `ke-doan-mat-khau.${Date.now()}@demo.local`;
  const codes: (string | null)[] = [];
  for (let i = 0; i < 6; i++) {
    const { csrfToken } = (await (await request.get("/api/auth/csrf")).json()) as { csrfToken: string };
    const answer = await request.post("/api/auth/callback/credentials", {
      form: { csrfToken, email, password: `sai-${i}`, json: "true" },
      headers: { "x-forwarded-for": `10.77.0.${i}`, "x-real-ip": `10.78.0.${i}`, "x-htx-client-address": `10.79.0.${i}` },
    });
    codes.push(new URL(((await answer.json()) as { url: string }).url).searchParams.get("error"));
  }
  expect(codes.slice(0, 5)).toEqual(Array(5).fill("INVALID"));
  expect(codes[5]).toMatch(/^RATE_LIMIT_ACCOUNT:\d+$/);
});
