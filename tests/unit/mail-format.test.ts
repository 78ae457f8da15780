// The words of a notification mail and the mail settings (decision 0038).
import { describe, expect, it } from "vitest";
import { composeMail, dedupeKey, mailBaseUrl, mailSender, reportLink } from "@/lib/format/mail";
import { EnvError, readEnv } from "@/lib/env";
import { defaultBackoffMs, smtpOptions } from "@/server/mail-worker";

const facts = { province: "Thái Nguyên", slug: "thai-nguyen", year: 2025, recipient: "Chị Lan", actor: "Anh Minh" };

describe("a notification mail", () => {
  it("names the province, the year and the action, with an absolute link, in Vietnamese", () => {
    const { subject, text } = composeMail({ ...facts, kind: "return", locale: "vi", comment: "Thiếu {số} HTX" }, "https://htx.gov.vn");
    expect(subject).toBe("[HTX Dashboard] Thái Nguyên: báo cáo năm 2025 bị trả lại");
    expect(text.split("\n")).toEqual([
      "Kính gửi Chị Lan,",
      "",
      "Anh Minh đã trả lại báo cáo năm 2025 của Thái Nguyên để sửa.",
      "",
      "Ý kiến: Thiếu {số} HTX", // a comment is plain text: braces in it are not placeholders
      "",
      "Mở báo cáo: https://htx.gov.vn/quan-ly/bao-cao/thai-nguyen/2025",
      "",
      "-- ",
      "Thư tự động của HTX Dashboard, xin đừng trả lời thư này. Chọn ngôn ngữ của thư tại: https://htx.gov.vn/tai-khoan/thu",
    ]);
  });

  it("in English under /en, and a reminder names the due day in the reader's way", () => {
    const en = composeMail({ ...facts, kind: "reminder", locale: "en", due: new Date(Date.UTC(2025, 11, 21)), days: 3 }, "http://localhost:3000");
    expect(en.subject).toBe("[HTX Dashboard] Thái Nguyên: the 2025 report is due on 21 Dec 2025");
    expect(en.text).toContain("(3 days left)");
    expect(en.text).toContain("Open the report: http://localhost:3000/en/quan-ly/bao-cao/thai-nguyen/2025");
    const vi = composeMail({ ...facts, kind: "reminder", locale: "vi", due: new Date(Date.UTC(2025, 11, 21)), days: 3 }, "http://localhost:3000");
    expect(vi.subject).toBe("[HTX Dashboard] Thái Nguyên: báo cáo năm 2025 đến hạn ngày 21/12/2025");
    expect(reportLink("https://x.vn", "en", "ha-giang", 2024)).toBe("https://x.vn/en/quan-ly/bao-cao/ha-giang/2024");
    expect(dedupeKey("submit", "12:4", 7)).toBe("submit:12:4:7");
  });

  it("links on PUBLIC_URL, else on localhost and PORT; comes from MAIL_FROM, else no-reply at that host", () => {
    expect(mailBaseUrl({ PUBLIC_URL: "https://htx.gov.vn/", PORT: 3000 })).toBe("https://htx.gov.vn");
    expect(mailBaseUrl({ PORT: 3100 })).toBe("http://localhost:3100");
    expect(mailSender({ PUBLIC_URL: "https://htx.gov.vn" })).toBe("HTX Dashboard <no-reply@htx.gov.vn>");
    expect(mailSender({})).toBe("HTX Dashboard <no-reply@localhost>");
    expect(mailSender({ MAIL_FROM: "Liên minh <a@b.vn>" })).toBe("Liên minh <a@b.vn>");
  });
});

describe("the mail worker's settings", () => {
  it("takes smtp:// and smtps:// URLs and a sender address, refusing others without echoing a password", () => {
    expect(readEnv({ SMTP_URL: "smtp://u:p@mail.x.vn:587", MAIL_FROM: "HTX <a@x.vn>" })).toMatchObject({ SMTP_URL: "smtp://u:p@mail.x.vn:587", MAIL_FROM: "HTX <a@x.vn>" });
    expect(readEnv({ SMTP_URL: "" }).SMTP_URL).toBeUndefined();
    const problems = (() => {
      try {
        readEnv({ SMTP_URL: "http://u:secret-pw@mail.x.vn", MAIL_FROM: "not an address" });
      } catch (e) {
        return (e as EnvError).problems;
      }
      return [];
    })();
    expect(problems.map((p) => p.split(":")[0]).sort()).toEqual(["MAIL_FROM", "SMTP_URL"]);
    expect(problems.join("\n")).not.toContain("secret-pw");
  });

  it("reads SMTP_URL's host, port, TLS and login (decoded)", () => {
    expect(smtpOptions("smtp://user%40x.vn:p%3Ass@mail.x.vn:587")).toEqual({ host: "mail.x.vn", port: 587, secure: false, auth: { user: "user@x.vn", pass: "p:ss" } });
    expect(smtpOptions("smtps://mail.x.vn")).toEqual({ host: "mail.x.vn", port: 465, secure: true });
    expect(smtpOptions("smtp://127.0.0.1:2525")).toEqual({ host: "127.0.0.1", port: 2525, secure: false });
  });
  it("waits longer after each failure, up to six hours", () => {
    expect([1, 2, 3].map(defaultBackoffMs)).toEqual([30_000, 60_000, 120_000]);
    expect(defaultBackoffMs(20)).toBe(6 * 3600_000);
  });
});
