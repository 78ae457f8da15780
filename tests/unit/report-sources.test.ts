// The pure parts of citing a report's source (decision 0040): dates typed the Vietnamese way, the citation's
// checks, the citation in words in both languages, what a file is judged from its bytes, and the download's name.
import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { attachmentHeader } from "@/lib/api/attachment";
import { parseDayMonthYear } from "@/lib/domain/date-input";
import { citationText, fileSizeText } from "@/lib/format/citation";
import { sourceDetails } from "@/lib/format/source";
import { en } from "@/lib/i18n/messages/en";
import { vi } from "@/lib/i18n/messages/vi";
import { documentType } from "@/lib/services/sources/document-type";
import { checkCitation, citationBody } from "@/lib/validation/report-source";

describe("parseDayMonthYear", () => {
  it("reads day/month/year with /, - or . and ISO, as UTC midnight", () => {
    for (const s of ["15/12/2025", "15-12-2025", "15.12.2025", "2025-12-15", " 15/12/2025 "]) {
      expect(parseDayMonthYear(s)).toEqual({ ok: true, date: new Date(Date.UTC(2025, 11, 15)) });
    }
    expect(parseDayMonthYear("5/1/2024")).toEqual({ ok: true, date: new Date(Date.UTC(2024, 0, 5)) });
  });
  it("refuses days the calendar lacks and other shapes", () => {
    expect(parseDayMonthYear("31/02/2025")).toEqual({ ok: false, problem: "NOT_A_DATE" });
    expect(parseDayMonthYear("29/02/2023")).toEqual({ ok: false, problem: "NOT_A_DATE" });
    expect(parseDayMonthYear("29/02/2024").ok).toBe(true);
    expect(parseDayMonthYear("12/15/2025")).toEqual({ ok: false, problem: "NOT_A_DATE" });
    for (const s of ["", "15/12/25", "2025/12/15", "Dec 15 2025", "15 12 2025"]) expect(parseDayMonthYear(s)).toEqual({ ok: false, problem: "MALFORMED" });
  });
});

describe("checkCitation", () => {
  const now = new Date("2025-12-15T18:00:00Z"); // already 16 December in Vietnam
  const check = (b: object) => checkCitation(citationBody.parse(b), now);
  it("takes today in Vietnam and refuses tomorrow", () => {
    expect(check({ documentNo: "25/BC-LMHTX", issuedOn: "16/12/2025", issuer: "Liên minh HTX" }).ok).toBe(true);
    const late = check({ documentNo: "25/BC-LMHTX", issuedOn: "17/12/2025", issuer: "Liên minh HTX" });
    expect(late.ok ? [] : late.problems.map((p) => p.code)).toEqual(["DATE_IN_FUTURE"]);
  });
  it("folds spaces and keeps the bounds of the database (100 and 300 characters)", () => {
    const ok = check({ documentNo: " 25/BC-LMHTX ", issuedOn: "15/12/2025", issuer: "Liên  minh\nHTX " });
    expect(ok).toEqual({ ok: true, citation: { documentNo: "25/BC-LMHTX", issuedOn: new Date(Date.UTC(2025, 11, 15)), issuer: "Liên minh HTX" } });
    const long = check({ documentNo: "x".repeat(100), issuedOn: "15/12/2025", issuer: "y".repeat(300) });
    expect(long.ok).toBe(true);
  });
});

describe("the citation in words", () => {
  const s = { documentNo: "25/BC-LMHTX", publishedOn: "2025-12-15", publisher: "Liên minh HTX tỉnh Thái Nguyên" };
  it("reads as the Vietnamese document says and in English", () => {
    expect(citationText(s, "vi", vi)).toBe("Báo cáo số 25/BC-LMHTX ngày 15/12/2025 của Liên minh HTX tỉnh Thái Nguyên");
    expect(citationText(s, "en", en)).toBe("Report No. 25/BC-LMHTX of 15 Dec 2025, Liên minh HTX tỉnh Thái Nguyên");
  });
  it("is the source panel's title, with a link to each attached file", () => {
    const ref = { key: "report-1", title: "x", publisher: s.publisher, publishedOn: s.publishedOn, eventOn: null, url: null, attribution: "STATED" as const, attributionNote: null, attributionNoteEn: null, documentNo: s.documentNo, files: [{ id: 7, filename: "bc.pdf", mediaType: "application/pdf", size: 123_456 }] };
    expect(sourceDetails(ref, "vi", vi)).toEqual({ title: citationText(s, "vi", vi), lines: [], url: null, attribution: null, files: [{ href: "/api/v1/source-files/7", label: "Tải văn bản (PDF, 121 KB)" }] });
    expect(sourceDetails(null, "vi", vi).title).toBe("Chưa ghi nguồn");
    expect(fileSizeText(1_572_864, "vi")).toBe("1,5 MB");
    expect(fileSizeText(1_572_864, "en")).toBe("1.5 MB");
  });
});

describe("documentType", () => {
  const zip = async (names: string[]) => {
    const z = new JSZip();
    for (const n of names) z.file(n, "<x/>");
    return z.generateAsync({ type: "uint8array" });
  };
  it("knows a PDF, an XLSX and a DOCX by their content", async () => {
    expect(documentType(Buffer.from("%PDF-1.7\n…"))).toBe("application/pdf");
    expect(documentType(await zip(["[Content_Types].xml", "xl/workbook.xml"]))).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    expect(documentType(await zip(["[Content_Types].xml", "word/document.xml"]))).toBe("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
  });
  it("refuses anything else, a zip claiming to be both, and a damaged zip", async () => {
    expect(documentType(Buffer.from("MZ\x90\x00", "latin1"))).toBeNull();
    expect(documentType(Buffer.from("<html>%PDF-"))).toBeNull();
    expect(documentType(Buffer.from(" %PDF-1.4"))).toBeNull();
    expect(documentType(await zip(["[Content_Types].xml", "xl/workbook.xml", "word/document.xml"]))).toBeNull();
    expect(documentType(await zip(["word/document.xml"]))).toBeNull();
    expect(documentType(Buffer.from("PK\x03\x04garbage", "latin1"))).toBeNull();
    expect(documentType(new Uint8Array(0))).toBeNull();
  });
});

describe("attachmentHeader", () => {
  it("gives an ASCII name and the UTF-8 one, with nothing that could end the header's quotes", () => {
    expect(attachmentHeader("Báo cáo số 25 (Đắk Lắk).pdf")).toBe(`attachment; filename="Bao cao so 25 (Dak Lak).pdf"; filename*=UTF-8''B%C3%A1o%20c%C3%A1o%20s%E1%BB%91%2025%20%28%C4%90%E1%BA%AFk%20L%E1%BA%AFk%29.pdf`);
    expect(attachmentHeader('a"b\\c.pdf')).toBe(`attachment; filename="a_b_c.pdf"; filename*=UTF-8''a%22b%5Cc.pdf`);
  });
});
