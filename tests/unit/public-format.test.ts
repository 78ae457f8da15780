import { describe, expect, it } from "vitest";
import { dimensionLabel } from "@/lib/format/dimension";
import { formatTarget } from "@/lib/format/target";
import { fill } from "@/lib/i18n/fill";
import { en } from "@/lib/i18n/messages/en";
import { vi } from "@/lib/i18n/messages/vi";

describe("formatTarget", () => {
  const t = (min: number, max: number | null, qualifier: "EXACT" | "AT_LEAST" | "APPROX" = "EXACT", kind = "TERM_TOTAL") => ({
    kind,
    min,
    max,
    qualifier,
  });
  it("writes targets the way the resolutions do", () => {
    expect(formatTarget(t(120, null, "APPROX"), "COUNT", "vi", vi.terms.orMore)).toBe("≈ 120");
    expect(formatTarget(t(25, null, "AT_LEAST", "END_LEVEL"), "PERCENT", "vi", vi.terms.orMore)).toBe("≥ 25%");
    expect(formatTarget(t(30, 35), "COUNT", "vi", vi.terms.orMore)).toBe("30–35");
    expect(formatTarget(t(30, 35, "AT_LEAST"), "COUNT", "vi", vi.terms.orMore)).toBe("30–35 trở lên");
    expect(formatTarget(t(1000, null), "COUNT", "vi", vi.terms.orMore)).toBe("1.000");
  });
  it("shows a growth target as a multiple, whatever the indicator's unit", () => {
    expect(formatTarget(t(1.5, 2, "EXACT", "GROWTH"), "MILLION_VND_PER_PERSON_MONTH", "vi", vi.terms.orMore)).toBe("1,5–2 lần");
    expect(formatTarget(t(1.5, 2, "EXACT", "GROWTH"), "MILLION_VND_PER_PERSON_MONTH", "en", en.terms.orMore)).toBe("1.5–2 times");
  });
});

describe("dimensionLabel", () => {
  it("keeps place names and translates codes", () => {
    expect(dimensionLabel("district:Đại Từ", vi)).toBe("Đại Từ");
    expect(dimensionLabel("product:tea", vi)).toBe("chè");
    expect(dimensionLabel("product:tea", en)).toBe("tea");
    expect(dimensionLabel("sector:agriculture/exemplary", vi)).toBe("nông nghiệp, HTX tiêu biểu");
  });
  it("falls back to the text after the colon", () => {
    expect(dimensionLabel("sector:fish_farming", vi)).toBe("fish farming");
    expect(dimensionLabel("", vi)).toBe("");
  });
});

describe("fill", () => {
  it("fills placeholders and leaves unknown ones visible", () => {
    expect(fill("{all} tỉnh trước {date}", { all: 63, date: "01/07/2025" })).toBe("63 tỉnh trước 01/07/2025");
    expect(fill("{missing}", {})).toBe("{missing}");
  });
});
