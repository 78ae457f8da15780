import { describe, expect, it } from "vitest";
import { byName, compareVi } from "@/lib/domain/collation";

describe("Vietnamese collation", () => {
  it("puts Đ after D, ă after a, and folds case and tones", () => {
    const names = ["Đắk Lắk", "Zeta", "Điện Biên", "Dak", "Bắc Ninh", "an giang", "Bạc Liêu", "Dương", "An Giang", "Đồng Nai", "Ê Đê", "Ea Súp"];
    expect([...names].sort(compareVi)).toEqual([
      "An Giang", "an giang", "Bạc Liêu", "Bắc Ninh", "Dak", "Dương", "Đắk Lắk", "Điện Biên", "Đồng Nai", "Ea Súp", "Ê Đê", "Zeta",
    ]);
  });
  it("sorts records by name and is stable across runs for names equal but for case", () => {
    const rows = [{ name: "điện biên" }, { name: "Điện Biên" }, { name: "Cà Mau" }];
    expect(rows.sort(byName).map((r) => r.name)).toEqual(["Cà Mau", "Điện Biên", "điện biên"]);
    expect(compareVi("Dak", "Đak")).toBeLessThan(0);
    expect(compareVi("Đ", "E")).toBeLessThan(0);
  });
});
