import { describe, expect, it } from "vitest";
import { safeBackPath } from "../../lib/auth/safe-back";

describe("safeBackPath", () => {
  it("keeps a same-site path, in the page's language", () => {
    expect(safeBackPath("/quan-ly/bao-cao/thai-nguyen/2025?x=1#a", "vi")).toBe("/quan-ly/bao-cao/thai-nguyen/2025?x=1#a");
    expect(safeBackPath("/quan-ly/nhat-ky", "en")).toBe("/en/quan-ly/nhat-ky");
    expect(safeBackPath("/en/quan-ly", "en")).toBe("/en/quan-ly");
  });
  it.each([undefined, "", "quan-ly", "//evil.example/x", "/\\evil.example", "https://evil.example/", "/\tevil", "/dang-nhap", "/en/dang-nhap?back=/x", "/api/auth/signout", 42])(
    "falls back to the dashboard for %j",
    (raw) => {
      expect(safeBackPath(raw, "vi")).toBe("/quan-ly");
    },
  );
});
