// Pure pieces of the register and its import: name folding and the accent-insensitive pattern, the CSV reader
// (Excel's dialects) and writer, and the words accepted for types, sectors and qualifiers.
import { describe, expect, it } from "vitest";
import { parseCsv, TooManyRows, writeCsv } from "@/lib/services/import/csv";
import { SECTOR_WORDS, TYPE_WORDS, vocabulary } from "@/lib/services/import/register-columns";
import { accentInsensitivePattern, foldName } from "@/lib/domain/search-text";

describe("search text", () => {
  it("folds Vietnamese names to lower-case ASCII", () => {
    expect(foldName("  HTX chè   Tân Hương ")).toBe("htx che tan huong");
    expect(foldName("ĐỒNG HỶ".normalize("NFD"))).toBe("dong hy");
  });
  it("builds a pattern whose letters match every accent and case, with regex characters taken literally", () => {
    const re = new RegExp(accentInsensitivePattern("tan huong"));
    for (const name of ["HTX chè Tân Hương", "HTX TÂN HƯƠNG", "tan huong"]) expect(re.test(name)).toBe(true);
    expect(re.test("HTX Tân Phú")).toBe(false);
    expect(new RegExp(accentInsensitivePattern("dong")).test("HTX Đồng Hỷ")).toBe(true);
    expect(new RegExp(accentInsensitivePattern("a.b (1)")).test("axb 1")).toBe(false);
    expect(new RegExp(accentInsensitivePattern("a.b (1)")).test("HTX A.B (1)")).toBe(true);
  });
});

describe("CSV", () => {
  it("reads a BOM, quoted cells with commas, quotes and line breaks, and CRLF", () => {
    expect(parseCsv('\uFEFFa,"b, c","say ""hi""","two\nlines"\r\n1,2,3,4\r\n')).toEqual([["a", "b, c", 'say "hi"', "two\nlines"], ["1", "2", "3", "4"]]);
  });
  it("reads semicolon- and tab-separated files as Excel writes them with Vietnamese settings", () => {
    expect(parseCsv("Tên;Số thành viên\nHTX A;1.342\n")).toEqual([["Tên", "Số thành viên"], ["HTX A", "1.342"]]);
    expect(parseCsv("a\tb\n1\t2")).toEqual([["a", "b"], ["1", "2"]]);
  });
  it("guesses the delimiter from the rows, not from a decimal comma or a trailing blank line", () => {
    expect(parseCsv("Tên;Ghi chú\r\nHTX A;4,67\r\nHTX B;\"x;y\"\r\n\r\n")).toEqual([["Tên", "Ghi chú"], ["HTX A", "4,67"], ["HTX B", "x;y"], [""]]);
    expect(parseCsv("Tên\nHTX A\n")).toEqual([["Tên"], ["HTX A"]]);
  });
  it("with limits: blank lines leave holes (row numbers stay the file's), extra columns are dropped, too many rows throw", () => {
    const rows = parseCsv("a,b,c\n\n , \n1,2,3\n", { maxRows: 10, maxColumns: 2 });
    expect(rows.length).toBe(4);
    expect([rows[0], rows[1], rows[2], rows[3]]).toEqual([["a", "b"], undefined, undefined, ["1", "2"]]);
    expect(() => parseCsv("h\n" + "x\n\n".repeat(3), { maxRows: 3, maxColumns: 5 })).toThrow(TooManyRows);
    expect(parseCsv("h\n" + "x\n\n".repeat(2), { maxRows: 3, maxColumns: 5 }).filter(Boolean)).toHaveLength(3);
  });
  it("writes UTF-8 with a BOM and reads back what it wrote", () => {
    const buf = writeCsv(["Tên", "Ghi chú"], [["HTX \"Tân\", Hương", "4,67"], [null, 12]]);
    expect([...buf.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(parseCsv(buf.toString("utf8"))).toEqual([["Tên", "Ghi chú"], ['HTX "Tân", Hương', "4,67"], ["", "12"]]);
  });
});

describe("words in files", () => {
  it("accepts codes, abbreviations and full Vietnamese names, with or without accents", () => {
    const type = vocabulary(TYPE_WORDS);
    expect(["HTX", "hợp tác xã", "LH HTX", "Liên hiệp hợp tác xã", "lien hiep htx", "THT", "tổ hợp tác", "QTDND", "LH_HTX"].map(type)).toEqual(["HTX", "HTX", "LH_HTX", "LH_HTX", "LH_HTX", "THT", "THT", "QTDND", "LH_HTX"]);
    expect(type("Hợp tác xã kiểu mới")).toBeNull();
    const sector = vocabulary(SECTOR_WORDS);
    expect(["Nông nghiệp", "thương mại - dịch vụ", "Công nghiệp – tiểu thủ công nghiệp", "khác", "khá"].map(sector)).toEqual(["AGRICULTURE", "TRADE_SERVICE", "INDUSTRY_CRAFT", "OTHER", null]);
  });
});
