// A report cites its source document and attaches its file (decision 0040): the citation's checks in Vietnamese
// per field, who may change it and when (a draft, by its province's editors), files judged by their content and
// bounded while read, downloads as attachments to whoever may read the report, and the public API citing the
// document once the report is approved.
import { createHash } from "node:crypto";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { NextRequest } from "next/server";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/prisma-client";
import { databaseUrl, freshDemoDb, sql } from "@/tests/support/db";
import { makeReport, makeUser } from "@/tests/support/factories";
import { call, loadRoutes, sessionCookie } from "@/tests/support/routes";
import { upload } from "./import-helpers";

const loaders = {
  source: () => import("@/app/api/v1/provinces/[slug]/reports/[year]/source/route"),
  files: () => import("@/app/api/v1/provinces/[slug]/reports/[year]/source/files/route"),
  file: () => import("@/app/api/v1/provinces/[slug]/reports/[year]/source/files/[id]/route"),
  download: () => import("@/app/api/v1/source-files/[id]/route"),
  action: () => import("@/app/api/v1/provinces/[slug]/reports/[year]/[action]/route"),
  reports: () => import("@/app/api/v1/provinces/[slug]/reports/route"),
};
let db: PrismaClient;
let r: Awaited<ReturnType<typeof loadRoutes<typeof loaders>>>;
const cookies: Record<string, string> = {};
const slug = "thai-nguyen";
const YEAR = 2023;
const MB = 1024 * 1024;
const json = { "content-type": "application/json" };
const CITATION = { documentNo: "25/BC-LMHTX", issuedOn: "15/12/2023", issuer: "Liên minh HTX tỉnh Thái Nguyên" };

const put = (body: unknown, cookie?: string, year = YEAR, query = "") =>
  call(r.source.PUT, `/api/v1/provinces/${slug}/reports/${year}/source${query}`, { slug, year: String(year) }, { method: "PUT", body, headers: { ...json, ...(cookie ? { cookie } : {}) } });
// One value's own source: the same route with ?indicator=code.
const putValue = (code: string, body: unknown, cookie?: string, year = YEAR) => put(body, cookie, year, `?indicator=${code}`);
const removeValue = (query: string, cookie?: string) =>
  call(r.source.DELETE, `/api/v1/provinces/${slug}/reports/${YEAR}/source${query}`, { slug, year: String(YEAR) }, { method: "DELETE", body: {}, headers: { ...json, ...(cookie ? { cookie } : {}) } });
const VALUE_CITATION = { documentNo: "12/BC-SNN", issuedOn: "10/12/2023", issuer: "Sở Nông nghiệp tỉnh Thái Nguyên" };
const valueSource = (code: string, year = YEAR) => sql<{ key: string; documentNo: string; title: string }>(`SELECT s.key, s."documentNo", s.title FROM "ReportValue" v JOIN "Indicator" i ON i.id = v."indicatorId" JOIN "Source" s ON s.id = v."sourceId" JOIN "YearlyReport" y ON y.id = v."reportId" JOIN "Province" p ON p.id = y."provinceId" WHERE p.slug = $1 AND y.year = $2 AND i.code = $3`, [slug, year, code]);
const attach = (bytes: Uint8Array, name: string, cookie?: string) =>
  r.files.POST(upload(`/api/v1/provinces/${slug}/reports/${YEAR}/source/files`, bytes, name, { cookie, headers: { accept: "application/json" } }), { params: Promise.resolve({ slug, year: String(YEAR) }) });
const download = (id: number, cookie?: string) =>
  r.download.GET(new NextRequest(new URL(`/api/v1/source-files/${id}`, "http://localhost"), { headers: cookie ? { cookie } : {} }), { params: Promise.resolve({ id: String(id) }) });
const step = (verb: string, cookie: string, body: unknown = {}) =>
  call(r.action.POST, `/api/v1/provinces/${slug}/reports/${YEAR}/${verb}`, { slug, year: String(YEAR), action: verb }, { method: "POST", body, headers: { ...json, cookie } });
const fieldsOf = async (res: Response) => Object.fromEntries(((await res.json()).error.fields as { field: string; message: string }[]).map((f) => [f.field, f.message]));

// Real documents, small: a PDF as a PDF writer starts one, an XLSX written by ExcelJS, a DOCX with the parts Word needs.
const pdf = Buffer.from("%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");
async function xlsxFile(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("Báo cáo").addRows([["Chỉ tiêu", "Số"], ["HTX", 1342]]);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
async function docxFile(parts: Record<string, string> = {
  "[Content_Types].xml": '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
  "_rels/.rels": '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
  "word/document.xml": '<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>Báo cáo số 25/BC-LMHTX</w:t></w:r></w:p></w:body></w:document>',
}): Promise<Uint8Array> {
  const zip = new JSZip();
  for (const [name, text] of Object.entries(parts)) zip.file(name, text);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

beforeAll(async () => {
  db = await freshDemoDb();
  r = await loadRoutes(loaders);
  for (const [name, role, province] of [["editor", "PROVINCE_EDITOR", slug], ["otherEditor", "PROVINCE_EDITOR", "ha-giang"], ["approver", "PROVINCE_APPROVER", slug], ["committee", "COMMITTEE", undefined], ["admin", "ADMIN", undefined]] as const) {
    cookies[name] = await sessionCookie(await makeUser(db, role, province));
  }
  await makeReport(db, slug, YEAR, "DRAFT");
});
afterAll(() => db.$disconnect());

const sourceRow = () => sql<{ key: string; documentNo: string; publisher: string; publishedOn: Date; title: string }>(`SELECT s.key, s."documentNo", s.publisher, s."publishedOn", s.title FROM "Source" s JOIN "YearlyReport" y ON y."sourceId" = s.id JOIN "Province" p ON p.id = y."provinceId" WHERE p.slug = $1 AND y.year = $2`, [slug, YEAR]);

describe("citing a draft report's source document", () => {
  it("asks for each field in Vietnamese, naming what is wrong, and saves nothing", async () => {
    const empty = await put({}, cookies.editor);
    expect(empty.status).toBe(422);
    expect(await fieldsOf(empty)).toEqual({ documentNo: "Cần ghi số văn bản.", issuedOn: "Cần ghi ngày ban hành.", issuer: "Cần ghi cơ quan ban hành." });
    const wrong = await put({ documentNo: "x".repeat(101), issuedOn: "31/02/2023", issuer: "y".repeat(301) }, cookies.editor);
    expect(await fieldsOf(wrong)).toEqual({ documentNo: "Số văn bản dài quá 100 ký tự.", issuedOn: "Không có ngày này trong lịch.", issuer: "Tên cơ quan ban hành dài quá 300 ký tự." });
    const future = await put({ ...CITATION, issuedOn: "01/01/2999" }, cookies.editor);
    expect(await fieldsOf(future)).toEqual({ issuedOn: "Ngày ban hành không được sau hôm nay." });
    const english = await put({ ...CITATION, issuedOn: "Dec 15 2023" }, cookies.editor);
    const { error } = await english.json();
    expect(error.fields[0]).toMatchObject({ field: "issuedOn", message: "Ngày ban hành viết theo ngày/tháng/năm, vd. 15/12/2025.", messageEn: "Write the date of issue as day/month/year, e.g. 15/12/2025." });
    expect(await sourceRow()).toEqual([]);
  });

  it("saves number, date and issuer as the report's source, audited, without touching the published generation", async () => {
    const generation = await sql(`SELECT value FROM "PublicGeneration"`);
    const res = await put({ ...CITATION, issuer: "  Liên minh HTX   tỉnh Thái Nguyên " }, cookies.editor);
    expect(res.status).toBe(200);
    expect((await res.json()).source).toMatchObject({ documentNo: "25/BC-LMHTX", issuedOn: "2023-12-15", issuer: "Liên minh HTX tỉnh Thái Nguyên", citation: "Báo cáo số 25/BC-LMHTX ngày 15/12/2023 của Liên minh HTX tỉnh Thái Nguyên" });
    const [row] = await sourceRow();
    expect(row).toMatchObject({ key: expect.stringMatching(/^report-\d+$/), documentNo: "25/BC-LMHTX", publisher: "Liên minh HTX tỉnh Thái Nguyên" });
    // An ISO date from the API is the same day; a second save updates the same row.
    expect((await put({ ...CITATION, issuedOn: "2023-12-16" }, cookies.editor)).status).toBe(200);
    const again = await sourceRow();
    expect(again).toHaveLength(1);
    expect(again[0].key).toBe(row.key);
    expect(again[0].title).toBe("Báo cáo số 25/BC-LMHTX ngày 16/12/2023 của Liên minh HTX tỉnh Thái Nguyên");
    const audits = await sql<{ action: string; after: { source: { issuedOn: string } } }>(`SELECT action, after FROM "AuditEntry" WHERE action = 'cite-source' ORDER BY id`);
    expect(audits.map((a) => a.after.source.issuedOn)).toEqual(["2023-12-15", "2023-12-16"]);
    expect(await sql(`SELECT value FROM "PublicGeneration"`)).toEqual(generation);
    await put(CITATION, cookies.editor);
  });

  it("refuses anonymous users, other provinces' editors and the committee, changing nothing", async () => {
    const before = await sourceRow();
    expect((await put({ ...CITATION, documentNo: "99/X" })).status).toBe(401);
    const other = await put({ ...CITATION, documentNo: "99/X" }, cookies.otherEditor);
    expect(other.status).toBe(403);
    expect((await other.json()).error.message).toBe("Bạn không có quyền làm việc này với số liệu của tỉnh này.");
    expect((await put({ ...CITATION, documentNo: "99/X" }, cookies.committee)).status).toBe(403);
    expect(await sourceRow()).toEqual(before);
  });

  it("refuses a year with no report yet, asking for the figures first", async () => {
    const res = await put(CITATION, cookies.editor, 2021);
    expect(res.status).toBe(422);
    expect(await fieldsOf(res)).toEqual({ documentNo: "Báo cáo năm này chưa có: lưu số liệu trước rồi ghi nguồn." });
  });
});

describe("attaching the document's file", () => {
  const ids: Record<string, number> = {};
  it("takes a real PDF, XLSX and DOCX, typed by their content, with their sha256", async () => {
    for (const [name, bytes, type] of [
      ["Báo cáo 25.pdf", pdf, "application/pdf"],
      ["so-lieu.xlsx", await xlsxFile(), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"],
      ["bao-cao.docx", await docxFile(), "application/vnd.openxmlformats-officedocument.wordprocessingml.document"],
    ] as const) {
      const res = await attach(bytes, name, cookies.editor);
      expect(res.status, name).toBe(200);
      const { file } = await res.json();
      expect(file).toMatchObject({ filename: name, mediaType: type, size: bytes.byteLength, sha256: createHash("sha256").update(bytes).digest("hex") });
      ids[name] = file.id;
    }
  });

  it("refuses an EXE or an HTML page named .pdf and a zip that is no document, whatever the name says", async () => {
    const exe = Buffer.concat([Buffer.from("MZ\x90\x00\x03\x00\x00\x00", "latin1"), Buffer.alloc(200, 1)]);
    const html = Buffer.from("<!doctype html><html><body><script>alert(1)</script></body></html>");
    const zip = await docxFile({ "[Content_Types].xml": "<Types/>", "notes.txt": "not a document" });
    for (const [bytes, name] of [[exe, "bao-cao.pdf"], [html, "bao-cao.pdf"], [zip, "bao-cao.docx"], [Buffer.from("%PD"), "x.pdf"]] as const) {
      const res = await attach(bytes, name, cookies.editor);
      expect(res.status, name).toBe(422);
      expect(await fieldsOf(res)).toEqual({ file: "Chỉ nhận tệp PDF, XLSX hoặc DOCX (loại tệp được xét theo nội dung, không theo tên)." });
    }
    expect(Number((await sql<{ n: string }>(`SELECT count(*) AS n FROM "SourceFile"`))[0].n)).toBe(3);
  });

  it("stops reading an oversize upload at the limit, with or without a Content-Length", async () => {
    for (const declared of [true, false]) {
      const chunk = new Uint8Array(64 * 1024).fill(0x25);
      const seen = { pulled: 0 };
      const body = new ReadableStream<Uint8Array>({
        pull(c) {
          if (seen.pulled >= 50 * MB) return c.close();
          seen.pulled += chunk.length;
          c.enqueue(chunk);
        },
      });
      const req = new NextRequest(new URL(`/api/v1/provinces/${slug}/reports/${YEAR}/source/files`, "http://localhost"), {
        method: "POST", body, duplex: "half",
        headers: { cookie: cookies.editor, accept: "application/json", "content-type": "multipart/form-data; boundary=x", ...(declared ? { "content-length": String(50 * MB) } : {}) },
      } as ConstructorParameters<typeof NextRequest>[1]);
      const res = await r.files.POST(req, { params: Promise.resolve({ slug, year: String(YEAR) }) });
      expect(res.status).toBe(422);
      expect(await fieldsOf(res)).toEqual({ file: "Tệp lớn hơn 10 MB." });
      expect(seen.pulled).toBeLessThanOrEqual(declared ? 64 * 1024 : 10 * MB + 64 * 1024 + 3 * 64 * 1024);
    }
  });

  it("reads nothing of a refused user's upload", async () => {
    const res = await attach(pdf, "x.pdf", cookies.otherEditor);
    expect(res.status).toBe(403);
    expect((await attach(pdf, "x.pdf")).status).toBe(401);
  });

  it("serves a draft's file as an attachment to the province's staff only", async () => {
    const id = ids["Báo cáo 25.pdf"];
    for (const who of ["editor", "approver", "committee", "admin"]) {
      const res = await download(id, cookies[who]);
      expect(res.status, who).toBe(200);
      expect(res.headers.get("content-type")).toBe("application/pdf");
      expect(res.headers.get("content-disposition")).toBe(`attachment; filename="Bao cao 25.pdf"; filename*=UTF-8''B%C3%A1o%20c%C3%A1o%2025.pdf`);
      expect(res.headers.get("x-content-type-options")).toBe("nosniff");
      expect(res.headers.get("cache-control")).toBe("private, no-store");
      expect(Buffer.from(await res.arrayBuffer()).equals(pdf)).toBe(true);
    }
    for (const cookie of [undefined, cookies.otherEditor]) expect((await download(id, cookie)).status).toBe(404);
    const list = await call(r.files.GET, "/x", { slug, year: String(YEAR) }, { headers: { cookie: cookies.committee } });
    expect((await list.json()).files.map((f: { filename: string; url: string }) => [f.filename, f.url])).toEqual(Object.entries(ids).map(([name, n]) => [name, `/api/v1/source-files/${n}`]));
    expect((await call(r.files.GET, "/x", { slug, year: String(YEAR) })).status).toBe(404);
    const there = await call(r.file.GET, `/api/v1/provinces/${slug}/reports/${YEAR}/source/files/${id}`, { slug, year: String(YEAR), id: String(id) });
    expect([there.status, there.headers.get("location")]).toEqual([307, `http://localhost/api/v1/source-files/${id}`]);
    expect((await download(999_999, cookies.admin)).status).toBe(404);
  });

  it("deletes a file while the report is a draft, audited", async () => {
    const id = ids["so-lieu.xlsx"];
    const other = await call(r.file.DELETE, "/x", { slug, year: String(YEAR), id: String(id) }, { method: "DELETE", headers: { ...json, cookie: cookies.otherEditor } });
    expect(other.status).toBe(403);
    const res = await call(r.file.DELETE, "/x", { slug, year: String(YEAR), id: String(id) }, { method: "DELETE", headers: { ...json, cookie: cookies.editor } });
    expect(res.status).toBe(200);
    expect((await download(id, cookies.editor)).status).toBe(404);
    expect((await sql(`SELECT 1 FROM "AuditEntry" WHERE action = 'remove-file'`)).length).toBe(1);
  });
});

describe("a citation racing the workflow", () => {
  it("waits for a submit being written and is then refused: what the approver sees is what gets published", async () => {
    const report = await makeReport(db, slug, 2021, "DRAFT");
    const other = new pg.Client({ connectionString: databaseUrl() });
    await other.connect();
    try {
      await other.query("BEGIN");
      await other.query(`UPDATE "YearlyReport" SET status = 'SUBMITTED' WHERE id = $1`, [report.id]);
      // Without the row lock the save would read the draft as committed and write under the submit.
      const saving = put(CITATION, cookies.editor, 2021);
      await new Promise((done) => setTimeout(done, 300));
      await other.query("COMMIT");
      const res = await saving;
      expect(res.status).toBe(409);
      expect((await res.json()).error.code).toBe("BAD_STATE");
    } finally {
      await other.end();
    }
    expect(await sql(`SELECT 1 FROM "Source" WHERE key = $1`, [`report-${report.id}`])).toEqual([]);
  });
});

/** A draft save by the province's editor, as the form sends it (the values replace the report's). */
async function save(values: Record<string, number>, year = YEAR) {
  const { saveDraft } = await import("@/lib/services/reports/save-draft");
  const u = await db.user.findFirstOrThrow({ where: { role: "PROVINCE_EDITOR", province: { slug } }, orderBy: { id: "asc" } });
  const { version } = await db.yearlyReport.findFirstOrThrow({ where: { year, province: { slug } } });
  return saveDraft(db, { actor: { id: u.id, role: u.role, provinceId: u.provinceId }, slug, year, body: { version, values } });
}

describe("a value's own source", () => {

  it("refuses an absent, unknown or unreported indicator at its field, other provinces and anonymous users, saving nothing", async () => {
    expect(await fieldsOf(await put(VALUE_CITATION, cookies.editor, YEAR, "?indicator="))).toEqual({ indicator: "Cần chọn chỉ tiêu." });
    expect(await fieldsOf(await putValue("no_such_thing", VALUE_CITATION, cookies.editor))).toEqual({ indicator: "Chỉ tiêu này không có trong danh mục." });
    expect(await fieldsOf(await putValue("NOT A CODE", VALUE_CITATION, cookies.editor))).toEqual({ indicator: "Chỉ tiêu này không có trong danh mục." });
    // A catalogue indicator the report has no figure for.
    expect(await fieldsOf(await putValue("coops_total", VALUE_CITATION, cookies.editor))).toEqual({ indicator: "Báo cáo chưa có số liệu của chỉ tiêu này: nhập và lưu số liệu trước rồi ghi nguồn." });
    // The indicator's problem and the citation's, together.
    expect(await fieldsOf(await put({}, cookies.editor, YEAR, "?indicator="))).toEqual({ indicator: "Cần chọn chỉ tiêu.", documentNo: "Cần ghi số văn bản.", issuedOn: "Cần ghi ngày ban hành.", issuer: "Cần ghi cơ quan ban hành." });
    expect(await fieldsOf(await removeValue("", cookies.editor))).toEqual({ indicator: "Cần chọn chỉ tiêu." });
    expect((await putValue("coops_new", VALUE_CITATION, cookies.otherEditor)).status).toBe(403);
    expect((await putValue("coops_new", VALUE_CITATION)).status).toBe(401);
    expect((await putValue("coops_new", VALUE_CITATION, cookies.committee)).status).toBe(403);
    expect(await sql(`SELECT 1 FROM "Source" WHERE key LIKE 'report-%-%'`)).toEqual([]);
  });

  it("cites a document for one figure, in its own Source linked by the value, audited with the code", async () => {
    await save({ coops_new: 30, coops_total: 1342 });
    const res = await putValue("coops_total", VALUE_CITATION, cookies.editor);
    expect(res.status).toBe(200);
    const body = await res.json();
    const report = await db.yearlyReport.findFirstOrThrow({ where: { year: YEAR, province: { slug } } });
    expect(body).toMatchObject({ indicator: "coops_total", source: { key: `report-${report.id}-coops_total`, documentNo: "12/BC-SNN", issuedOn: "2023-12-10", citation: "Báo cáo số 12/BC-SNN ngày 10/12/2023 của Sở Nông nghiệp tỉnh Thái Nguyên" } });
    expect(await valueSource("coops_total")).toEqual([{ key: `report-${report.id}-coops_total`, documentNo: "12/BC-SNN", title: "Báo cáo số 12/BC-SNN ngày 10/12/2023 của Sở Nông nghiệp tỉnh Thái Nguyên" }]);
    // The report's own citation is untouched, and the other value has no source of its own.
    expect((await sourceRow())[0].documentNo).toBe("25/BC-LMHTX");
    expect(await valueSource("coops_new")).toEqual([]);
    const [audit] = await sql<{ after: { indicator: string; source: { documentNo: string } } }>(`SELECT after FROM "AuditEntry" WHERE action = 'cite-value-source'`);
    expect(audit.after).toMatchObject({ indicator: "coops_total", source: { documentNo: "12/BC-SNN" } });
    // The staff view of the report's source lists it.
    const view = await (await call(r.source.GET, "/x", { slug, year: String(YEAR) }, { headers: { cookie: cookies.editor } })).json();
    expect(view.values).toEqual([expect.objectContaining({ indicator: "coops_total", documentNo: "12/BC-SNN", issuer: "Sở Nông nghiệp tỉnh Thái Nguyên" })]);
  });

  it("is kept by a draft save that changes the figure", async () => {
    const [before] = await valueSource("coops_total");
    await save({ coops_new: 31, coops_total: 1350 });
    expect(await valueSource("coops_total")).toEqual([before]);
  });

  it("is removed on request: the value cites the report's source again and the Source row is gone", async () => {
    expect((await putValue("coops_new", { ...VALUE_CITATION, documentNo: "13/BC-SNN" }, cookies.editor)).status).toBe(200);
    const [{ key }] = await valueSource("coops_new");
    expect((await removeValue("?indicator=coops_new", cookies.otherEditor)).status).toBe(403);
    const res = await removeValue("?indicator=coops_new", cookies.editor);
    expect(res.status).toBe(200);
    expect((await res.json()).removed).toEqual({ indicator: "coops_new", key });
    expect(await valueSource("coops_new")).toEqual([]);
    expect(await sql(`SELECT 1 FROM "Source" WHERE key = $1`, [key])).toEqual([]);
    expect(await sql(`SELECT before->'source'->>'documentNo' AS no FROM "AuditEntry" WHERE action = 'remove-value-source'`)).toEqual([{ no: "13/BC-SNN" }]);
    // Again: nothing of its own to remove, said at the field.
    expect(await fieldsOf(await removeValue("?indicator=coops_new", cookies.editor))).toEqual({ indicator: "Chỉ tiêu này chưa có nguồn riêng." });
  });
});

describe("after approval", () => {
  it("locks the citation and the files, and the public sees both", async () => {
    // Before: staff reading the draft see the whole citation, not only its key; the public sees nothing yet.
    const staffUrl = `/api/v1/provinces/${slug}/reports?from=${YEAR}&to=${YEAR}&status=all`;
    const staff = (await (await call(r.reports.GET, staffUrl, { slug }, { headers: { cookie: cookies.committee } })).json()).years[0];
    expect(staff.status).toBe("DRAFT");
    expect(staff.sources).toContainEqual(expect.objectContaining({ documentNo: "25/BC-LMHTX", publisher: "Liên minh HTX tỉnh Thái Nguyên", publishedOn: "2023-12-15" }));
    expect(staff.sources).toContainEqual(expect.objectContaining({ documentNo: "12/BC-SNN" }));
    expect((await (await call(r.reports.GET, staffUrl, { slug })).json()).years).toEqual([]);
    // Submitted as the form would (its checklist is another test's): the source is then no longer a draft's.
    await sql(`UPDATE "YearlyReport" SET status = 'SUBMITTED', version = version + 1 WHERE year = $1 AND "provinceId" = (SELECT id FROM "Province" WHERE slug = $2)`, [YEAR, slug]);
    const submitted = await put({ ...CITATION, documentNo: "26/BC-LMHTX" }, cookies.editor);
    expect(submitted.status).toBe(409);
    expect((await putValue("coops_new", VALUE_CITATION, cookies.editor)).status).toBe(409);
    expect((await removeValue("?indicator=coops_total", cookies.editor)).status).toBe(409);
    expect((await step("approve", cookies.approver)).status).toBe(200);
    const locked = await put({ ...CITATION, documentNo: "26/BC-LMHTX" }, cookies.admin);
    expect(locked.status).toBe(409);
    expect((await locked.json()).error.code).toBe("LOCKED");
    expect((await attach(pdf, "late.pdf", cookies.editor)).status).toBe(409);
    const [row] = await sourceRow();
    expect(row.documentNo).toBe("25/BC-LMHTX");

    const [{ id }] = await sql<{ id: number }>(`SELECT id FROM "SourceFile" WHERE filename = 'Báo cáo 25.pdf'`);
    const anonymous = await download(id);
    expect(anonymous.status).toBe(200);
    expect(anonymous.headers.get("content-disposition")).toMatch(/^attachment;/);

    const api = await call(r.reports.GET, `/api/v1/provinces/${slug}/reports?from=${YEAR}&to=${YEAR}`, { slug });
    const body = await api.json();
    const year = body.years[0];
    expect(year.values.find((v: { indicator: string }) => v.indicator === "coops_new").source).toBe(row.key);
    // The figure with its own document cites it, not the report's.
    const [own] = await valueSource("coops_total");
    expect(year.values.find((v: { indicator: string }) => v.indicator === "coops_total").source).toBe(own.key);
    expect(year.sources).toContainEqual(expect.objectContaining({ key: own.key, title: own.title, documentNo: "12/BC-SNN" }));
    expect(year.sources.filter((s: { key: string }) => s.key !== own.key)).toEqual([expect.objectContaining({
      key: row.key, title: "Báo cáo số 25/BC-LMHTX ngày 15/12/2023 của Liên minh HTX tỉnh Thái Nguyên", documentNo: "25/BC-LMHTX", publisher: "Liên minh HTX tỉnh Thái Nguyên", publishedOn: "2023-12-15",
      files: expect.arrayContaining([{ url: `/api/v1/source-files/${id}`, filename: "Báo cáo 25.pdf", mediaType: "application/pdf", size: pdf.byteLength }]),
    })]);
    expect((await removeValue("?indicator=coops_total", cookies.admin)).status).toBe(409);
    const csv = await (await call(r.reports.GET, `/api/v1/provinces/${slug}/reports?from=${YEAR}&to=${YEAR}&format=csv`, { slug })).text();
    expect(csv).toContain("Báo cáo số 25/BC-LMHTX ngày 15/12/2023 của Liên minh HTX tỉnh Thái Nguyên");
  });
});

describe("deleting a draft", () => {
  it("deletes its cited document and files with it", async () => {
    const draft = await makeReport(db, slug, 2022, "DRAFT");
    expect((await put(CITATION, cookies.editor, 2022)).status).toBe(200);
    // A save that drops a cited figure drops its own source; the one cited next goes with the draft.
    expect((await putValue("coops_new", VALUE_CITATION, cookies.editor, 2022)).status).toBe(200);
    await save({ coops_total: 1342 }, 2022);
    expect(await sql(`SELECT 1 FROM "Source" WHERE key = $1`, [`report-${draft.id}-coops_new`])).toEqual([]);
    expect((await putValue("coops_total", VALUE_CITATION, cookies.editor, 2022)).status).toBe(200);
    // A plain form post (no JavaScript) is sent back to the form, in the page's language.
    const form = upload(`/api/v1/provinces/${slug}/reports/2022/source/files`, pdf, "x.pdf", { cookie: cookies.editor, fields: { locale: "en" }, headers: { accept: "text/html,application/xhtml+xml" } });
    const res = await r.files.POST(form, { params: Promise.resolve({ slug, year: "2022" }) });
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toBe(`http://localhost/en/quan-ly/bao-cao/${slug}/2022#nguon`);
    expect(await sql(`SELECT 1 FROM "SourceFile" WHERE filename = 'x.pdf'`)).toHaveLength(1);
    const { deleteDraft } = await import("@/lib/services/reports/delete-draft");
    const editor = await db.user.findFirstOrThrow({ where: { role: "PROVINCE_EDITOR", province: { slug } } });
    await deleteDraft(db, { actor: { id: editor.id, role: editor.role, provinceId: editor.provinceId }, slug, year: 2022, body: {} });
    expect(await sql(`SELECT 1 FROM "Source" WHERE key = $1`, [`report-${draft.id}`])).toEqual([]);
    expect(await sql(`SELECT 1 FROM "Source" WHERE key = $1`, [`report-${draft.id}-coops_total`])).toEqual([]);
    expect(await sql(`SELECT 1 FROM "SourceFile" f WHERE filename = 'x.pdf'`)).toEqual([]);
  });
});
