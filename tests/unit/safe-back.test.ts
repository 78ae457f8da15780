import { describe, expect, it } from "vitest";
import { sameSitePath } from "@/lib/domain/same-site-path";
import { safeAuthRedirect, safeBackPath } from "@/lib/auth/safe-back";

// Every value here, once a browser has resolved it against the site, must not leave the site (issue 8, item 1).
const HOSTILE: unknown[] = [
  "//evil.example/x",
  "///evil.example",
  "/\\evil.example",
  "\\\\evil.example",
  "\\/evil.example",
  "/x/..//evil.example",
  "/x/../..//evil.example",
  "/..//evil.example",
  "/.//evil.example",
  "/%2e%2e//evil.example/p",
  "/x/%2e%2e//evil.example",
  "/.%2e//evil.example",
  "/%2E//evil.example",
  "/%2F%2Fevil.example",
  "/%2f%5cevil.example",
  "/%5Cevil.example",
  "/%252F%252Fevil.example",
  "/%252e%252e//evil.example",
  "/x/%2e%2e/%2e%2e/%2F%2Fevil.example",
  "/%09/evil.example",
  "/\t/evil.example",
  "/\n/evil.example",
  "/\r/evil.example",
  "/\u0000/evil.example",
  "/\u2028/evil.example",
  " //evil.example",
  "https://evil.example/",
  "http:evil.example",
  "http:/evil.example",
  "HTTPS://evil.example",
  "javascript:alert(1)",
  "JaVaScRiPt:alert(document.cookie)",
  "/javascript:alert(1)/../..//evil.example",
  "data:text/html,<script>alert(1)</script>",
  "evil.example",
  "quan-ly",
  "%2F%2Fevil.example",
  "/%E0%A4%A",
  "/" + "a".repeat(2100),
  "",
  undefined,
  null,
  42,
  ["/quan-ly"],
];

describe("sameSitePath: the same-origin rule for every redirect target", () => {
  it.each(HOSTILE.map((v) => [v]))("refuses %j", (raw) => {
    expect(sameSitePath(raw)).toBeNull();
  });

  it.each([
    ["/", "/"],
    ["/quan-ly", "/quan-ly"],
    ["/quan-ly/bao-cao/thai-nguyen/2025?x=1#a", "/quan-ly/bao-cao/thai-nguyen/2025?x=1#a"],
    ["/quan-ly/dang-ky/ha-giang?q=h%E1%BB%A3p+t%C3%A1c", "/quan-ly/dang-ky/ha-giang?q=h%E1%BB%A3p+t%C3%A1c"],
    ["/quan-ly/./nhat-ky", "/quan-ly/nhat-ky"],
    ["/quan-ly/x/../nhat-ky", "/quan-ly/nhat-ky"],
    ["/en/tinh/thai-nguyen", "/en/tinh/thai-nguyen"],
    ["/so-sanh?chi-tieu=coops_total&nam=2024&back=//evil.example", "/so-sanh?chi-tieu=coops_total&nam=2024&back=//evil.example"],
  ])("keeps the site path %j as %j", (raw, expected) => {
    expect(sameSitePath(raw)).toBe(expected);
  });
});

describe("safeBackPath", () => {
  it("keeps a same-site path, in the page's language", () => {
    expect(safeBackPath("/quan-ly/bao-cao/thai-nguyen/2025?x=1#a", "vi")).toBe("/quan-ly/bao-cao/thai-nguyen/2025?x=1#a");
    expect(safeBackPath("/quan-ly/nhat-ky", "en")).toBe("/en/quan-ly/nhat-ky");
    expect(safeBackPath("/en/quan-ly", "en")).toBe("/en/quan-ly");
    expect(safeBackPath("/", "en")).toBe("/en");
  });
  it.each([...HOSTILE, "/dang-nhap", "/en/dang-nhap?back=/x", "/api/auth/signout", "/x/../dang-nhap", "/%64ang-nhap", "/API/v1/provinces"].map((v) => [v]))(
    "falls back to the dashboard for %j",
    (raw) => {
      expect(safeBackPath(raw, "vi")).toBe("/quan-ly");
      expect(safeBackPath(raw, "en")).toBe("/en/quan-ly");
    },
  );
});

describe("safeAuthRedirect (next-auth's redirect callback)", () => {
  const base = "http://localhost:3000";
  it("keeps a path or an address on this site", () => {
    expect(safeAuthRedirect("/quan-ly", base)).toBe("http://localhost:3000/quan-ly");
    expect(safeAuthRedirect("http://localhost:3000/en/quan-ly?x=1", base)).toBe("http://localhost:3000/en/quan-ly?x=1");
  });
  it.each([...HOSTILE.filter((v): v is string => typeof v === "string"), "http://localhost:3000//evil.example", "http://localhost:3000/x/..//evil.example", "http://localhost:3001/", "http://localhost:3000@evil.example/"])(
    "sends %j to the site's root",
    (url) => {
      expect(safeAuthRedirect(url, base)).toBe(base);
    },
  );
});
