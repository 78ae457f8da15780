// Thái Nguyên's editor keeps the register and the term's targets in a real browser: adds an HTX, finds it
// without accents, dissolves it, reads the register beside the reported totals; sets a target of the 2018–2023
// term and finds it on the public term page; checks a register CSV with one bad row, fixes it and imports it;
// downloads the list.
import { readFile } from "node:fs/promises";
import { expect, test } from "./fixtures";
import { loginAs } from "./login";

const EDITOR = "editor.thai-nguyen@demo.local";
const HEADER = 'Tên đơn vị,Loại hình,Lĩnh vực,"Xã, phường",Số đăng ký,Năm thành lập,Năm giải thể,Số thành viên,Số lao động,Xếp loại,Năm xếp loại,Thành viên của LH HTX';
const csvFile = (name: string, ...rows: string[]) => ({ name, mimeType: "text/csv", buffer: Buffer.from("\uFEFF" + [HEADER, ...rows].join("\r\n") + "\r\n", "utf8") });

test.describe.configure({ mode: "serial" });

test("adds an HTX, finds it without accents, dissolves it, and sees the register beside the reported totals", async ({ page }) => {
  await loginAs(page, EDITOR);
  await page.goto("/quan-ly/dang-ky");
  await expect(page).toHaveURL(/\/quan-ly\/dang-ky\/thai-nguyen$/);
  await page.getByRole("link", { name: "Thêm đơn vị" }).click();

  await page.getByLabel("Tên đơn vị").fill("HTX chè Tân Hương");
  await page.getByLabel("Loại hình").selectOption("HTX");
  await page.getByLabel("Lĩnh vực").selectOption("AGRICULTURE");
  await page.getByLabel("Xã, phường").fill("Tân Cương");
  await page.getByLabel("Năm thành lập").fill("2015");
  await page.getByLabel("Số thành viên").fill("1.342,5");
  await page.getByRole("button", { name: "Lưu" }).click();
  // A failed save names the field and keeps what was typed.
  await expect(page.getByText("Phải là số nguyên không âm.", { exact: true })).toBeVisible();
  await expect(page.getByTestId("error-summary").getByRole("link", { name: "Số thành viên: phải là số nguyên không âm." })).toHaveAttribute("href", "#f-members");
  await expect(page.getByLabel("Tên đơn vị")).toHaveValue("HTX chè Tân Hương");
  await page.getByLabel("Số thành viên").fill("1.342");
  await page.getByRole("button", { name: "Lưu" }).click();
  await expect(page.getByRole("status")).toHaveText("Đã lưu.");

  await page.getByLabel("Tìm theo tên").fill("tan huong");
  await page.getByRole("button", { name: "Lọc" }).click();
  await expect(page.getByTestId("unit-count")).toHaveText("1 đơn vị khớp bộ lọc");
  const row = page.getByRole("row", { name: /HTX chè Tân Hương/ });
  await expect(row).toContainText("1.342");
  await expect(row).toContainText("Đang hoạt động");

  const htx = page.getByTestId("compare-HTX");
  await expect(htx).toContainText("Báo cáo 470, sổ đăng ký 1, chênh 469 (sổ ít hơn báo cáo)");
  await expect(htx.locator("td").last()).toHaveText("1");

  await row.getByRole("link", { name: "Sửa: HTX chè Tân Hương" }).click();
  await page.getByLabel("Năm giải thể — Đánh dấu giải thể").fill("2024");
  await page.getByRole("button", { name: "Đánh dấu giải thể" }).click();
  await expect(page.getByRole("status")).toHaveText("Đã lưu.");
  await page.getByLabel("Trạng thái").selectOption("dissolved");
  await page.getByRole("button", { name: "Lọc" }).click();
  await expect(page.getByRole("row", { name: /HTX chè Tân Hương/ })).toContainText("Giải thể năm 2024");
  // Still operating at the end of 2018, the report's year; no longer operating today.
  await expect(page.getByTestId("compare-HTX")).toContainText("sổ đăng ký 1");
  await expect(page.getByTestId("compare-HTX").locator("td").last()).toHaveText("0");
});

test("sets a target of the 2018–2023 term and sees it on the public term page", async ({ page }) => {
  await loginAs(page, EDITOR);
  await page.goto("/quan-ly/muc-tieu/thai-nguyen");
  await page.getByRole("link", { name: "Đặt mục tiêu: 2018–2023" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Mục tiêu nhiệm kỳ 2018–2023");

  await page.getByLabel("Chỉ tiêu", { exact: true }).selectOption({ label: "HTX hoạt động hiệu quả" });
  await page.getByLabel("Loại mục tiêu", { exact: true }).selectOption("TERM_TOTAL");
  await page.getByLabel("Mức tối thiểu").fill("80");
  await page.getByLabel("Ghi chú", { exact: true }).fill("Thử nghiệm: 80% HTX hoạt động hiệu quả cuối nhiệm kỳ");
  await page.getByRole("button", { name: "Lưu mục tiêu" }).click();
  await expect(page.getByText(/^“Tổng cả nhiệm kỳ” chỉ dùng cho chỉ tiêu cộng dồn/)).toBeVisible();
  await expect(page.getByLabel("Mức tối thiểu")).toHaveValue("80");
  await page.getByLabel("Loại mục tiêu", { exact: true }).selectOption("END_LEVEL");
  await page.getByRole("button", { name: "Lưu mục tiêu" }).click();
  await expect(page.getByRole("status")).toHaveText("Đã lưu mục tiêu.");
  await expect(page.getByTestId("term-targets").getByRole("row", { name: /^HTX hoạt động hiệu quả/ })).toContainText("80%");

  // The public page is cached and refreshed in the background after a change: the next renders show it.
  await expect(async () => {
    await page.goto("/tinh/thai-nguyen/nhiem-ky/2018-2023");
    await expect(page.getByRole("row", { name: /^HTX hoạt động hiệu quả/ }).first()).toContainText("80%", { timeout: 1000 });
  }).toPass({ timeout: 20_000 });
});

test("checks a register file with one bad row, imports it fixed, and downloads the list", async ({ page }) => {
  await loginAs(page, EDITOR);
  await page.goto("/quan-ly/dang-ky/thai-nguyen/nhap-xuat");
  const panel = page.getByRole("region", { name: "Sổ đăng ký" });
  const good = "HTX rau an toàn Đồng Hỷ,HTX,nông nghiệp,Hóa Thượng,,2019,,25,6,khá,2024,";
  await panel.getByLabel("Chọn tệp").setInputFiles(csvFile("so-dang-ky.csv", good, "Tổ hợp tác chè Phú Lương,Tổ hợp tác xã,nông nghiệp,,,2021,,9,,,,"));
  await panel.getByRole("button", { name: "Kiểm tra tệp" }).click();
  await expect(panel.getByText("2 dòng: 1 dòng hợp lệ, 1 lỗi.")).toBeVisible();
  const problem = panel.getByTestId("import-problems").getByRole("row").nth(1);
  await expect(problem).toContainText("3");
  await expect(problem).toContainText("Loại hình");
  await expect(problem).toContainText("Loại hình không hợp lệ");
  await expect(panel.getByRole("button", { name: /^Nhập/ })).toHaveCount(0);

  await panel.getByLabel("Chọn tệp").setInputFiles(csvFile("so-dang-ky.csv", good, "Tổ hợp tác chè Phú Lương,Tổ hợp tác,nông nghiệp,,,2021,,9,,,,"));
  await panel.getByRole("button", { name: "Kiểm tra tệp" }).click();
  await expect(panel.getByText("2 dòng, không có lỗi. Bấm “Nhập” để ghi tất cả.")).toBeVisible();
  await panel.getByRole("button", { name: "Nhập 2 dòng" }).click();
  await expect(panel.getByText("Đã nhập 2 đơn vị vào sổ đăng ký.")).toBeVisible();

  await panel.getByRole("link", { name: "Về sổ đăng ký" }).click();
  await page.getByLabel("Tìm theo tên").fill("dong hy");
  await page.getByRole("button", { name: "Lọc" }).click();
  await expect(page.getByRole("row", { name: /HTX rau an toàn Đồng Hỷ/ })).toContainText("Khá (2024)");
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Tải danh sách (CSV)" }).click()]);
  expect(download.suggestedFilename()).toMatch(/^so-dang-ky-thai-nguyen-\d{4}-\d{2}-\d{2}\.csv$/);
  const bytes = await readFile((await download.path())!);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  expect(bytes.toString("utf8")).toContain("HTX rau an toàn Đồng Hỷ,HTX,nông nghiệp,Hóa Thượng,,2019,,25,6,khá,2024,");
  expect(bytes.toString("utf8").trim().split("\r\n")).toHaveLength(2);
});
