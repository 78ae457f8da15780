import { describe, expect, it } from "vitest";
import { slugify } from "@/lib/domain/slug";

describe("slugify", () => {
  it.each([
    ["Thái Nguyên", "thai-nguyen"],
    ["Hà Giang", "ha-giang"],
    ["TP Hồ Chí Minh", "tp-ho-chi-minh"],
    ["Bà Rịa – Vũng Tàu", "ba-ria-vung-tau"],
    ["Đắk Lắk", "dak-lak"],
    ["Hòa Bình", "hoa-binh"],
    ["Thừa Thiên Huế", "thua-thien-hue"],
    ["  Cần Thơ!! ", "can-tho"],
    ["Quảng Ngãi (2019)", "quang-ngai-2019"],
    ["ĐỒNG THÁP", "dong-thap"],
    ["", ""],
  ])("%j → %j", (name, slug) => {
    expect(slugify(name)).toBe(slug);
  });

  it("handles precomposed and decomposed input alike", () => {
    expect(slugify("Hòa Bình".normalize("NFD"))).toBe("hoa-binh");
  });
});
