import { describe, expect, it } from "vitest";
import { localePath, switchLocalePath } from "@/lib/i18n/paths";

describe("locale paths", () => {
  it("keeps Vietnamese at the root and puts English under /en", () => {
    expect(localePath("vi", "/tinh/thai-nguyen")).toBe("/tinh/thai-nguyen");
    expect(localePath("en", "/tinh/thai-nguyen")).toBe("/en/tinh/thai-nguyen");
    expect(localePath("en", "/")).toBe("/en");
    expect(localePath("vi", "/")).toBe("/");
  });
  it("switches a page to the other language", () => {
    expect(switchLocalePath("/tinh/thai-nguyen", "en")).toBe("/en/tinh/thai-nguyen");
    expect(switchLocalePath("/en/tinh/thai-nguyen", "vi")).toBe("/tinh/thai-nguyen");
    expect(switchLocalePath("/en", "vi")).toBe("/");
    expect(switchLocalePath("/", "en")).toBe("/en");
    expect(switchLocalePath("/english-page", "en")).toBe("/en/english-page");
  });
  it("never links to another site, whatever address the page was opened at", () => {
    expect(switchLocalePath("/en//evil.example", "vi")).toBe("/");
    expect(switchLocalePath("/en//evil.example/x", "vi")).toBe("/");
    expect(switchLocalePath("/en/\\evil.example", "vi")).toBe("/");
    expect(switchLocalePath("//evil.example", "en")).toBe("/en//evil.example");
  });
});
