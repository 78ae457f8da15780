// Formula-like text in the files we hand out (OWASP CSV injection): neutralised with a leading quote and quoted
// in CSV, in every writer (the import's CSV, the open-data API's CSV); numbers stay numbers.
import { describe, expect, it } from "vitest";
import { formulaSafe, withoutFormulaQuote } from "@/lib/domain/formula-text";
import { csv } from "@/lib/api/respond";
import { parseCsv, writeCsv } from "@/lib/services/import/csv";
import { csvBuffer } from "@/lib/services/import/workbook";

export const HOSTILE = ["=1+1", '=HYPERLINK("http://x","y")', "+cmd|' /C calc'!A0", "@SUM(A1)", "-2+3", "\t=1", "\r=1"];

describe("formulaSafe", () => {
  it("puts a quote before text starting with =, +, -, @, tab or CR, and leaves other text alone", () => {
    expect(HOSTILE.map(formulaSafe)).toEqual(HOSTILE.map((s) => `'${s}`));
    for (const s of ["HTX chè Tân Hương", "", "a=b", " =1", "'quoted", "4,67"]) expect(formulaSafe(s)).toBe(s);
  });
  it("is undone when one of our files comes back", () => {
    for (const s of [...HOSTILE, "HTX A", "'plain"]) expect(withoutFormulaQuote(formulaSafe(s))).toBe(s);
  });
});

describe("CSV writers", () => {
  it("the import's writer: quoted, with the quote inside; numbers as numbers, negative ones too", () => {
    const text = writeCsv(["name", "n"], [...HOSTILE.map((s) => [s, -5]), ["HTX A", 12.5]]).toString("utf8");
    expect(text).toContain('"\'=1+1",-5\r\n');
    expect(text).toContain('"\'=HYPERLINK(""http://x"",""y"")",-5\r\n');
    expect(text).toContain('"\'+cmd|\' /C calc\'!A0",-5\r\n');
    expect(text).toContain('"\'@SUM(A1)",-5\r\n');
    expect(text).toContain('"\'-2+3",-5\r\n');
    expect(text).toContain('"\'\t=1",-5\r\n');
    expect(text).toContain("HTX A,12.5\r\n");
    expect(parseCsv(text).slice(1, 8).map((r) => r[0])).toEqual(HOSTILE.map((s) => `'${s}`));
  });
  it("the Vietnamese number format of the import's files keeps negative numbers unquoted", () => {
    const text = csvBuffer({ name: "s", header: ["a", "b"], rows: [["=1+1", -4.67]] }, "vi").toString("utf8");
    expect(text).toContain('"\'=1+1","-4,67"\r\n');
  });
  it("the open-data API's csv()", async () => {
    const res = csv("x.csv", ["source", "value", "derived"], [["=1+1", -5, true], ["@SUM(A1)", 3.5, false]]);
    const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(await res.arrayBuffer());
    expect(text).toBe('\uFEFFsource,value,derived\r\n"\'=1+1",-5,true\r\n"\'@SUM(A1)",3.5,false\r\n');
  });
});
