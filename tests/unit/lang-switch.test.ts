import { describe, expect, it } from "vitest";
import { parseSwitchQuery } from "../../lib/i18n/switch";

const parse = (query: string) => parseSwitchQuery(new URLSearchParams(query));

describe("language switch query", () => {
  it("accepts a locale and a same-site path", () => {
    expect(parse("to=en&back=/tinh/thai-nguyen").data).toEqual({ to: "en", back: "/tinh/thai-nguyen" });
    expect(parse("to=vi").data).toEqual({ to: "vi", back: "/" });
  });
  it("rejects an unknown locale", () => {
    expect(parse("to=fr&back=/").success).toBe(false);
    expect(parse("back=/").success).toBe(false);
  });
  it.each(["//evil.example", "/\\evil.example", "https://evil.example", "evil", "/a\nb"])("sends %j home", (back) => {
    expect(parse(`to=en&back=${encodeURIComponent(back)}`).data?.back).toBe("/");
  });
});
