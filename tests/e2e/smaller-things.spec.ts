// Issue 12's smaller asks in a real browser: the report index offers the years missing between reports, the form
// compares with the last year that was reported and says which, required fields are marked, and a refused page
// has its heading. (Vietnamese order and the header's user: dashboard-axe.spec.ts and the integration tests.)
import { expect, test } from "./fixtures";
import { loginAs } from "./login";

const EDITOR = "editor.thai-nguyen@demo.local";

test("the report index offers the years between Thái Nguyên's 2013 and 2018 reports, and the earlier ones", async ({ page }) => {
  await loginAs(page, EDITOR, undefined, "/quan-ly/bao-cao/thai-nguyen");
  const offer = page.getByTestId("years-to-create");
  await expect(offer).toContainText("Năm còn thiếu giữa các báo cáo:");
  // 2015 and 2016 may already exist: report-comments.spec.ts makes them on this server.
  for (const y of [2014, 2017]) await expect(offer.getByRole("link", { name: `Tạo báo cáo năm ${y}`, exact: true })).toBeVisible();
  await expect(offer.getByRole("link", { name: "Tạo báo cáo năm 2012", exact: true })).toBeHidden();
  await offer.getByText(/Các năm trước đó chưa có báo cáo/).click();
  await offer.getByRole("link", { name: "Tạo báo cáo năm 2012", exact: true }).click();
  await expect(page).toHaveURL(/\/quan-ly\/bao-cao\/thai-nguyen\/2012$/);
});

test("a new year's form shows each figure of the last year that has one, and names that year", async ({ page }) => {
  await loginAs(page, EDITOR, undefined, "/quan-ly/bao-cao/thai-nguyen/2016");
  // 2014 and 2015 have no report: the support fund was last reported for 2013.
  await expect(page.locator("#f-support_fund-last")).toContainText("Năm trước có số liệu: 2013 — ");
  await page.goto("/en/quan-ly/bao-cao/thai-nguyen/2016");
  await expect(page.locator("#f-support_fund-last")).toContainText("Last reported year: 2013 — ");
});

test("required fields are marked and carry `required`, on the login page and the dashboard's forms", async ({ page }) => {
  await page.goto("/dang-nhap");
  await expect(page.getByText("Ô có dấu * là bắt buộc.")).toBeVisible();
  for (const name of ["Email", "Mật khẩu"]) {
    const box = page.getByRole("textbox", { name, exact: true });
    await expect(box).toHaveAttribute("required", "");
    // The mark sits beside the label, outside it: the field's name stays "Email".
    await expect(page.locator(`label[for="${await box.getAttribute("id")}"]`).locator("..")).toContainText("*");
  }
  await loginAs(page, EDITOR, undefined, "/quan-ly/dang-ky/thai-nguyen/moi");
  for (const name of ["Tên đơn vị", "Loại hình", "Lĩnh vực", "Năm thành lập"]) await expect(page.getByLabel(name)).toHaveAttribute("required", "");
  await expect(page.getByLabel("Số thành viên")).not.toHaveAttribute("required", "");
  await page.goto("/tai-khoan/mat-khau");
  await expect(page.locator("input[type=password][required]")).toHaveCount(3);
});

test("a refused page says so under its own heading", async ({ page }) => {
  await loginAs(page, EDITOR, undefined, "/quan-ly/dang-ky/ha-giang");
  await expect(page.getByRole("heading", { level: 1, name: "Không có quyền truy cập" })).toBeVisible();
  await expect(page.getByTestId("refused").getByRole("alert")).toBeVisible();
  await page.goto("/en/quan-ly/nguoi-dung");
  await expect(page.getByRole("heading", { level: 1 })).toHaveCount(1);
  await expect(page.getByTestId("refused").getByRole("alert")).toBeVisible();
});
