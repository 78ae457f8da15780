import { describe, expect, it } from "vitest";
import { hasFlags, inheritFlags, NO_FLAGS, weakestAttribution } from "@/lib/domain/flags";
import { localText } from "@/lib/format/local-text";

describe("a figure made of others inherits their flags", () => {
  it("a national total that counts the unconfirmed province is unconfirmed, and says whose it is", () => {
    const f = inheritFlags([
      { province: "thai-nguyen", flags: NO_FLAGS },
      { province: "hoa-binh", flags: { ...NO_FLAGS, attribution: "UNCONFIRMED" } },
      { province: "thai-binh", flags: { ...NO_FLAGS, attribution: "INFERRED" } },
    ]);
    expect(f.attribution).toBe("UNCONFIRMED");
    expect(f.from.unconfirmed).toEqual(["hoa-binh"]);
    expect(f.from.inferred).toEqual(["thai-binh"]);
    expect(hasFlags(f)).toBe(true);
  });

  it("ambiguous, estimated and derived inputs each make the result so", () => {
    const f = inheritFlags([
      { province: "a", flags: { ...NO_FLAGS, ambiguous: true } },
      { province: "b", flags: { ...NO_FLAGS, estimate: true } },
      { province: "c", flags: { ...NO_FLAGS, derived: true } },
      { province: "c", flags: { ...NO_FLAGS, derived: true } },
    ]);
    expect([f.ambiguous, f.estimate, f.derived]).toEqual([true, true, true]);
    expect(f.from).toMatchObject({ ambiguous: ["a"], estimate: ["b"], derived: ["c"] });
    expect(f.attribution).toBe("STATED");
  });

  it("clean inputs give a clean result; no inputs give no flags", () => {
    expect(hasFlags(inheritFlags([{ province: "a", flags: NO_FLAGS }]))).toBe(false);
    expect(hasFlags(inheritFlags([]))).toBe(false);
  });

  it("the weakest attribution wins whatever the order", () => {
    expect(weakestAttribution("UNCONFIRMED", "INFERRED")).toBe("UNCONFIRMED");
    expect(weakestAttribution("STATED", "INFERRED")).toBe("INFERRED");
  });
});

describe("notes in the page's language", () => {
  it("English where written, else the Vietnamese marked lang=vi; Vietnamese pages unchanged", () => {
    expect(localText("Lao động thường xuyên.", "Regular workers.", "en")).toEqual({ text: "Regular workers." });
    expect(localText("Lao động thường xuyên.", null, "en")).toEqual({ text: "Lao động thường xuyên.", lang: "vi" });
    expect(localText("Lao động thường xuyên.", "Regular workers.", "vi")).toEqual({ text: "Lao động thường xuyên." });
    expect(localText(null, null, "en")).toBeNull();
  });
});
