// Files and requests for the import tests: an XLSX built in memory, a multipart upload, a GET with a session.
import ExcelJS from "exceljs";
import { NextRequest } from "next/server";

export const REGISTER_HEADER = "Tên đơn vị,Loại hình,Lĩnh vực,Xã, phường,Số đăng ký,Năm thành lập,Năm giải thể,Số thành viên,Số lao động,Xếp loại,Năm xếp loại,Thành viên của LH HTX";

/** A register CSV as Excel saves "CSV UTF-8": a BOM, the header ("Xã, phường" quoted), CRLF. */
export const registerCsv = (...lines: string[]) => Buffer.from("\uFEFF" + [REGISTER_HEADER.replace("Xã, phường", '"Xã, phường"'), ...lines].join("\r\n"), "utf8");

export async function xlsx(sheet: string, rows: (string | number | null)[][]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet(sheet).addRows(rows);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

export function upload(url: string, bytes: Uint8Array, name: string, opts: { cookie?: string; fields?: Record<string, string>; headers?: Record<string, string> } = {}) {
  const form = new FormData();
  form.set("file", new File([new Uint8Array(bytes)], name));
  for (const [k, v] of Object.entries(opts.fields ?? {})) form.set(k, v);
  return new NextRequest(new URL(url, "http://localhost"), { method: "POST", body: form, headers: { ...(opts.cookie ? { cookie: opts.cookie } : {}), ...opts.headers } });
}

export const get = (url: string, cookie?: string) => new NextRequest(new URL(url, "http://localhost"), { headers: cookie ? { cookie } : {} });
